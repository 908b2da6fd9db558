#pragma once

#include "SoftcardGenericProvider.h"

namespace hsm {

/// The SoftHSM2 configuration a module in this process uses, as SoftHSM2 finds it: SOFTHSM2_CONF,
/// else ~/.config/softhsm2/softhsm2.conf when it exists, else /etc/softhsm/softhsm2.conf.
struct SoftHsmConfig {
    QString path;
    QString source;   ///< "SOFTHSM2_CONF", "user configuration", "default", "chosen"
    QString tokenDir; ///< directories.tokendir, empty when the file does not say
};

/// Finds and reads the configuration (`explicitPath` wins when given).
[[nodiscard]] SoftcardResult<SoftHsmConfig> resolveSoftHsmConfig(const QString& explicitPath = {});
/// The token folder exists and this process can create files in it (tried, not guessed from mode
/// bits: root ignores them, an immutable or read-only folder does not).
[[nodiscard]] SoftcardResult<void> checkSoftHsmConfigWritable(const SoftHsmConfig& config);

/// SoftHSM2 softcards: list and create as the generic provider (tokens of the loaded module), after
/// checking that the configuration's token folder can be written; delete with
/// `softhsm2-util --delete-token --serial SERIAL` run with that configuration.
///
/// SoftHSM2 reads its token folder only in C_Initialize: a token deleted by softhsm2-util stays in
/// this process as a slot whose C_GetTokenInfo fails (not listed). Whoever owns the module loads it
/// again after a delete (the GUI does). A create needs no reload: SoftHSM2 adds a new free slot
/// when its slot list is read again.
class SoftHsm2SoftcardProvider : public GenericSoftcardProvider {
public:
    SoftHsm2SoftcardProvider(std::shared_ptr<Module> module, QString configPath = {}, QString utilPath = {},
                             int timeoutMs = 60000);

    [[nodiscard]] SoftcardProviderKind kind() const override { return SoftcardProviderKind::SoftHsm2; }
    [[nodiscard]] QString location() const override;
    [[nodiscard]] bool canDelete() const override { return true; }
    [[nodiscard]] SoftcardResult<void> remove(const Softcard& softcard) override;

protected:
    [[nodiscard]] SoftcardResult<void> checkBeforeCreate() override;

private:
    [[nodiscard]] SoftcardResult<SoftHsmConfig> writableConfig(const QString& call) const;

    QString m_configPath;
    QString m_utilPath;
    int m_timeoutMs;
};

} // namespace hsm
