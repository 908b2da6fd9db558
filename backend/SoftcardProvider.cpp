#include "SoftcardProvider.h"

#include "Logging.h"
#include "SoftcardGenericProvider.h"
#include "SoftcardNShieldProvider.h"
#include "SoftcardSoftHsm2Provider.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hsm {

namespace {
// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm)
};
} // namespace

QString softcardProviderId(SoftcardProviderKind kind) {
    switch (kind) {
    case SoftcardProviderKind::SoftHsm2:
        return QStringLiteral("softhsm2");
    case SoftcardProviderKind::NShield:
        return QStringLiteral("nshield");
    case SoftcardProviderKind::Generic:
        break;
    }
    return QStringLiteral("generic");
}

std::optional<SoftcardProviderKind> softcardProviderFromId(const QString& id) {
    for (auto kind :
         {SoftcardProviderKind::SoftHsm2, SoftcardProviderKind::NShield, SoftcardProviderKind::Generic})
        if (id.compare(softcardProviderId(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString softcardProviderName(SoftcardProviderKind kind) {
    switch (kind) {
    case SoftcardProviderKind::SoftHsm2:
        return Text::tr("SoftHSM2");
    case SoftcardProviderKind::NShield:
        return Text::tr("nShield Web Services");
    case SoftcardProviderKind::Generic:
        break;
    }
    return Text::tr("Generic PKCS#11");
}

SoftcardProviderKind detectSoftcardProvider(const ModuleInfo& module) {
    const QString file = QFileInfo(module.path).fileName().toLower();
    const QString maker = module.manufacturer.toLower();
    if (file.contains(QLatin1String("softhsm")) || maker.contains(QLatin1String("softhsm")))
        return SoftcardProviderKind::SoftHsm2;
    if (file == QLatin1String("libpkcs11webservices.so") || maker.contains(QLatin1String("nshield")) ||
        maker.contains(QLatin1String("ncipher")) || maker.contains(QLatin1String("entrust")))
        return SoftcardProviderKind::NShield;
    return SoftcardProviderKind::Generic;
}

std::optional<SlotInfo> firstFreeSlot(const QList<SlotInfo>& slotInfos) {
    for (const SlotInfo& slot : slotInfos)
        if (slot.tokenPresent() && slot.token && !slot.token->has(CKF_TOKEN_INITIALIZED))
            return slot;
    return std::nullopt;
}

SoftcardLimits softcardLimits(SoftcardProviderKind kind, const QList<SlotInfo>& slotInfos) {
    SoftcardLimits limits;
    if (kind == SoftcardProviderKind::NShield) {
        limits.needsSoPin = false;
        limits.restrictedCharset = true;
        limits.maxNameLength = NShieldSoftcardProvider::kMaxNameLength;
        limits.minSecretLength = NShieldSoftcardProvider::kMinPassphraseLength;
        limits.maxSecretLength = NShieldSoftcardProvider::kMaxPassphraseLength;
        return limits;
    }
    if (const auto free = firstFreeSlot(slotInfos)) {
        const TokenInfo& token = *free->token;
        if (token.minPinLen != 0 && token.minPinLen != CK_UNAVAILABLE_INFORMATION)
            limits.minSecretLength = static_cast<int>(token.minPinLen);
        if (token.maxPinLen != 0 && token.maxPinLen != CK_UNAVAILABLE_INFORMATION)
            limits.maxSecretLength = static_cast<int>(std::min<CK_ULONG>(token.maxPinLen, 1024));
    }
    return limits;
}

SoftcardResult<QString> SoftcardProvider::verify() {
    return {Error::other(QStringLiteral("verify"),
                         QCoreApplication::translate("hsm::SoftcardProvider",
                                                     "%1 softcards have no connection to verify")
                             .arg(softcardProviderName(kind()))),
            SoftcardProblem::NotSupported};
}

namespace {

/// Logs every create and delete for the audit trail (never the PIN or passphrase), whichever
/// provider does the work and whether the GUI or the CLI asked.
class AuditedSoftcardProvider final : public SoftcardProvider {
public:
    explicit AuditedSoftcardProvider(std::unique_ptr<SoftcardProvider> inner) : m_inner(std::move(inner)) {}

    SoftcardProviderKind kind() const override { return m_inner->kind(); }
    QString location() const override { return m_inner->location(); }
    bool canDelete() const override { return m_inner->canDelete(); }
    bool canVerify() const override { return m_inner->canVerify(); }
    SoftcardResult<QList<Softcard>> list() override { return m_inner->list(); }
    SoftcardResult<QString> verify() override { return m_inner->verify(); }

    SoftcardResult<Softcard> create(const SoftcardCreateRequest& request) override {
        SoftcardResult<Softcard> result = m_inner->create(request);
        const QString what = QStringLiteral("creating the %1 softcard \u201c%2\u201d (%3)")
                                 .arg(softcardProviderId(kind()), request.name, location());
        if (result)
            logging::adminChange(what + QStringLiteral(": done, ID %1").arg(result->id));
        else
            logging::adminFailure(what, result.error());
        return result;
    }

    SoftcardResult<void> remove(const Softcard& softcard) override {
        SoftcardResult<void> result = m_inner->remove(softcard);
        const QString what = QStringLiteral("deleting the %1 softcard \u201c%2\u201d (ID %3, %4)")
                                 .arg(softcardProviderId(kind()), softcard.name, softcard.id, location());
        if (result)
            logging::adminChange(what + QStringLiteral(": done"));
        else
            logging::adminFailure(what, result.error());
        return result;
    }

private:
    std::unique_ptr<SoftcardProvider> m_inner;
};

std::unique_ptr<SoftcardProvider> makeUnaudited(SoftcardProviderKind kind,
                                                const SoftcardProviderOptions& options) {
    switch (kind) {
    case SoftcardProviderKind::SoftHsm2:
        return std::make_unique<SoftHsm2SoftcardProvider>(options.module, options.softHsmConfig,
                                                          options.softHsmUtil, options.timeoutMs);
    case SoftcardProviderKind::NShield:
        return std::make_unique<NShieldSoftcardProvider>(
            options.toolPath.isEmpty() ? QString::fromLatin1(kDefaultSoftcardToolPath) : options.toolPath,
            options.timeoutMs);
    case SoftcardProviderKind::Generic:
        break;
    }
    return std::make_unique<GenericSoftcardProvider>(options.module);
}

} // namespace

std::unique_ptr<SoftcardProvider> makeSoftcardProvider(SoftcardProviderKind kind,
                                                       const SoftcardProviderOptions& options) {
    return std::make_unique<AuditedSoftcardProvider>(makeUnaudited(kind, options));
}

} // namespace hsm
