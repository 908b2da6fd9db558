#include "CertificateInfo.h"

#include <array>
#include <ctime>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace hsm::x509 {

namespace {

struct NameFree {
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
};
struct BioFree {
    void operator()(BIO* p) const { BIO_free(p); }
};
struct ObjectFree {
    void operator()(ASN1_OBJECT* p) const { ASN1_OBJECT_free(p); }
};
struct BnFree {
    void operator()(BIGNUM* p) const { BN_free(p); }
};

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QString nameLine(const X509_NAME* name) {
    if (name == nullptr)
        return {};
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    // RFC 2253 escapes every byte above 0x7f by default; clearing ESC_MSB keeps UTF-8 names readable.
    const unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    if (len <= 0 || data == nullptr)
        return {};
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}

std::optional<QDateTime> toDateTime(const ASN1_TIME* time) {
    if (time == nullptr)
        return std::nullopt;
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return std::nullopt;
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime clock(tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::UTC);
}

/// One DER TLV: where its content starts, how long it is, and where the next one begins.
struct Tlv {
    const unsigned char* start;
    const unsigned char* content;
    const unsigned char* next;
    int tag;
    int cls;
    [[nodiscard]] bool isUniversal(int t) const { return cls == V_ASN1_UNIVERSAL && tag == t; }
};

std::optional<Tlv> readTlv(const unsigned char* p, const unsigned char* end) {
    if (p == nullptr || p >= end)
        return std::nullopt;
    const unsigned char* q = p;
    long length = 0;
    int tag = 0;
    int cls = 0;
    const int ret = ASN1_get_object(&q, &length, &tag, &cls, end - p);
    // 0x80: malformed or overlong; 0x21: indefinite length, which DER forbids.
    if ((ret & 0x80) != 0 || ret == 0x21 || length < 0 || length > end - q)
        return std::nullopt;
    return Tlv{p, q, q + length, tag, cls};
}

X509_NAME* decodeName(const Tlv& tlv) {
    const unsigned char* p = tlv.start;
    return d2i_X509_NAME(nullptr, &p, tlv.next - tlv.start);
}

std::optional<QDateTime> decodeTime(const Tlv& tlv) {
    const unsigned char* p = tlv.start;
    ASN1_TIME* time = d2i_ASN1_TIME(nullptr, &p, tlv.next - tlv.start);
    const auto result = toDateTime(time);
    ASN1_TIME_free(time);
    return result;
}

QString serialHex(const Tlv& tlv) {
    const unsigned char* p = tlv.start;
    ASN1_INTEGER* serial = d2i_ASN1_INTEGER(nullptr, &p, tlv.next - tlv.start);
    if (serial == nullptr)
        return {};
    QString text;
    std::unique_ptr<BIGNUM, BnFree> bn(ASN1_INTEGER_to_BN(serial, nullptr));
    ASN1_INTEGER_free(serial);
    if (bn) {
        if (char* hex = BN_bn2hex(bn.get())) {
            text = QString::fromLatin1(hex).toLower();
            OPENSSL_free(hex);
        }
    }
    return text;
}

/// The curve OID inside DER ECParameters (a namedCurve), or the printable-string form some tokens use
/// for Edwards curves ("edwards25519"). Returns NID_undef with `oid` filled for unnamed OIDs.
int curveNid(const QByteArray& ecParams, QString* oidText) {
    if (ecParams.isEmpty())
        return NID_undef;
    const unsigned char* p = bytes(ecParams);
    if (static_cast<unsigned char>(ecParams.at(0)) == V_ASN1_OBJECT) {
        std::unique_ptr<ASN1_OBJECT, ObjectFree> obj(d2i_ASN1_OBJECT(nullptr, &p, ecParams.size()));
        if (!obj)
            return NID_undef;
        const int nid = OBJ_obj2nid(obj.get());
        if (nid == NID_undef && oidText != nullptr) {
            std::array<char, 128> buf{};
            if (OBJ_obj2txt(buf.data(), static_cast<int>(buf.size()), obj.get(), 1) > 0)
                *oidText = QString::fromLatin1(buf.data());
        }
        return nid;
    }
    if (static_cast<unsigned char>(ecParams.at(0)) == V_ASN1_PRINTABLESTRING) {
        ASN1_PRINTABLESTRING* str = d2i_ASN1_PRINTABLESTRING(nullptr, &p, ecParams.size());
        if (str == nullptr)
            return NID_undef;
        const QByteArray text(reinterpret_cast<const char*>(ASN1_STRING_get0_data(str)),
                              ASN1_STRING_length(str));
        ASN1_STRING_free(str);
        if (text == "edwards25519")
            return NID_ED25519;
        if (text == "edwards448")
            return NID_ED448;
        if (oidText != nullptr)
            *oidText = QString::fromLatin1(text);
    }
    return NID_undef;
}

struct CurveRow {
    int nid;
    const char* name;
    int bits;
};

// Names administrators know: NIST short names, brainpool and the Edwards curves by their RFC names.
constexpr CurveRow kCurves[] = {
    {NID_X9_62_prime256v1, "P-256", 256},
    {NID_secp384r1, "P-384", 384},
    {NID_secp521r1, "P-521", 521},
    {NID_secp224r1, "P-224", 224},
    {NID_X9_62_prime192v1, "P-192", 192},
    {NID_secp256k1, "secp256k1", 256},
    {NID_brainpoolP160r1, "brainpoolP160r1", 160},
    {NID_brainpoolP192r1, "brainpoolP192r1", 192},
    {NID_brainpoolP224r1, "brainpoolP224r1", 224},
    {NID_brainpoolP256r1, "brainpoolP256r1", 256},
    {NID_brainpoolP320r1, "brainpoolP320r1", 320},
    {NID_brainpoolP384r1, "brainpoolP384r1", 384},
    {NID_brainpoolP512r1, "brainpoolP512r1", 512},
    {NID_brainpoolP256t1, "brainpoolP256t1", 256},
    {NID_brainpoolP384t1, "brainpoolP384t1", 384},
    {NID_brainpoolP512t1, "brainpoolP512t1", 512},
    {NID_ED25519, "Ed25519", 255},
    {NID_ED448, "Ed448", 448},
    {NID_X25519, "X25519", 255},
    {NID_X448, "X448", 448},
};

const CurveRow* findCurve(int nid) {
    for (const CurveRow& row : kCurves) {
        if (row.nid == nid)
            return &row;
    }
    return nullptr;
}

} // namespace

std::optional<CertificateSummary> decodeCertificate(const QByteArray& der) {
    // Only the TBSCertificate fields the listing shows are decoded. d2i_X509 would also build the
    // public key through OpenSSL 3's provider decoders, which costs ~100 us per certificate and
    // dominated the listing of large tokens.
    const unsigned char* const begin = bytes(der);
    const unsigned char* const end = begin + der.size();
    const auto cert = readTlv(begin, end);
    if (!cert || !cert->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto tbs = readTlv(cert->content, cert->next);
    if (!tbs || !tbs->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;
    // The outer SEQUENCE also holds the signature algorithm and value; a bare TBS is not a certificate.
    const auto sigAlg = readTlv(tbs->next, cert->next);
    if (!sigAlg || !sigAlg->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;

    auto field = readTlv(tbs->content, tbs->next);
    if (field && field->cls == V_ASN1_CONTEXT_SPECIFIC && field->tag == 0) // [0] version
        field = readTlv(field->next, tbs->next);
    if (!field || !field->isUniversal(V_ASN1_INTEGER))
        return std::nullopt;
    const Tlv serial = *field;
    const auto signature = readTlv(serial.next, tbs->next);
    if (!signature || !signature->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto issuer = readTlv(signature->next, tbs->next);
    if (!issuer || !issuer->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto validity = readTlv(issuer->next, tbs->next);
    if (!validity || !validity->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto notBefore = readTlv(validity->content, validity->next);
    const auto notAfter = notBefore ? readTlv(notBefore->next, validity->next) : std::nullopt;
    if (!notAfter)
        return std::nullopt;
    const auto subject = readTlv(validity->next, tbs->next);
    if (!subject || !subject->isUniversal(V_ASN1_SEQUENCE))
        return std::nullopt;

    CertificateSummary summary;
    std::unique_ptr<X509_NAME, NameFree> subjectName(decodeName(*subject));
    std::unique_ptr<X509_NAME, NameFree> issuerName(decodeName(*issuer));
    if (!subjectName || !issuerName)
        return std::nullopt;
    summary.subject = nameLine(subjectName.get());
    summary.issuer = nameLine(issuerName.get());
    summary.serialHex = serialHex(serial);
    summary.notBefore = decodeTime(*notBefore).value_or(QDateTime());
    summary.notAfter = decodeTime(*notAfter).value_or(QDateTime());
    return summary;
}

QString nameToString(const QByteArray& derName) {
    if (derName.isEmpty())
        return {};
    const unsigned char* p = bytes(derName);
    std::unique_ptr<X509_NAME, NameFree> name(d2i_X509_NAME(nullptr, &p, derName.size()));
    if (!name)
        return {};
    return nameLine(name.get());
}

QString curveName(const QByteArray& ecParams) {
    QString oid;
    const int nid = curveNid(ecParams, &oid);
    if (const CurveRow* row = findCurve(nid))
        return QString::fromLatin1(row->name);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2sn(nid));
    return oid;
}

int curveBits(const QByteArray& ecParams) {
    const int nid = curveNid(ecParams, nullptr);
    if (const CurveRow* row = findCurve(nid))
        return row->bits;
    if (nid == NID_undef)
        return 0;
    EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
    if (group == nullptr)
        return 0;
    const int bits = EC_GROUP_get_degree(group);
    EC_GROUP_free(group);
    return bits;
}

} // namespace hsm::x509
