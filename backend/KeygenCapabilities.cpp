// What a token can generate, from its mechanism list: kinds, mechanisms, sizes and EC curves.
#include "KeySpec.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <openssl/ec.h>
#include <openssl/objects.h>
#include <vector>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

// Mechanism flags for EC field types (v2.40); not every pkcs11.h names them.
constexpr CK_FLAGS kEcFp = 0x00100000UL;
constexpr CK_FLAGS kEcF2m = 0x00200000UL;

const MechanismInfo* findMechanism(const QList<MechanismInfo>& mechanisms, CK_MECHANISM_TYPE type) {
    for (const MechanismInfo& m : mechanisms)
        if (m.type == type)
            return &m;
    return nullptr;
}

bool canGenerate(const MechanismInfo& m) {
    // A module that reports no flags at all is taken at its word that the mechanism exists.
    return m.flags == 0 || (m.flags & (CKF_GENERATE | CKF_GENERATE_KEY_PAIR)) != 0;
}

struct HmacInfo {
    CK_MECHANISM_TYPE keyGen;
    CK_MECHANISM_TYPE hmac;
    CK_ULONG hashBytes;
    CK_ULONG blockBytes;
};

std::optional<HmacInfo> hmacInfo(KeyKind kind) {
    switch (kind) {
    case KeyKind::HmacSha256:
        return HmacInfo{CKM_SHA256_KEY_GEN, CKM_SHA256_HMAC, 32, 64};
    case KeyKind::HmacSha384:
        return HmacInfo{CKM_SHA384_KEY_GEN, CKM_SHA384_HMAC, 48, 128};
    case KeyKind::HmacSha512:
        return HmacInfo{CKM_SHA512_KEY_GEN, CKM_SHA512_HMAC, 64, 128};
    default:
        return std::nullopt;
    }
}

int nidForCurve(const QString& name) {
    const QByteArray text = name.trimmed().toLatin1();
    if (text.isEmpty())
        return NID_undef;
    int nid = EC_curve_nist2nid(text.constData()); // "P-256"
    if (nid == NID_undef)
        nid = OBJ_sn2nid(text.constData()); // "prime256v1", "secp384r1", "brainpoolP256r1"
    if (nid == NID_undef)
        nid = OBJ_ln2nid(text.constData());
    if (nid == NID_undef)
        nid = OBJ_txt2nid(text.constData()); // dotted OID
    return nid;
}

using GroupPtr = std::unique_ptr<EC_GROUP, decltype(&EC_GROUP_free)>;

GroupPtr groupFor(int nid) {
    return GroupPtr(nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid), &EC_GROUP_free);
}

QString curveDisplayName(int nid) {
    if (const char* nist = EC_curve_nid2nist(nid); nist != nullptr && QByteArray(nist).startsWith("P-"))
        return QString::fromLatin1(nist);
    return QString::fromLatin1(OBJ_nid2sn(nid));
}

bool inRange(CK_ULONG value, CK_ULONG min, CK_ULONG max) {
    return value >= min && (max == 0 || value <= max);
}

QString rangeText(CK_ULONG min, CK_ULONG max, const QString& unit) {
    if (max == 0)
        return tr("at least %1 %2").arg(min).arg(unit);
    return tr("%1 to %2 %3").arg(min).arg(max).arg(unit);
}

/// Named curves OpenSSL knows with their size within [min, max] and a field type the mechanism allows:
/// P-256, P-384, P-521 first, then the rest by name.
QStringList curvesInRange(const MechanismInfo& m) {
    const bool anyField = (m.flags & (kEcFp | kEcF2m)) == 0;
    const bool primeOk = anyField || (m.flags & kEcFp) != 0;
    // Without CKF_EC_F_2M we cannot know binary curves work, so only prime curves are offered then.
    const bool binaryOk = (m.flags & kEcF2m) != 0;
    const size_t count = EC_get_builtin_curves(nullptr, 0);
    std::vector<EC_builtin_curve> builtins(count);
    EC_get_builtin_curves(builtins.data(), count);

    QStringList first, rest;
    for (const EC_builtin_curve& builtin : builtins) {
        GroupPtr group = groupFor(builtin.nid);
        if (!group)
            continue;
        const int field = EC_GROUP_get_field_type(group.get());
        if ((field == NID_X9_62_prime_field && !primeOk) || (field != NID_X9_62_prime_field && !binaryOk))
            continue;
        const int bits = EC_GROUP_get_degree(group.get());
        if (!inRange(CK_ULONG(bits), m.minKeySize, m.maxKeySize))
            continue;
        const QString name = curveDisplayName(builtin.nid);
        if (builtin.nid == NID_X9_62_prime256v1 || builtin.nid == NID_secp384r1 ||
            builtin.nid == NID_secp521r1)
            first << name;
        else if (!rest.contains(name))
            rest << name;
    }
    std::sort(first.begin(), first.end(),
              [](const QString& a, const QString& b) { return a.mid(2).toInt() < b.mid(2).toInt(); });
    rest.sort(Qt::CaseInsensitive);
    return first + rest;
}

/// AES ranges are in bytes by the standard, but some modules count bits; a maximum above 64 can only
/// be bits (no AES key is 64 bytes).
bool aesRangeInBits(const MechanismInfo& m) {
    return m.maxKeySize > 64;
}

std::optional<KeyCapability> capabilityFor(KeyKind kind, const QList<MechanismInfo>& mechanisms) {
    const std::optional<CK_MECHANISM_TYPE> generator = generationMechanism(kind, mechanisms);
    const MechanismInfo* m = generator ? findMechanism(mechanisms, *generator) : nullptr;
    if (m == nullptr)
        return std::nullopt;
    const CK_MECHANISM_TYPE type = *generator;
    KeyCapability cap{kind, type, m->minKeySize, m->maxKeySize, {}, {}, 0, 0};
    switch (kind) {
    case KeyKind::Rsa:
        cap.minSpecSize = m->minKeySize;
        cap.maxSpecSize = m->maxKeySize;
        for (CK_ULONG bits : {2048UL, 3072UL, 4096UL})
            if (inRange(bits, m->minKeySize, m->maxKeySize))
                cap.suggestedSizes << bits;
        break;
    case KeyKind::Ec:
        cap.minSpecSize = m->minKeySize;
        cap.maxSpecSize = m->maxKeySize;
        cap.curves = curvesInRange(*m);
        if (cap.curves.isEmpty())
            return std::nullopt;
        break;
    case KeyKind::Ed25519:
        // Modules report Ed25519 as 255 or 256 bits (SoftHSM2: 256 to 456).
        cap.minSpecSize = m->minKeySize;
        cap.maxSpecSize = m->maxKeySize;
        if (m->maxKeySize != 0 && !inRange(255, m->minKeySize, m->maxKeySize) &&
            !inRange(256, m->minKeySize, m->maxKeySize))
            return std::nullopt;
        cap.curves << QStringLiteral("Ed25519");
        break;
    case KeyKind::Aes: {
        const CK_ULONG factor = aesRangeInBits(*m) ? 1 : 8;
        cap.minSpecSize = m->minKeySize * factor;
        cap.maxSpecSize = m->maxKeySize * factor;
        for (CK_ULONG bits : {128UL, 192UL, 256UL})
            if (inRange(bits, cap.minSpecSize, cap.maxSpecSize))
                cap.suggestedSizes << bits;
        if (cap.suggestedSizes.isEmpty())
            return std::nullopt;
        break;
    }
    case KeyKind::GenericSecret:
        // CKM_GENERIC_SECRET_KEY_GEN counts bits (PKCS#11 v2.40 section 2.35); SoftHSM2 reports 1 to 2^31.
        cap.minSpecSize = std::max<CK_ULONG>(1, (m->minKeySize + 7) / 8);
        cap.maxSpecSize = m->maxKeySize / 8;
        for (CK_ULONG bytes : {16UL, 32UL, 64UL})
            if (inRange(bytes, cap.minSpecSize, cap.maxSpecSize))
                cap.suggestedSizes << bytes;
        break;
    case KeyKind::HmacSha256:
    case KeyKind::HmacSha384:
    case KeyKind::HmacSha512: {
        const HmacInfo hmac = *hmacInfo(kind);
        if (type == hmac.keyGen) {
            // CKM_SHA*_KEY_GEN ranges count bytes (PKCS#11 3.0, like the HMAC key lengths they make).
            cap.minSpecSize = std::max<CK_ULONG>(1, m->minKeySize);
            cap.maxSpecSize = m->maxKeySize;
        } else {
            // Generic secret generation (bits) limited by the HMAC mechanism's key range, which SoftHSM2
            // reports in bytes (CKM_SHA256_HMAC: 32 to 512): a shorter key would be generated but refused
            // by C_SignInit.
            cap.minSpecSize = std::max<CK_ULONG>(1, (m->minKeySize + 7) / 8);
            cap.maxSpecSize = m->maxKeySize / 8;
            if (const MechanismInfo* sign = findMechanism(mechanisms, hmac.hmac)) {
                cap.minSpecSize = std::max(cap.minSpecSize, sign->minKeySize);
                if (sign->maxKeySize != 0)
                    cap.maxSpecSize =
                        cap.maxSpecSize == 0 ? sign->maxKeySize : std::min(cap.maxSpecSize, sign->maxKeySize);
            }
        }
        for (CK_ULONG bytes : {hmac.hashBytes, hmac.blockBytes})
            if (inRange(bytes, cap.minSpecSize, cap.maxSpecSize) && !cap.suggestedSizes.contains(bytes))
                cap.suggestedSizes << bytes;
        if (cap.maxSpecSize != 0 && cap.minSpecSize > cap.maxSpecSize)
            return std::nullopt;
        break;
    }
    }
    return cap;
}

Error unsupported(const QString& message, const QString& hint) {
    return Error::other(QStringLiteral("keygen"), message, hint);
}

} // namespace

std::optional<CK_MECHANISM_TYPE> generationMechanism(KeyKind kind, const QList<MechanismInfo>& mechanisms) {
    const auto listed = [&mechanisms](CK_MECHANISM_TYPE type) {
        const MechanismInfo* m = findMechanism(mechanisms, type);
        return m != nullptr && canGenerate(*m);
    };
    using Found = std::optional<CK_MECHANISM_TYPE>;
    const auto ifListed = [&listed](CK_MECHANISM_TYPE type) {
        return listed(type) ? Found(type) : std::nullopt;
    };
    switch (kind) {
    case KeyKind::Rsa:
        return ifListed(CKM_RSA_PKCS_KEY_PAIR_GEN);
    case KeyKind::Ec:
        return ifListed(CKM_EC_KEY_PAIR_GEN);
    case KeyKind::Ed25519:
        return ifListed(CKM_EC_EDWARDS_KEY_PAIR_GEN);
    case KeyKind::Aes:
        return ifListed(CKM_AES_KEY_GEN);
    case KeyKind::GenericSecret:
        return ifListed(CKM_GENERIC_SECRET_KEY_GEN);
    case KeyKind::HmacSha256:
    case KeyKind::HmacSha384:
    case KeyKind::HmacSha512: {
        const HmacInfo hmac = *hmacInfo(kind);
        if (listed(hmac.keyGen))
            return hmac.keyGen;
        if (listed(CKM_GENERIC_SECRET_KEY_GEN) && findMechanism(mechanisms, hmac.hmac) != nullptr)
            return CKM_GENERIC_SECRET_KEY_GEN;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString mechanismName(CK_MECHANISM_TYPE type) {
    switch (type) {
    case CKM_SHA256_KEY_GEN:
        return QStringLiteral("CKM_SHA256_KEY_GEN");
    case CKM_SHA384_KEY_GEN:
        return QStringLiteral("CKM_SHA384_KEY_GEN");
    case CKM_SHA512_KEY_GEN:
        return QStringLiteral("CKM_SHA512_KEY_GEN");
    default:
        return names::mechanism(type);
    }
}

QByteArray ecParamsForCurve(const QString& curve) {
    const int nid = nidForCurve(curve);
    if (!groupFor(nid))
        return {};
    const ASN1_OBJECT* object = OBJ_nid2obj(nid);
    const int length = object == nullptr ? 0 : i2d_ASN1_OBJECT(object, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_ASN1_OBJECT(object, &out);
    return der;
}

int curveBits(const QString& curve) {
    GroupPtr group = groupFor(nidForCurve(curve));
    return group ? EC_GROUP_get_degree(group.get()) : 0;
}

QList<KeyCapability> capabilities(const QList<MechanismInfo>& mechanisms) {
    QList<KeyCapability> result;
    for (KeyKind kind : {KeyKind::Rsa, KeyKind::Ec, KeyKind::Ed25519, KeyKind::Aes, KeyKind::GenericSecret,
                         KeyKind::HmacSha256, KeyKind::HmacSha384, KeyKind::HmacSha512})
        if (std::optional<KeyCapability> cap = capabilityFor(kind, mechanisms))
            result << *cap;
    return result;
}

Result<void> checkSupported(const KeySpec& spec, const QList<MechanismInfo>& mechanisms) {
    const std::optional<CK_MECHANISM_TYPE> wanted =
        spec.mechanism ? spec.mechanism : generationMechanism(spec.kind, mechanisms);
    const std::optional<KeyCapability> cap = capabilityFor(spec.kind, mechanisms);
    if (!wanted || !cap) {
        const std::optional<HmacInfo> hmac = hmacInfo(spec.kind);
        const QString needed =
            hmac ? tr("%1, or %2 with %3")
                       .arg(mechanismName(hmac->keyGen), mechanismName(CKM_GENERIC_SECRET_KEY_GEN),
                            mechanismName(hmac->hmac))
                 : mechanismName(spec.kind == KeyKind::Rsa       ? CKM_RSA_PKCS_KEY_PAIR_GEN
                                 : spec.kind == KeyKind::Ec      ? CKM_EC_KEY_PAIR_GEN
                                 : spec.kind == KeyKind::Ed25519 ? CKM_EC_EDWARDS_KEY_PAIR_GEN
                                 : spec.kind == KeyKind::Aes     ? CKM_AES_KEY_GEN
                                                                 : CKM_GENERIC_SECRET_KEY_GEN);
        return unsupported(tr("The token cannot generate %1 keys: its mechanism list lacks %2.")
                               .arg(kindName(spec.kind), needed),
                           tr("Choose a key type the token lists (hsmwb mechanisms shows them)."));
    }
    if (*wanted != cap->mechanism)
        return unsupported(tr("The token does not list %1 for generating %2 keys.")
                               .arg(mechanismName(*wanted), kindName(spec.kind)),
                           tr("Leave the mechanism to be chosen from the token's list."));

    const QString mech = mechanismName(cap->mechanism);
    switch (spec.kind) {
    case KeyKind::Rsa:
        if (!inRange(spec.bits, cap->minSpecSize, cap->maxSpecSize))
            return unsupported(tr("%1 generates RSA keys of %2; %3 bits is out of range.")
                                   .arg(mech, rangeText(cap->minSpecSize, cap->maxSpecSize, tr("bits")))
                                   .arg(spec.bits),
                               tr("Choose a modulus size in that range, e.g. 2048 or 3072."));
        break;
    case KeyKind::Ec: {
        const int bits = curveBits(spec.curve);
        if (bits == 0)
            return unsupported(tr("Unknown curve \"%1\".").arg(spec.curve),
                               tr("Use P-256, P-384, P-521 or a curve name OpenSSL knows."));
        const QString name = curveDisplayName(nidForCurve(spec.curve));
        if (!cap->curves.contains(name))
            return unsupported(tr("%1 generates EC keys of %2; curve %3 (%4 bits) is not supported.")
                                   .arg(mech, rangeText(cap->minSpecSize, cap->maxSpecSize, tr("bits")), name)
                                   .arg(bits),
                               tr("Supported curves: %1.").arg(cap->curves.join(QStringLiteral(", "))));
        break;
    }
    case KeyKind::Ed25519:
        break;
    case KeyKind::Aes:
        if (spec.bits != 128 && spec.bits != 192 && spec.bits != 256)
            return unsupported(tr("AES keys are 128, 192 or 256 bits, not %1.").arg(spec.bits),
                               tr("Choose 128, 192 or 256."));
        if (!cap->suggestedSizes.contains(spec.bits))
            return unsupported(tr("%1 generates AES keys of %2; %3 bits is out of range.")
                                   .arg(mech, rangeText(cap->minSpecSize, cap->maxSpecSize, tr("bits")))
                                   .arg(spec.bits),
                               tr("Choose one of: %1 bits.").arg([&] {
                                   QStringList sizes;
                                   for (CK_ULONG s : cap->suggestedSizes)
                                       sizes << QString::number(s);
                                   return sizes.join(QStringLiteral(", "));
                               }()));
        break;
    case KeyKind::GenericSecret:
    case KeyKind::HmacSha256:
    case KeyKind::HmacSha384:
    case KeyKind::HmacSha512:
        if (spec.bytes == 0 || !inRange(spec.bytes, cap->minSpecSize, cap->maxSpecSize))
            return unsupported(tr("%1 keys on this token are %2 (%3); %4 bytes is out of range.")
                                   .arg(kindName(spec.kind),
                                        rangeText(cap->minSpecSize, cap->maxSpecSize, tr("bytes")), mech)
                                   .arg(spec.bytes),
                               tr("Choose a length in that range."));
        break;
    }
    return {};
}

} // namespace hsm::keygen
