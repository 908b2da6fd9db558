#pragma once

#include "ObjectExport.h"
#include "Types.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;

namespace hsm {

class WindowContext;

/// Object management in the main window: delete (with the private key's partners on request),
/// edit label, ID and attributes, create a data object, export a certificate, public key or data
/// value. Every token call runs on the token's worker; dialogs open non-modally (open()).
class ObjectActions : public QObject {
    Q_OBJECT
public:
    explicit ObjectActions(WindowContext* context);

    [[nodiscard]] QAction* deleteAction() const { return m_delete; }
    [[nodiscard]] QAction* editAction() const { return m_edit; }
    [[nodiscard]] QAction* newDataObjectAction() const { return m_newData; }
    [[nodiscard]] QAction* exportAction() const { return m_export; }

    void deleteSelected();
    void editSelected();
    void newDataObject();
    void exportSelected();

private:
    void updateActions();
    void setBusy(bool busy);
    /// The worker, or says why there is none / a job is still running.
    [[nodiscard]] bool ready();
    void confirmDelete(const QList<ObjectSummary>& objects, const QList<ObjectSummary>& related);
    void runDelete(const QList<ObjectSummary>& objects);
    void askExportFile(const ObjectSummary& object, const exporting::Payload& payload);
    void writeExport(const exporting::Payload& payload, exporting::Format format, const QString& path);

    WindowContext* m_context;
    QAction* m_delete = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_newData = nullptr;
    QAction* m_export = nullptr;
    bool m_busy = false;
    QPointer<QDialog> m_dialog; ///< the one dialog of this controller that is open
};

} // namespace hsm
