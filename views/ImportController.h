#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace hsm {

class ImportDialog;
class TokenWorker;
class WindowContext;

/// Certificates ▸ Import… (Ctrl+I): opens the import dialog for the selected token. Reading the
/// file, the preview (what pairs with which key) and the import itself run on the token's worker;
/// afterwards the object table is listed again.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(WindowContext* context);
    ~ImportController() override; // QPointer<ImportDialog> needs the complete type

    [[nodiscard]] QAction* action() const { return m_action; }
    /// The open dialog, if any.
    [[nodiscard]] ImportDialog* dialog() const;
    void openDialog();

signals:
    /// A preview finished (for tests).
    void previewFinished(bool ok);
    /// An import finished: ok, and the error when it failed.
    void finished(bool ok, const hsm::Error& error);

private:
    void updateAction();
    void runPreview();
    void runImport();

    WindowContext* m_context;
    QAction* m_action = nullptr;
    QPointer<ImportDialog> m_dialog;
    QPointer<TokenWorker> m_worker; ///< the worker of the token the dialog was opened for
    quint64 m_previewGeneration = 0;
    bool m_busy = false;
};

} // namespace hsm
