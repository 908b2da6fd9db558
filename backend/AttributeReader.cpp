#include "AttributeReader.h"

#include "AttributeCatalog.h"
#include "CertificateInfo.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringDecoder>
#include <cstring>
#include <p11-kit/pkcs11x.h>
#include <vector>

namespace hsm {

namespace {

/// "3 attributes" for a CK_ATTRIBUTE array of that many bytes (CKA_WRAP_TEMPLATE and friends).
QString attributeCount(std::size_t bytes) {
    // A plain variable as the count: lupdate skips a translate() whose count is a cast expression.
    const int count = static_cast<int>(bytes / sizeof(CK_ATTRIBUTE));
    return QCoreApplication::translate("hsm::AttributeReader", "%n attribute(s)", nullptr, count);
}

bool acceptable(CK_RV rv) {
    return rv == CKR_OK || rv == CKR_ATTRIBUTE_SENSITIVE || rv == CKR_ATTRIBUTE_TYPE_INVALID ||
           rv == CKR_BUFFER_TOO_SMALL;
}

std::optional<CK_ULONG> toUlong(const QByteArray& raw) {
    if (raw.size() != static_cast<qsizetype>(sizeof(CK_ULONG)))
        return std::nullopt;
    CK_ULONG value = 0;
    std::memcpy(&value, raw.constData(), sizeof value);
    return value;
}

QString hex(const QByteArray& raw) {
    if (raw.isEmpty())
        return QCoreApplication::translate("hsm::AttributeReader", "(empty)");
    return QString::fromLatin1(raw.toHex());
}

QString formatUtf8(const QByteArray& raw) {
    if (raw.isEmpty())
        return QCoreApplication::translate("hsm::AttributeReader", "(empty)");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(raw);
    if (!decoder.hasError())
        return text;
    // The replacement characters hide what is stored; the hex shows it exactly.
    return QCoreApplication::translate("hsm::AttributeReader", "%1 (not UTF-8; hex %2)")
        .arg(text, QString::fromLatin1(raw.toHex()));
}

QString formatDate(const QByteArray& raw) {
    const bool blank =
        std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c == '\0' || c == ' ' || c == '0'; });
    if (blank)
        return QCoreApplication::translate("hsm::AttributeReader", "(empty)");
    if (raw.size() == 8) {
        const QDate date = QDate::fromString(QString::fromLatin1(raw), QStringLiteral("yyyyMMdd"));
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return QCoreApplication::translate("hsm::AttributeReader", "invalid date (hex %1)")
        .arg(QString::fromLatin1(raw.toHex()));
}

QString formatConstant(const QByteArray& raw, QString (*name)(CK_ULONG)) {
    const auto value = toUlong(raw);
    if (!value)
        return hex(raw);
    if (*value == CK_UNAVAILABLE_INFORMATION)
        return QCoreApplication::translate("hsm::AttributeReader", "(none)");
    return name(*value);
}

QString formatMechanismList(const QByteArray& raw) {
    if (raw.isEmpty())
        return QCoreApplication::translate("hsm::AttributeReader", "(empty)");
    if (raw.size() % static_cast<qsizetype>(sizeof(CK_MECHANISM_TYPE)) != 0)
        return hex(raw);
    QStringList names;
    for (qsizetype offset = 0; offset < raw.size(); offset += sizeof(CK_MECHANISM_TYPE)) {
        CK_MECHANISM_TYPE type = 0;
        std::memcpy(&type, raw.constData() + offset, sizeof type);
        names << names::mechanism(type);
    }
    return names.join(QStringLiteral(", "));
}

QString formatNssTrust(const QByteArray& raw) {
    const auto value = toUlong(raw);
    if (!value)
        return hex(raw);
    switch (*value) {
    case CKT_NSS_TRUSTED:
        return QStringLiteral("CKT_NSS_TRUSTED");
    case CKT_NSS_TRUSTED_DELEGATOR:
        return QStringLiteral("CKT_NSS_TRUSTED_DELEGATOR");
    case CKT_NSS_MUST_VERIFY_TRUST:
        return QStringLiteral("CKT_NSS_MUST_VERIFY_TRUST");
    case CKT_NSS_NOT_TRUSTED:
        return QStringLiteral("CKT_NSS_NOT_TRUSTED");
    case CKT_NSS_TRUST_UNKNOWN:
        return QStringLiteral("CKT_NSS_TRUST_UNKNOWN");
    case CKT_NSS_VALID_DELEGATOR:
        return QStringLiteral("CKT_NSS_VALID_DELEGATOR");
    default:
        return QStringLiteral("0x%1").arg(*value, 0, 16);
    }
}

QString formatCategory(const QByteArray& raw, bool java) {
    const auto value = toUlong(raw);
    if (!value)
        return hex(raw);
    switch (*value) {
    case 0:
        return QCoreApplication::translate("hsm::AttributeReader", "unspecified");
    case 1:
        return java ? QCoreApplication::translate("hsm::AttributeReader", "manufacturer")
                    : QCoreApplication::translate("hsm::AttributeReader", "token user");
    case 2:
        return java ? QCoreApplication::translate("hsm::AttributeReader", "operator")
                    : QCoreApplication::translate("hsm::AttributeReader", "authority");
    case 3:
        return java ? QCoreApplication::translate("hsm::AttributeReader", "third party")
                    : QCoreApplication::translate("hsm::AttributeReader", "other entity");
    default:
        return QString::number(*value);
    }
}

QString formatValue(const QByteArray& raw) {
    if (raw.isEmpty())
        return QCoreApplication::translate("hsm::AttributeReader", "(empty)");
    if (x509::decodeCertificate(raw))
        return QCoreApplication::translate("hsm::AttributeReader", "DER certificate, %1 bytes")
            .arg(raw.size());
    return hex(raw);
}

} // namespace

QString formatAttribute(CK_ATTRIBUTE_TYPE type, const QByteArray& raw) {
    using attrs::Kind;
    switch (attrs::kindOf(type)) {
    case Kind::Bool:
        if (raw.size() != 1)
            return hex(raw);
        return raw.at(0) != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Ulong: {
        const auto value = toUlong(raw);
        if (!value)
            return hex(raw);
        return *value == CK_UNAVAILABLE_INFORMATION
                   ? QCoreApplication::translate("hsm::AttributeReader", "(none)")
                   : QString::number(*value);
    }
    case Kind::ObjectClass:
        return formatConstant(raw, names::objectClass);
    case Kind::KeyType:
        return formatConstant(raw, names::keyType);
    case Kind::CertType:
        return formatConstant(raw, names::certificateType);
    case Kind::HwFeatureType:
        return formatConstant(raw, names::hwFeatureType);
    case Kind::Mechanism:
        return formatConstant(raw, names::mechanism);
    case Kind::CertCategory:
        return formatCategory(raw, false);
    case Kind::JavaDomain:
        return formatCategory(raw, true);
    case Kind::NssTrust:
        return formatNssTrust(raw);
    case Kind::MechanismList:
        return formatMechanismList(raw);
    case Kind::Date:
        return formatDate(raw);
    case Kind::Utf8:
        return formatUtf8(raw);
    case Kind::DerName: {
        const QString name = x509::nameToString(raw);
        return name.isEmpty() ? hex(raw) : name;
    }
    case Kind::EcParams: {
        const QString curve = x509::curveName(raw);
        return curve.isEmpty() ? hex(raw) : curve;
    }
    case Kind::Value:
        return formatValue(raw);
    case Kind::Template:
        return attributeCount(static_cast<std::size_t>(raw.size()));
    case Kind::Bytes:
    case Kind::BigInt:
        break;
    }
    return hex(raw);
}

namespace {

/// What the inspector does with one catalog attribute.
enum class Plan { Omit, Fetch, Have, Sensitive, Withheld, Counted, Failed };

/// One attribute of one object, asked alone. Used where a batch cannot tell attributes apart.
CK_RV askOne(Session& session, CK_OBJECT_HANDLE handle, CK_ATTRIBUTE& attribute) {
    return P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), handle,
                    &attribute, 1);
}

} // namespace

Result<QList<AttributeValue>> readAllAttributes(Session& session, CK_OBJECT_HANDLE handle) {
    const auto catalog = attrs::catalog();
    const std::size_t count = catalog.size();

    // Pass 1: every length at once, and the class itself, which decides what is withheld.
    CK_OBJECT_CLASS cls = CK_UNAVAILABLE_INFORMATION;
    CK_KEY_TYPE keyType = CK_UNAVAILABLE_INFORMATION;
    std::vector<CK_ATTRIBUTE> templ(count);
    const auto resetEntry = [&](std::size_t i) {
        templ[i] = {catalog[i].type, nullptr, 0};
        if (catalog[i].type == CKA_CLASS)
            templ[i] = {CKA_CLASS, &cls, sizeof cls};
        else if (catalog[i].type == CKA_KEY_TYPE)
            templ[i] = {CKA_KEY_TYPE, &keyType, sizeof keyType};
    };
    for (std::size_t i = 0; i < count; ++i)
        resetEntry(i);
    CK_RV rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), handle,
                        templ.data(), static_cast<CK_ULONG>(count));
    // Some modules fail the whole batch because of one attribute they cannot read back (SoftHSM2
    // does so for dates on private objects). Asking one by one still shows everything else.
    std::vector<CK_RV> single;
    if (rv == CKR_OBJECT_HANDLE_INVALID || rv == CKR_SESSION_HANDLE_INVALID || rv == CKR_SESSION_CLOSED ||
        rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_CRYPTOKI_NOT_INITIALIZED)
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    if (!acceptable(rv)) {
        single.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            resetEntry(i);
            single[i] = askOne(session, handle, templ[i]);
            if (single[i] != CKR_OK)
                templ[i].ulValueLen = CK_UNAVAILABLE_INFORMATION;
        }
    }
    const bool withhold = attrs::withholdsKeyMaterial(cls);

    std::vector<Plan> plan(count, Plan::Omit);
    std::vector<CK_RV> failure(count, CKR_OK);
    std::vector<QByteArray> raw(count);
    for (std::size_t i = 0; i < count; ++i) {
        const attrs::AttributeDef& def = catalog[i];
        const CK_ULONG len = templ[i].ulValueLen;
        if (len == CK_UNAVAILABLE_INFORMATION) {
            CK_RV why = single.empty() ? CKR_OK : single[i];
            if (single.empty()) {
                // One return code covers every attribute, so "sensitive" and "absent" are told apart
                // by asking again for key material only: only keys have sensitive standard attributes.
                if (!withhold || !def.keyMaterial)
                    continue;
                CK_ATTRIBUTE one{def.type, nullptr, 0};
                why = askOne(session, handle, one);
                if (why == CKR_OK && one.ulValueLen != CK_UNAVAILABLE_INFORMATION) {
                    templ[i].ulValueLen = one.ulValueLen;
                    plan[i] = Plan::Withheld;
                    continue;
                }
            }
            if (why == CKR_ATTRIBUTE_SENSITIVE) {
                plan[i] = Plan::Sensitive;
            } else if (why != CKR_OK && why != CKR_ATTRIBUTE_TYPE_INVALID) {
                plan[i] = Plan::Failed;
                failure[i] = why;
            }
            continue;
        }
        if (def.type == CKA_CLASS) {
            raw[i] = QByteArray(reinterpret_cast<const char*>(&cls), static_cast<qsizetype>(len));
            plan[i] = Plan::Have;
        } else if (def.type == CKA_KEY_TYPE) {
            raw[i] = QByteArray(reinterpret_cast<const char*>(&keyType), static_cast<qsizetype>(len));
            plan[i] = Plan::Have;
        } else if (def.kind == attrs::Kind::Template) {
            plan[i] = Plan::Counted; // nested attribute arrays: shown as a count, not fetched
        } else if (withhold && def.keyMaterial) {
            plan[i] = Plan::Withheld;
        } else {
            plan[i] = len == 0 ? Plan::Have : Plan::Fetch;
        }
    }

    // Pass 2: all values in one call (one by one only if the module fails the batch).
    std::vector<CK_ATTRIBUTE> values;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < count; ++i) {
        if (plan[i] != Plan::Fetch)
            continue;
        raw[i] = QByteArray(static_cast<qsizetype>(templ[i].ulValueLen), Qt::Uninitialized);
        values.push_back({templ[i].type, raw[i].data(), templ[i].ulValueLen});
        index.push_back(i);
    }
    if (!values.empty()) {
        rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), handle,
                      values.data(), static_cast<CK_ULONG>(values.size()));
        const bool batchFailed = !acceptable(rv);
        for (std::size_t k = 0; k < values.size(); ++k) {
            const std::size_t i = index[k];
            CK_RV why = rv;
            if (batchFailed) {
                values[k].ulValueLen = static_cast<CK_ULONG>(raw[i].size());
                why = askOne(session, handle, values[k]);
                if (why != CKR_OK)
                    values[k].ulValueLen = CK_UNAVAILABLE_INFORMATION;
            }
            if (values[k].ulValueLen == CK_UNAVAILABLE_INFORMATION) {
                // Changed between the two calls, became sensitive, or unreadable: say so, do not guess.
                raw[i].clear();
                plan[i] = why == CKR_ATTRIBUTE_SENSITIVE ? Plan::Sensitive
                          : acceptable(why)              ? Plan::Omit
                                                         : Plan::Failed;
                failure[i] = why;
            } else {
                raw[i].truncate(static_cast<qsizetype>(values[k].ulValueLen));
                plan[i] = Plan::Have;
            }
        }
    }

    QList<AttributeValue> result;
    result.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i) {
        if (plan[i] == Plan::Omit)
            continue;
        AttributeValue value;
        value.type = catalog[i].type;
        value.name = names::attribute(value.type);
        switch (plan[i]) {
        case Plan::Sensitive:
            value.state = AttributeValue::State::Sensitive;
            value.display = QCoreApplication::translate("hsm::AttributeReader", "sensitive");
            break;
        case Plan::Withheld:
            value.state = AttributeValue::State::Unavailable;
            value.display = QCoreApplication::translate("hsm::AttributeReader", "withheld (%1 bytes)")
                                .arg(templ[i].ulValueLen);
            break;
        case Plan::Failed:
            value.state = AttributeValue::State::Unavailable;
            value.display = QCoreApplication::translate("hsm::AttributeReader", "unreadable (%1)")
                                .arg(names::rv(failure[i]));
            break;
        case Plan::Counted:
            value.display = attributeCount(templ[i].ulValueLen);
            break;
        default:
            value.raw = std::move(raw[i]);
            value.display = formatAttribute(value.type, value.raw);
            break;
        }
        result.append(std::move(value));
    }
    return result;
}

} // namespace hsm
