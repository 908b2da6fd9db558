#pragma once

#include "CertificateController.h"
#include "Result.h"
#include "TokenSigner.h"
#include "Types.h"

#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hsm {

class TokenWorker;
class WindowContext;

/// What differs between the dialogs that sign a certificate on the token.
struct CertificateJobTexts {
    QString namePrefix; ///< objectNames <prefix>Blocker, <prefix>Progress, <prefix>Result
    QString buttonName; ///< objectName of the action button
    QString buttonText; ///< "&Issue"
    QString buttonAccessibleName;
    QString buttonToolTip;
    QString failedResult;   ///< result line when the job failed, "%1" = the error
    QString failedTitle;    ///< error dialog title when the job failed
    QString notStoredTitle; ///< error dialog title when it was signed but not stored
};

/// The bottom of a dialog that signs a certificate on the token: why the action is blocked, a busy
/// bar, the result, and the Close and action buttons. run() opens the signing key on the token's
/// worker, signs, stores when asked, and then handles the result the same way for every such
/// dialog: written to the file, the window's listing reloaded when it was stored, "signed but not
/// stored" reported as such.
///
/// While the job runs the dialog must not close: the certificate may already be on the token and
/// its file not yet written. The dialog asks deferClose() in reject() (Close, Escape and the window
/// close button all end there); a deferred close happens once the job succeeded, and is dropped —
/// the dialog stays open showing what went wrong — when it did not.
class CertificateJobPanel : public QWidget {
    Q_OBJECT
public:
    /// Makes the certificate (DER) with the opened key; runs on the token's thread.
    using Sign = std::function<Result<QByteArray>(signing::TokenKey&)>;

    CertificateJobPanel(WindowContext* context, const CertificateJobTexts& texts, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* actionButton() const { return m_action; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Enables the action when `reason` is empty, shows `reason` otherwise (not while running).
    void showBlocker(const QString& reason);
    /// On `worker`, saying `startText` meanwhile: opens `key`, runs `sign` with it and stores the
    /// result on the token when `store`. Then writes the certificate to `path` (PEM, or DER when
    /// `der`; nothing when empty) and reloads the listing when it was stored.
    void run(TokenWorker* worker, const QString& startText, const ObjectSummary& key, Sign sign,
             const QString& path, bool der, bool store);
    /// For the dialog's reject(): true while a job runs — the dialog then stays open and is closed
    /// (closeRequested) when the job succeeded.
    [[nodiscard]] bool deferClose();

signals:
    /// Close was clicked, or a deferred close is due now.
    void closeRequested();
    /// The job finished (or its token went away); the dialog re-checks what it allows.
    void finished();

private:
    void finish(Result<certui::IssuedCertificate> result, const QString& path, bool der, bool store);
    void workerGone();
    void stop();

    WindowContext* m_context;
    CertificateJobTexts m_texts;
    QPointer<TokenWorker> m_worker;
    QMetaObject::Connection m_workerGone;
    bool m_running = false;
    bool m_closePending = false;
    QLabel* m_blocker = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_action = nullptr;
};

namespace certui {
/// A word-wrapped, selectable label for checks and results.
[[nodiscard]] QLabel* infoLabel(const QString& objectName, QWidget* parent);
} // namespace certui

} // namespace hsm
