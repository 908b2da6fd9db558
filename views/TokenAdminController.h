#pragma once

#include "InitTokenDialog.h"
#include "PinChangeDialog.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <p11-kit/pkcs11.h>

class QAction;
class QMenu;

namespace hsm {

class TokenWorker;
class WindowContext;

/// Token and PIN management in the main window: "Initialise token…" and a "PINs" submenu (initialise,
/// change and unblock the user PIN, change the SO PIN) in the Token menu. The dialogs are opened
/// non-modally; the work runs on the token's worker, never on the GUI thread.
class TokenAdminController : public QObject {
    Q_OBJECT
public:
    explicit TokenAdminController(WindowContext* context);

    [[nodiscard]] QAction* initTokenAction() const { return m_initToken; }
    [[nodiscard]] QAction* initUserPinAction() const { return m_initUserPin; }
    [[nodiscard]] QAction* changeUserPinAction() const { return m_changeUserPin; }
    [[nodiscard]] QAction* changeSoPinAction() const { return m_changeSoPin; }
    [[nodiscard]] QAction* unblockUserPinAction() const { return m_unblockUserPin; }
    /// True while a token or PIN job of this controller runs.
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void openInitToken();
    void openPinDialog(PinChangeDialog::Mode mode);

signals:
    /// A job finished (for tests and the status bar): ok, and the error when it failed.
    void finished(bool ok, const hsm::Error& error);

private:
    void updateActions();
    void followWorker();
    void runInitToken(InitTokenRequest request);
    void runPinChange(PinChangeDialog::Mode mode, PinChangeRequest request);
    void jobDone(const QString& failureContext, const QString& success, const Result<void>& result);
    /// After C_InitToken the module reports a new token in the slot: select it again in the tree.
    void reselectAfterRefresh(const QString& modulePath, CK_SLOT_ID slot);

    WindowContext* m_context;
    QAction* m_initToken = nullptr;
    QAction* m_initUserPin = nullptr;
    QAction* m_changeUserPin = nullptr;
    QAction* m_changeSoPin = nullptr;
    QAction* m_unblockUserPin = nullptr;
    QMenu* m_pinsMenu = nullptr;
    QPointer<TokenWorker> m_followed; ///< worker whose token info updates enable the actions
    QPointer<QDialog> m_dialog;       ///< the one dialog open at a time
    bool m_busy = false;
    bool m_listed = false; ///< the object listing of the current token finished
};

} // namespace hsm
