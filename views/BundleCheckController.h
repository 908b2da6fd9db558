#pragma once

#include "ClientBundle.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace hsm {

class BundleCheckDialog;
class WindowContext;

/// Certificates ▸ Check client certificate bundle…: opens the bundle check dialog (non-modal), fetches a
/// certificate chosen on the token (and its key's public key) on the token's worker, runs the checks
/// and writes the ordered PEM through a replaceable save prompt.
class BundleCheckController : public QObject {
    Q_OBJECT
public:
    /// Asks where to save the ordered PEM and calls `accept` with the path (not at all when cancelled).
    using SavePrompt = std::function<void(QWidget* parent, const QString& suggestedPath,
                                          std::function<void(const QString& path)> accept)>;

    explicit BundleCheckController(WindowContext* context);

    [[nodiscard]] QAction* action() const { return m_action; }
    [[nodiscard]] BundleCheckDialog* dialog() const;
    /// Tests answer the save dialog through this seam.
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }

    /// Opens the dialog (or raises the one already open).
    void openDialog();

private:
    /// What the token contributes to an input: the certificate's DER and its key's public key.
    struct TokenPart {
        QByteArray certificate;
        QString name;
        bool keyOnToken = false;
        QByteArray keySpki; ///< empty when no private key with the certificate's ID was found
    };
    /// Collects the dialog's input, fetching the token part on the worker first when asked; `use`
    /// runs on the GUI thread with the complete input. Errors are shown in the dialog.
    void withInput(std::function<void(bundle::BundleInput&)> use);
    void runCheck();
    void writeOrdered();
    void updateTokenCertificate();
    void saveTo(const QByteArray& pem, const QString& path);

    WindowContext* m_context;
    QAction* m_action = nullptr;
    QPointer<BundleCheckDialog> m_dialog;
    SavePrompt m_savePrompt;
    bool m_busy = false;
};

} // namespace hsm
