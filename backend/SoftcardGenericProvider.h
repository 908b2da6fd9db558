#pragma once

#include "SoftcardProvider.h"

namespace hsm {

/// Softcards of any module: the initialised tokens are the softcards; a new one is a token
/// initialised (C_InitToken + C_InitPIN) in the first uninitialised slot. PKCS#11 cannot delete a
/// token, so this provider does not delete.
class GenericSoftcardProvider : public SoftcardProvider {
public:
    explicit GenericSoftcardProvider(std::shared_ptr<Module> module);

    [[nodiscard]] SoftcardProviderKind kind() const override { return SoftcardProviderKind::Generic; }
    [[nodiscard]] QString location() const override;
    [[nodiscard]] bool canDelete() const override { return false; }

    [[nodiscard]] SoftcardResult<QList<Softcard>> list() override;
    [[nodiscard]] SoftcardResult<Softcard> create(const SoftcardCreateRequest& request) override;
    [[nodiscard]] SoftcardResult<void> remove(const Softcard& softcard) override;

protected:
    /// Checks done before C_InitToken; SoftHSM2 adds its configuration check.
    [[nodiscard]] virtual SoftcardResult<void> checkBeforeCreate() { return {}; }
    [[nodiscard]] const std::shared_ptr<Module>& module() const { return m_module; }
    [[nodiscard]] SoftcardResult<void> requireModule(const QString& call) const;

private:
    std::shared_ptr<Module> m_module;
};

/// A token as a softcard row.
[[nodiscard]] Softcard softcardFromSlot(const SlotInfo& slot);

} // namespace hsm
