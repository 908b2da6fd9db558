#include "ObjectLister.h"

#include "CertificateInfo.h"
#include "ObjectSearch.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <array>

namespace hsm {

namespace {

// Preallocated sizes: nearly every label, ID and EC parameter set fits, so the common object costs
// exactly one C_GetAttributeValue. Larger values take the two-pass path for that object only.
constexpr CK_ULONG kLabelCap = 256;
constexpr CK_ULONG kIdCap = 128;
constexpr CK_ULONG kEcParamsCap = 128;
constexpr qsizetype kCertCap = 4096;
// CKK_EC_MONTGOMERY is PKCS#11 3.0; p11-kit's v2.40 header lacks it.
constexpr CK_KEY_TYPE kKeyEcMontgomery = 0x41;

enum Column : std::size_t {
    ColClass,
    ColLabel,
    ColId,
    ColKeyType,
    ColCertType,
    ColToken,
    ColPrivate,
    ColModifiable,
    ColSensitive,
    ColExtractable,
    ColModulusBits,
    ColEcParams,
    ColValueLen,
    ColModulus, ///< length only (pValue NULL): RSA private keys lack CKA_MODULUS_BITS
    ColCount
};

bool acceptable(CK_RV rv) {
    // Per-attribute outcomes: each affected entry reports CK_UNAVAILABLE_INFORMATION.
    return rv == CKR_OK || rv == CKR_ATTRIBUTE_SENSITIVE || rv == CKR_ATTRIBUTE_TYPE_INVALID ||
           rv == CKR_BUFFER_TOO_SMALL;
}

bool isEcKey(CK_KEY_TYPE type) {
    return type == CKK_EC || type == CKK_EC_EDWARDS || type == kKeyEcMontgomery;
}

/// Two-pass read of the attributes in `templ` (types set): lengths first, then values. Entries that
/// stay unavailable get a null QByteArray in `out`.
Result<void> readTwoPass(Session& session, CK_OBJECT_HANDLE handle, std::span<CK_ATTRIBUTE> templ,
                         std::span<QByteArray> out) {
    for (CK_ATTRIBUTE& a : templ) {
        a.pValue = nullptr;
        a.ulValueLen = 0;
    }
    CK_RV rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), handle,
                        templ.data(), static_cast<CK_ULONG>(templ.size()));
    if (!acceptable(rv))
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    std::array<CK_ATTRIBUTE, ColCount> values{};
    std::array<std::size_t, ColCount> index{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < templ.size() && n < values.size(); ++i) {
        out[i] = QByteArray();
        if (templ[i].ulValueLen == CK_UNAVAILABLE_INFORMATION)
            continue;
        out[i] = QByteArray(static_cast<qsizetype>(templ[i].ulValueLen), Qt::Uninitialized);
        if (templ[i].ulValueLen == 0)
            continue;
        values[n] = {templ[i].type, out[i].data(), templ[i].ulValueLen};
        index[n++] = i;
    }
    if (n == 0)
        return {};
    rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), handle,
                  values.data(), static_cast<CK_ULONG>(n));
    if (!acceptable(rv))
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    for (std::size_t k = 0; k < n; ++k) {
        QByteArray& value = out[index[k]];
        if (values[k].ulValueLen == CK_UNAVAILABLE_INFORMATION)
            value = QByteArray(); // changed or became sensitive between the two calls
        else
            value.truncate(static_cast<qsizetype>(values[k].ulValueLen));
    }
    return {};
}

void setLabel(ObjectSummary& s, QByteArray bytes) {
    s.labelBytes = std::move(bytes);
    const auto* p = reinterpret_cast<const unsigned char*>(s.labelBytes.constData());
    const bool ascii = std::all_of(p, p + s.labelBytes.size(), [](unsigned char c) { return c < 0x80; });
    if (ascii) {
        s.label = QString::fromLatin1(s.labelBytes);
        s.labelIsUtf8 = true;
        return;
    }
    // Invalid sequences become U+FFFD for display; labelBytes keeps the original for URIs and edits.
    QStringDecoder decoder(QStringDecoder::Utf8);
    s.label = decoder(s.labelBytes);
    s.labelIsUtf8 = !decoder.hasError();
}

/// Reads listing columns with buffers allocated once per listing.
class SummaryReader {
public:
    SummaryReader(Session& session, const TokenInfo& token)
        : m_session(session), m_token(token),
          m_bitsFormat(QCoreApplication::translate("hsm::ObjectLister", "%1 bits")),
          m_bytesFormat(QCoreApplication::translate("hsm::ObjectLister", "%1 bytes")),
          m_certBuffer(kCertCap, Qt::Uninitialized) {}

    Result<ObjectSummary> summarize(CK_OBJECT_HANDLE handle);

private:
    void resetTemplate();
    [[nodiscard]] bool has(Column c, CK_ULONG size) const { return m_templ[c].ulValueLen == size; }
    [[nodiscard]] bool unavailable(Column c) const {
        return m_templ[c].ulValueLen == CK_UNAVAILABLE_INFORMATION;
    }
    [[nodiscard]] std::optional<bool> flag(Column c, const CK_BBOOL& value) const {
        if (!has(c, sizeof(CK_BBOOL)))
            return std::nullopt;
        return value != CK_FALSE;
    }
    Result<void> readLargeValues(CK_OBJECT_HANDLE handle, CK_RV firstRv, QByteArray& label, QByteArray& id,
                                 QByteArray& ecParams);
    Result<void> readCertificate(CK_OBJECT_HANDLE handle, ObjectSummary& s);
    QString sizeText(const ObjectSummary& s, const QByteArray& ecParams);

    Session& m_session;
    const TokenInfo& m_token;
    QString m_bitsFormat;
    QString m_bytesFormat;
    QByteArray m_certBuffer;
    QHash<QByteArray, QString> m_curveNames; ///< a token holds few distinct curves; decode each once

    std::array<CK_ATTRIBUTE, ColCount> m_templ{};
    CK_OBJECT_CLASS m_class = 0;
    CK_KEY_TYPE m_keyType = 0;
    CK_CERTIFICATE_TYPE m_certType = 0;
    CK_BBOOL m_isToken = CK_FALSE, m_private = CK_FALSE, m_modifiable = CK_FALSE, m_sensitive = CK_FALSE,
             m_extractable = CK_FALSE;
    CK_ULONG m_modulusBits = 0;
    CK_ULONG m_valueLen = 0;
    std::array<unsigned char, kLabelCap> m_label{};
    std::array<unsigned char, kIdCap> m_id{};
    std::array<unsigned char, kEcParamsCap> m_ecParams{};
};

void SummaryReader::resetTemplate() {
    m_templ[ColClass] = {CKA_CLASS, &m_class, sizeof m_class};
    m_templ[ColLabel] = {CKA_LABEL, m_label.data(), kLabelCap};
    m_templ[ColId] = {CKA_ID, m_id.data(), kIdCap};
    m_templ[ColKeyType] = {CKA_KEY_TYPE, &m_keyType, sizeof m_keyType};
    m_templ[ColCertType] = {CKA_CERTIFICATE_TYPE, &m_certType, sizeof m_certType};
    m_templ[ColToken] = {CKA_TOKEN, &m_isToken, sizeof m_isToken};
    m_templ[ColPrivate] = {CKA_PRIVATE, &m_private, sizeof m_private};
    m_templ[ColModifiable] = {CKA_MODIFIABLE, &m_modifiable, sizeof m_modifiable};
    m_templ[ColSensitive] = {CKA_SENSITIVE, &m_sensitive, sizeof m_sensitive};
    m_templ[ColExtractable] = {CKA_EXTRACTABLE, &m_extractable, sizeof m_extractable};
    m_templ[ColModulusBits] = {CKA_MODULUS_BITS, &m_modulusBits, sizeof m_modulusBits};
    m_templ[ColEcParams] = {CKA_EC_PARAMS, m_ecParams.data(), kEcParamsCap};
    m_templ[ColValueLen] = {CKA_VALUE_LEN, &m_valueLen, sizeof m_valueLen};
    m_templ[ColModulus] = {CKA_MODULUS, nullptr, 0};
}

Result<ObjectSummary> SummaryReader::summarize(CK_OBJECT_HANDLE handle) {
    resetTemplate();
    const CK_RV rv = P11_CALL(m_session.module(), C_GetAttributeValue, m_session.target(), m_session.handle(),
                              handle, m_templ.data(), static_cast<CK_ULONG>(m_templ.size()));
    if (!acceptable(rv))
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);

    ObjectSummary s;
    s.handle = handle;
    if (has(ColClass, sizeof m_class))
        s.objectClass = m_class;
    if (has(ColKeyType, sizeof m_keyType))
        s.keyType = m_keyType;
    if (has(ColCertType, sizeof m_certType))
        s.certificateType = m_certType;
    s.token = flag(ColToken, m_isToken);
    s.isPrivate = flag(ColPrivate, m_private);
    s.modifiable = flag(ColModifiable, m_modifiable);
    s.sensitive = flag(ColSensitive, m_sensitive);
    s.extractable = flag(ColExtractable, m_extractable);

    const auto bytesOf = [this](Column c, const unsigned char* data) {
        return unavailable(c) ? QByteArray()
                              : QByteArray(reinterpret_cast<const char*>(data),
                                           static_cast<qsizetype>(m_templ[c].ulValueLen));
    };
    QByteArray label = bytesOf(ColLabel, m_label.data());
    QByteArray id = bytesOf(ColId, m_id.data());
    QByteArray ecParams = bytesOf(ColEcParams, m_ecParams.data());
    if (rv != CKR_OK) {
        if (auto large = readLargeValues(handle, rv, label, id, ecParams); !large)
            return large.error();
    }
    setLabel(s, std::move(label));
    s.id = std::move(id);
    s.size = sizeText(s, ecParams);

    if (s.objectClass == CKO_CERTIFICATE && s.certificateType == CKC_X_509) {
        if (auto cert = readCertificate(handle, s); !cert)
            return cert.error();
    }
    s.uri = uri::forObject(m_token, s);
    return s;
}

Result<void> SummaryReader::readLargeValues(CK_OBJECT_HANDLE handle, CK_RV firstRv, QByteArray& label,
                                            QByteArray& id, QByteArray& ecParams) {
    // Several per-attribute failures share one return code, so an unavailable variable-length column
    // may be too small or simply absent. Re-read only the ones this kind of object normally has,
    // keeping objects that merely lack an attribute at one call.
    const bool tooSmall = firstRv == CKR_BUFFER_TOO_SMALL;
    const bool isKeyOrCert = m_class == CKO_CERTIFICATE || m_class == CKO_PUBLIC_KEY ||
                             m_class == CKO_PRIVATE_KEY || m_class == CKO_SECRET_KEY;
    const bool ecKey = has(ColKeyType, sizeof m_keyType) && isEcKey(m_keyType);

    std::array<CK_ATTRIBUTE, 3> templ{};
    std::array<QByteArray*, 3> targets{};
    std::size_t n = 0;
    const auto want = [&](Column c, bool expected, QByteArray* target) {
        if (unavailable(c) && (tooSmall || expected)) {
            templ[n] = {m_templ[c].type, nullptr, 0};
            targets[n++] = target;
        }
    };
    want(ColLabel, true, &label);
    want(ColId, isKeyOrCert, &id);
    want(ColEcParams, ecKey, &ecParams);
    if (n == 0)
        return {};
    std::array<QByteArray, 3> values;
    if (auto r = readTwoPass(m_session, handle, std::span(templ.data(), n), std::span(values.data(), n)); !r)
        return r;
    for (std::size_t i = 0; i < n; ++i)
        *targets[i] = std::move(values[i]);
    return {};
}

Result<void> SummaryReader::readCertificate(CK_OBJECT_HANDLE handle, ObjectSummary& s) {
    CK_ATTRIBUTE value{CKA_VALUE, m_certBuffer.data(), static_cast<CK_ULONG>(m_certBuffer.size())};
    const CK_RV rv = P11_CALL(m_session.module(), C_GetAttributeValue, m_session.target(), m_session.handle(),
                              handle, &value, 1);
    if (!acceptable(rv))
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    std::optional<x509::CertificateSummary> cert;
    if (value.ulValueLen != CK_UNAVAILABLE_INFORMATION) {
        cert = x509::decodeCertificate(
            QByteArray::fromRawData(m_certBuffer.constData(), static_cast<qsizetype>(value.ulValueLen)));
    } else if (rv == CKR_BUFFER_TOO_SMALL) {
        CK_ATTRIBUTE templ{CKA_VALUE, nullptr, 0};
        QByteArray der;
        if (auto r = readTwoPass(m_session, handle, std::span(&templ, 1), std::span(&der, 1)); !r)
            return r;
        cert = x509::decodeCertificate(der);
    }
    if (cert) {
        s.subject = std::move(cert->subject);
        s.issuer = std::move(cert->issuer);
        s.serialNumber = std::move(cert->serialHex);
        s.notAfter = cert->notAfter;
    }
    return {};
}

QString SummaryReader::sizeText(const ObjectSummary& s, const QByteArray& ecParams) {
    if (!s.keyType)
        return {};
    const CK_KEY_TYPE type = *s.keyType;
    if (type == CKK_RSA) {
        CK_ULONG bits = has(ColModulusBits, sizeof m_modulusBits) ? m_modulusBits : 0;
        if (bits == 0 && !unavailable(ColModulus))
            bits = m_templ[ColModulus].ulValueLen * 8;
        return bits != 0 ? m_bitsFormat.arg(bits) : QString();
    }
    if (isEcKey(type)) {
        if (ecParams.isEmpty())
            return {};
        auto it = m_curveNames.constFind(ecParams);
        if (it == m_curveNames.cend())
            it = m_curveNames.insert(ecParams, x509::curveName(ecParams));
        return *it;
    }
    if (s.objectClass == CKO_SECRET_KEY) {
        CK_ULONG bytes = has(ColValueLen, sizeof m_valueLen) ? m_valueLen : 0;
        // DES keys have a fixed length and tokens often omit CKA_VALUE_LEN for them.
        if (bytes == 0)
            bytes = type == CKK_DES ? 8 : type == CKK_DES2 ? 16 : type == CKK_DES3 ? 24 : 0;
        return bytes != 0 ? m_bytesFormat.arg(bytes) : QString();
    }
    return {};
}

} // namespace

Result<int> listObjects(Session& session, const TokenInfo& token,
                        const std::function<void(QList<ObjectSummary>&&)>& sink, const ListOptions& options,
                        const std::atomic_bool* cancel) {
    const auto cancelled = [cancel] {
        return cancel != nullptr && cancel->load(std::memory_order_relaxed);
    };

    // Handles first, then attributes: some modules do not allow other calls while a search is active.
    QList<CK_OBJECT_HANDLE> handles;
    {
        auto search = ObjectSearch::start(session);
        if (!search)
            return search.error();
        const CK_ULONG batch = std::max<CK_ULONG>(options.findBatch, 1);
        for (;;) {
            auto more = search->next(batch);
            if (!more)
                return more.error();
            if (more->isEmpty())
                break;
            handles.append(*more);
            if (cancelled())
                return 0;
        }
        if (auto finished = search->finish(); !finished)
            return finished.error();
    }

    SummaryReader reader(session, token);
    const qsizetype emitBatch = std::max(options.emitBatch, 1);
    QList<ObjectSummary> batch;
    batch.reserve(std::min(emitBatch, handles.size()));
    int listed = 0;
    for (const CK_OBJECT_HANDLE handle : handles) {
        auto summary = reader.summarize(handle);
        if (!summary) {
            // Deleted by someone else since the search: not an error for a listing.
            if (summary.error().rv == CKR_OBJECT_HANDLE_INVALID)
                continue;
            return summary.error();
        }
        batch.append(std::move(summary).value());
        ++listed;
        if (batch.size() >= emitBatch) {
            sink(std::move(batch));
            batch = QList<ObjectSummary>();
            if (cancelled())
                return listed;
            batch.reserve(emitBatch);
        }
    }
    if (!batch.isEmpty())
        sink(std::move(batch));
    return listed;
}

Result<QList<ObjectSummary>> listAllObjects(Session& session, const TokenInfo& token) {
    QList<ObjectSummary> all;
    auto count =
        listObjects(session, token, [&all](QList<ObjectSummary>&& batch) { all.append(std::move(batch)); });
    if (!count)
        return count.error();
    return all;
}

Result<ObjectSummary> summarizeObject(Session& session, const TokenInfo& token, CK_OBJECT_HANDLE handle) {
    SummaryReader reader(session, token);
    return reader.summarize(handle);
}

} // namespace hsm
