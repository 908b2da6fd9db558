#pragma once

#include "KeySpec.h"
#include "Result.h"
#include "Types.h"
#include "VendorProfile.h"

#include <QPointer>
#include <QWizard>
#include <optional>

class QAction;

namespace hsm {

class KeyGenRunPage;
class TokenWorker;
class WindowContext;

/// The key generation wizard for the token selected when it was opened: key type and size (only
/// what the token's mechanism list supports), attributes, vendor profile, a preview of the exact
/// templates checked against the profile, then generation on the token's worker. Non-modal: the
/// main window stays usable while a key is generated.
class KeyGenWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { KindPageId, AttributesPageId, ProfilePageId, PreviewPageId, RunPageId };

    KeyGenWizard(WindowContext* context, QWidget* parent = nullptr);
    ~KeyGenWizard() override;

    [[nodiscard]] WindowContext* context() const { return m_context; }
    /// The token's worker; null once the token is gone.
    [[nodiscard]] TokenWorker* worker() const;
    [[nodiscard]] const TokenInfo& token() const { return m_token; }
    [[nodiscard]] const ModuleInfo& moduleInfo() const { return m_module; }

    /// False until the mechanism list arrived (or when reading it failed: mechanismError()).
    [[nodiscard]] bool mechanismsLoaded() const { return m_mechanismsLoaded; }
    [[nodiscard]] const std::optional<Error>& mechanismError() const { return m_mechanismError; }
    [[nodiscard]] const QList<MechanismInfo>& mechanisms() const { return m_mechanisms; }
    [[nodiscard]] const QList<keygen::KeyCapability>& capabilities() const { return m_capabilities; }
    [[nodiscard]] std::optional<keygen::KeyCapability> capability(keygen::KeyKind kind) const;

    /// What will be generated; the pages edit it.
    [[nodiscard]] keygen::KeySpec& spec() { return m_spec; }
    [[nodiscard]] const keygen::KeySpec& spec() const { return m_spec; }
    /// Starts a fresh spec for `kind` (keeping label and ID) with the chosen profile's defaults.
    void setKind(keygen::KeyKind kind);

    [[nodiscard]] const keygen::VendorProfile& profile() const { return *m_profile; }
    /// The profile chosen for this token automatically.
    [[nodiscard]] const keygen::VendorProfile& automaticProfile() const { return *m_automaticProfile; }
    /// Makes `profile` the one checked, applies its defaults to the spec and returns what changed
    /// ("token: on, extractable: off"); empty when nothing did.
    QStringList setProfile(const keygen::VendorProfile& profile);

    /// Empty when a key can be generated now; otherwise why not (not logged in, write-protected, gone).
    [[nodiscard]] QString generationBlocker() const;
    /// Triggers the main window's "Log in…" action (the window asks for the PIN).
    void requestLogin();

    void reject() override;

signals:
    void mechanismsChanged();
    /// Logged in or out, or the token went away: re-check generationBlocker().
    void sessionStateChanged();

private:
    void loadMechanisms();
    QAction* loginAction() const;

    WindowContext* m_context;
    QPointer<TokenWorker> m_worker;
    TokenInfo m_token;
    ModuleInfo m_module;
    bool m_mechanismsLoaded = false;
    std::optional<Error> m_mechanismError;
    QList<MechanismInfo> m_mechanisms;
    QList<keygen::KeyCapability> m_capabilities;
    keygen::KeySpec m_spec;
    const keygen::VendorProfile* m_profile = nullptr;
    const keygen::VendorProfile* m_automaticProfile = nullptr;
    KeyGenRunPage* m_runPage = nullptr;
};

} // namespace hsm
