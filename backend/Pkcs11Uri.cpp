#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <p11-kit/uri.h>
#include <vector>

namespace hsm {

namespace {

// p11-kit owns the URI structure; this deleter lets unique_ptr free it on every path.
struct UriDeleter {
    void operator()(P11KitUri* uri) const noexcept { p11_kit_uri_free(uri); }
};
using UriPtr = std::unique_ptr<P11KitUri, UriDeleter>;

// Copies only the four fields RFC 7512 names (token, manufacturer, model, serial); the rest of
// CK_TOKEN_INFO (counters, flags) changes over time and must not end up in a stable name.
void copyTokenFields(CK_TOKEN_INFO& target, const TokenInfo& token) {
    std::memcpy(target.label, token.raw.label, sizeof target.label);
    std::memcpy(target.manufacturerID, token.raw.manufacturerID, sizeof target.manufacturerID);
    std::memcpy(target.model, token.raw.model, sizeof target.model);
    std::memcpy(target.serialNumber, token.raw.serialNumber, sizeof target.serialNumber);
}

QString formatUri(P11KitUri* uri, P11KitUriType type) {
    char* text = nullptr;
    if (p11_kit_uri_format(uri, type, &text) != P11_KIT_URI_OK || text == nullptr)
        return {};
    QString result = QString::fromUtf8(text);
    std::free(text);
    return result;
}

// The RFC 7512 "type" attribute only knows these classes; others are named by label and id only.
bool classHasUriType(CK_OBJECT_CLASS cls) {
    switch (cls) {
    case CKO_CERTIFICATE:
    case CKO_DATA:
    case CKO_PRIVATE_KEY:
    case CKO_PUBLIC_KEY:
    case CKO_SECRET_KEY:
        return true;
    default:
        return false;
    }
}

CK_ATTRIBUTE attribute(CK_ATTRIBUTE_TYPE type, const void* value, CK_ULONG length) {
    // PKCS#11 declares pValue non-const although matching and formatting only read it.
    return CK_ATTRIBUTE{type, const_cast<void*>(value), length};
}

// Blank-padded fixed-width field as CK_INFO stores it.
void setPadded(unsigned char* field, std::size_t width, const QString& text) {
    std::memset(field, ' ', width);
    const QByteArray bytes = text.toUtf8();
    std::memcpy(field, bytes.constData(),
                std::min<std::size_t>(width, static_cast<std::size_t>(bytes.size())));
}

CK_VERSION parseVersion(const QString& text) {
    const QStringList parts = text.split(QLatin1Char('.'));
    CK_VERSION version{0, 0};
    if (!parts.isEmpty())
        version.major = static_cast<CK_BYTE>(parts.value(0).toUInt());
    if (parts.size() > 1)
        version.minor = static_cast<CK_BYTE>(parts.value(1).toUInt());
    return version;
}

} // namespace

namespace uri {

QString forToken(const TokenInfo& token) {
    UriPtr uri(p11_kit_uri_new());
    if (!uri)
        return {};
    copyTokenFields(*p11_kit_uri_get_token_info(uri.get()), token);
    return formatUri(uri.get(), P11_KIT_URI_FOR_TOKEN);
}

QString forObject(const TokenInfo& token, const ObjectSummary& object) {
    UriPtr uri(p11_kit_uri_new());
    if (!uri)
        return {};
    copyTokenFields(*p11_kit_uri_get_token_info(uri.get()), token);

    // Raw label bytes, so a label that is not UTF-8 still round-trips (percent-encoded).
    CK_ATTRIBUTE label =
        attribute(CKA_LABEL, object.labelBytes.constData(), static_cast<CK_ULONG>(object.labelBytes.size()));
    p11_kit_uri_set_attribute(uri.get(), &label);
    if (!object.id.isEmpty()) {
        CK_ATTRIBUTE id = attribute(CKA_ID, object.id.constData(), static_cast<CK_ULONG>(object.id.size()));
        p11_kit_uri_set_attribute(uri.get(), &id);
    }
    const CK_OBJECT_CLASS cls = object.objectClass;
    if (classHasUriType(cls)) {
        CK_ATTRIBUTE type = attribute(CKA_CLASS, &cls, sizeof cls);
        p11_kit_uri_set_attribute(uri.get(), &type);
    }
    return formatUri(uri.get(), P11_KIT_URI_FOR_OBJECT_ON_TOKEN);
}

} // namespace uri

struct UriMatcher::Impl {
    UriPtr uri;
};

UriMatcher::UriMatcher(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
UriMatcher::~UriMatcher() = default;
UriMatcher::UriMatcher(UriMatcher&&) noexcept = default;
UriMatcher& UriMatcher::operator=(UriMatcher&&) noexcept = default;

Result<UriMatcher> UriMatcher::parse(const QString& text) {
    UriPtr uri(p11_kit_uri_new());
    if (!uri)
        return Error::other(QStringLiteral("p11_kit_uri_new"),
                            QCoreApplication::translate("hsm::Pkcs11Uri", "Out of memory."));
    const QByteArray utf8 = text.trimmed().toUtf8();
    const int rc = p11_kit_uri_parse(utf8.constData(), P11_KIT_URI_FOR_ANY, uri.get());
    if (rc != P11_KIT_URI_OK)
        return Error::other(
            QStringLiteral("p11_kit_uri_parse"),
            QCoreApplication::translate("hsm::Pkcs11Uri", "\"%1\" is not a valid PKCS#11 URI: %2")
                .arg(text, QString::fromUtf8(p11_kit_uri_message(rc))),
            QCoreApplication::translate("hsm::Pkcs11Uri",
                                        "A PKCS#11 URI looks like pkcs11:token=My%20Token;serial=1234 "
                                        "(RFC 7512); special characters are percent-encoded."));
    auto impl = std::make_unique<Impl>();
    impl->uri = std::move(uri);
    return UriMatcher(std::move(impl));
}

bool UriMatcher::matchesModule(const ModuleInfo& module) const {
    CK_INFO info{};
    info.cryptokiVersion = parseVersion(module.cryptokiVersion);
    info.libraryVersion = parseVersion(module.libraryVersion);
    setPadded(info.manufacturerID, sizeof info.manufacturerID, module.manufacturer);
    setPadded(info.libraryDescription, sizeof info.libraryDescription, module.description);
    return p11_kit_uri_match_module_info(m_impl->uri.get(), &info) == 1;
}

bool UriMatcher::matchesToken(const TokenInfo& token) const {
    CK_TOKEN_INFO info = token.raw;
    return p11_kit_uri_match_token_info(m_impl->uri.get(), &info) == 1;
}

bool UriMatcher::matchesObject(const ObjectSummary& object) const {
    const CK_OBJECT_CLASS cls = object.objectClass;
    std::vector<CK_ATTRIBUTE> attributes{
        attribute(CKA_CLASS, &cls, sizeof cls),
        attribute(CKA_LABEL, object.labelBytes.constData(), static_cast<CK_ULONG>(object.labelBytes.size())),
        attribute(CKA_ID, object.id.constData(), static_cast<CK_ULONG>(object.id.size())),
    };
    return p11_kit_uri_match_attributes(m_impl->uri.get(), attributes.data(),
                                        static_cast<CK_ULONG>(attributes.size())) == 1;
}

bool UriMatcher::hasObjectAttributes() const {
    CK_ULONG count = 0;
    p11_kit_uri_get_attributes(m_impl->uri.get(), &count);
    return count > 0;
}

} // namespace hsm
