// Rules 6 and 7 of the client certificate bundle: the chain verifies to the CA bundle (X509_verify_cert,
// the CA bundle trusted, the client's PEM file untrusted) and every certificate is within its dates.
#include "ClientBundleInternal.h"

#include <QCoreApplication>
#include <openssl/err.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace hsm::bundle::detail {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::bundle)
};

QString dateText(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QDateTime toDateTime(const ASN1_TIME* time) {
    struct tm tm {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

using StorePtr = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslFree<X509_STORE_CTX_free>>;
struct StackFree {
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_free(stack); } // not the certificates
};
using StackPtr = std::unique_ptr<STACK_OF(X509), StackFree>;

struct Verification {
    bool ok = false;
    int error = X509_V_OK;
    QString reason;
    QList<CertPtr> chain;
};

Verification verifyChain(const Loaded& loaded, bool clientPurpose) {
    Verification result;
    StorePtr store(X509_STORE_new());
    for (const CertPtr& cert : loaded.ca->certificates)
        X509_STORE_add_cert(store.get(), cert.get()); // a duplicate in the bundle is not a problem
    ERR_clear_error();
    StackPtr untrusted(sk_X509_new_null());
    const QList<CertPtr>& sent =
        loaded.bundle ? loaded.bundle->certificates : loaded.certificateFile.certificates;
    for (const CertPtr& cert : sent)
        if (!sameCertificate(cert, loaded.client))
            sk_X509_push(untrusted.get(), cert.get());
    StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context ||
        X509_STORE_CTX_init(context.get(), store.get(), loaded.client.get(), untrusted.get()) != 1) {
        result.reason = Text::tr("X509_STORE_CTX_init: %1").arg(takeReason());
        return result;
    }
    // Dates are rule 7's: an expired certificate should not hide a broken chain.
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(context.get()), X509_V_FLAG_NO_CHECK_TIME);
    if (clientPurpose)
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT);
    result.ok = X509_verify_cert(context.get()) == 1;
    if (!result.ok) {
        result.error = X509_STORE_CTX_get_error(context.get());
        X509* at = X509_STORE_CTX_get_current_cert(context.get());
        result.reason = Text::tr("X509_verify_cert: %1 (at depth %2, %3)")
                            .arg(QString::fromUtf8(X509_verify_cert_error_string(result.error)))
                            .arg(X509_STORE_CTX_get_error_depth(context.get()))
                            .arg(at != nullptr ? quoted(at) : Text::tr("no certificate"));
    } else if (STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            X509* cert = sk_X509_value(chain, i);
            X509_up_ref(cert);
            result.chain << wrap(cert);
        }
    }
    ERR_clear_error();
    return result;
}

QString verifyAction(int error) {
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Text::tr(
            "Add the missing intermediate CA certificate to the PEM file, or the root that issued the "
            "chain to the CA bundle.");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return Text::tr(
            "The chain ends at a root that is not in the CA bundle: add that root to the CA bundle, or "
            "use a client certificate issued under the server's CA.");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Text::tr("A certificate was not signed by the CA named as its issuer: have it issued again.");
    case X509_V_ERR_INVALID_PURPOSE:
        return Text::tr(
            "A CA certificate of the chain restricts its extended key usage without clientAuth: use a CA "
            "allowed to issue TLS client certificates.");
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return Text::tr(
            "An intermediate is not a CA certificate (basicConstraints CA:TRUE, keyCertSign): reissue it "
            "as a CA.");
    default:
        return Text::tr(
            "Check that the CA bundle holds the root that issued the client certificate's chain.");
    }
}

} // namespace

Finding checkChainVerifies(const Loaded& loaded, bool withClientPurpose) {
    Verdict v(Rule::ChainVerifies);
    if (loaded.caError) {
        v.error(loaded.caError->message);
        return v.finish(loaded.caError->hint);
    }
    if (!loaded.ca) {
        v.notChecked(Text::tr("No CA bundle was given."));
        return v.finish(
            Text::tr("Choose the CA bundle: the root and intermediate CA certificates the server trusts."));
    }
    Verification plain = verifyChain(loaded, false);
    if (!plain.ok) {
        v.error(plain.reason);
        return v.finish(verifyAction(plain.error));
    }
    if (withClientPurpose) {
        Verification purpose = verifyChain(loaded, true);
        if (!purpose.ok) {
            v.error(Text::tr("As a TLS client certificate: %1").arg(purpose.reason));
            return v.finish(verifyAction(purpose.error));
        }
    }
    v.note(Text::tr("The chain %1 verifies; its root is in the CA bundle.").arg(chainText(plain.chain)));
    return v.finish({});
}

// ---- 7: validity dates ----------------------------------------------------------------------------

Finding checkValidity(const Loaded& loaded, const QDateTime& now, int warningDays) {
    Verdict v(Rule::Validity);
    QDateTime earliest;
    for (const CertPtr& cert : loaded.chain.certificates) {
        const QDateTime notBefore = toDateTime(X509_get0_notBefore(cert.get()));
        const QDateTime notAfter = toDateTime(X509_get0_notAfter(cert.get()));
        if (!notBefore.isValid() || !notAfter.isValid()) {
            v.error(Text::tr("The validity dates of %1 cannot be read.").arg(quoted(cert.get())));
            continue;
        }
        if (!earliest.isValid() || notAfter < earliest)
            earliest = notAfter;
        if (now < notBefore)
            v.error(Text::tr("%1 is not valid before %2.").arg(quoted(cert.get()), dateText(notBefore)));
        else if (notAfter < now)
            v.error(Text::tr("%1 expired on %2.").arg(quoted(cert.get()), dateText(notAfter)));
        else if (notAfter < now.addDays(warningDays))
            v.warning(
                Text::tr("%1 expires on %2, in %n day(s).", nullptr, static_cast<int>(now.daysTo(notAfter)))
                    .arg(quoted(cert.get()), dateText(notAfter)));
    }
    if (v.severity() == Severity::Ok && earliest.isValid())
        v.note(Text::tr("All %n certificate(s) of the chain are valid; the first to expire does on %1.",
                        nullptr, static_cast<int>(loaded.chain.certificates.size()))
                   .arg(dateText(earliest)));
    return v.finish(
        Text::tr("Renew the certificate (issue it again) and replace it in the PEM file or the CA bundle; "
                 "check this computer's clock."));
}

} // namespace hsm::bundle::detail
