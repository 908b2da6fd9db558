#include "ObjectActions.h"

#include "ActionSupport.h"
#include "DataObjectDialog.h"
#include "DeleteObjectsDialog.h"
#include "EditObjectDialog.h"
#include "ObjectAdmin.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>

namespace hsm {

namespace {

/// The worker's session, or the error a job reports.
Result<Session*> sessionOf(WorkerContext& context) {
    return context.session();
}

} // namespace

ObjectActions::ObjectActions(WindowContext* context) : QObject(context), m_context(context) {
    m_delete = makeAction(this, QStringLiteral(":/icons/delete.svg"), tr("&Delete…"), QKeySequence::Delete,
                          tr("Delete the selected objects from the token (asks first)"),
                          QStringLiteral("deleteObjectsAction"), tr("Delete objects"));
    m_edit = makeAction(this, QStringLiteral(":/icons/edit.svg"), tr("&Edit…"), QKeySequence(Qt::Key_F2),
                        tr("Change the label, ID or attributes of the selected object"),
                        QStringLiteral("editObjectAction"), tr("Edit object"));
    m_newData = makeAction(this, QStringLiteral(":/icons/new-data.svg"), tr("New &data object…"),
                           QKeySequence(), tr("Store text or a file as a data object on the token"),
                           QStringLiteral("newDataObjectAction"), tr("New data object"));
    m_export = makeAction(this, QStringLiteral(":/icons/export.svg"), tr("E&xport…"),
                          QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Save the selected certificate, public key or data object's value to a file"),
                          QStringLiteral("exportObjectAction"), tr("Export object"));
    connect(m_delete, &QAction::triggered, this, &ObjectActions::deleteSelected);
    connect(m_edit, &QAction::triggered, this, &ObjectActions::editSelected);
    connect(m_newData, &QAction::triggered, this, &ObjectActions::newDataObject);
    connect(m_export, &QAction::triggered, this, &ObjectActions::exportSelected);

    QMenu* menu = context->menu(WindowContext::Menu::Object);
    QAbstractItemView* view = context->objectView();
    for (QAction* action : {m_newData, m_edit, m_export, m_delete}) {
        if (menu != nullptr)
            menu->addAction(action);
        if (view != nullptr)
            view->addAction(action);
    }
    connect(context, &WindowContext::selectionChanged, this, &ObjectActions::updateActions);
    connect(context, &WindowContext::currentTokenChanged, this, &ObjectActions::updateActions);
    connect(context, &WindowContext::objectsListed, this, &ObjectActions::updateActions);
    updateActions();
}

void ObjectActions::updateActions() {
    const bool token = m_context->currentWorker() != nullptr && !m_busy;
    const QList<ObjectSummary> selected = token ? m_context->selectedObjects() : QList<ObjectSummary>();
    m_delete->setEnabled(token && !selected.isEmpty());
    m_edit->setEnabled(token && selected.size() == 1);
    m_newData->setEnabled(token);
    m_export->setEnabled(token && selected.size() == 1 &&
                         exporting::kindOf(selected.first()) != exporting::Kind::None);
}

void ObjectActions::setBusy(bool busy) {
    m_busy = busy;
    updateActions();
}

bool ObjectActions::ready() {
    if (m_context->currentWorker() == nullptr) {
        m_context->showStatus(tr("Select a token first"));
        return false;
    }
    if (m_busy || m_dialog) {
        m_context->showStatus(tr("Another object operation is still open"));
        return false;
    }
    return true;
}

// ---- Delete ---------------------------------------------------------------------------------

void ObjectActions::deleteSelected() {
    if (!ready())
        return;
    const QList<ObjectSummary> selected = m_context->selectedObjects();
    if (selected.isEmpty())
        return;
    setBusy(true);
    // The partners of a private key are searched on the token: the listing may be filtered or stale.
    m_context->currentWorker()->submit(
        this,
        [selected](WorkerContext& c) -> Result<QList<ObjectSummary>> {
            Result<Session*> session = sessionOf(c);
            if (!session)
                return session.error();
            return objects::findRelatedAll(**session, c.token(), selected);
        },
        [this, selected](Result<QList<ObjectSummary>> related) {
            setBusy(false);
            if (!related) {
                m_context->showError(tr("Looking for the keys and certificates that belong to the selection "
                                        "failed"),
                                     related.error());
                return;
            }
            confirmDelete(selected, *related);
        });
}

void ObjectActions::confirmDelete(const QList<ObjectSummary>& objects, const QList<ObjectSummary>& related) {
    const std::optional<TokenInfo> token = m_context->currentToken();
    auto* dialog = new DeleteObjectsDialog(token ? token->label : QString(), objects, related,
                                           m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    QPointer<TokenWorker> worker = m_context->currentWorker();
    connect(dialog, &QDialog::accepted, this, [this, dialog, worker] {
        if (!worker || worker != m_context->currentWorker()) {
            m_context->showStatus(tr("The token changed; nothing was deleted"));
            return;
        }
        runDelete(dialog->objectsToDelete());
    });
    dialog->open();
}

void ObjectActions::runDelete(const QList<ObjectSummary>& objects) {
    setBusy(true);
    m_context->showStatus(tr("Deleting %n object(s)…", nullptr, static_cast<int>(objects.size())));
    m_context->currentWorker()->submit(
        this,
        [objects](WorkerContext& c) -> Result<objects::DeleteReport> {
            const QString operation = QCoreApplication::translate("hsm::ObjectActions", "Deleting objects");
            Result<Session*> session = sessionOf(c);
            if (!session)
                return session.error();
            if (Result<void> w = objects::checkWritable(**session, c.token(), operation); !w)
                return w.error();
            if (Result<void> l = objects::checkLoginFor(**session, objects, operation); !l)
                return l.error();
            return objects::deleteObjects(**session, objects);
        },
        [this](Result<objects::DeleteReport> report) {
            setBusy(false);
            if (!report) {
                m_context->showError(tr("Nothing was deleted"), report.error());
                return;
            }
            m_context->reloadObjects();
            if (report->complete())
                m_context->showStatus(
                    tr("Deleted %n object(s)", nullptr, static_cast<int>(report->deleted.size())));
            else
                m_context->showError(tr("Deleted %1 of %2 objects")
                                         .arg(report->deleted.size())
                                         .arg(report->deleted.size() + report->failed.size()),
                                     report->summaryError());
        });
}

// ---- Edit -----------------------------------------------------------------------------------

void ObjectActions::editSelected() {
    if (!ready())
        return;
    const QList<ObjectSummary> selected = m_context->selectedObjects();
    if (selected.size() != 1)
        return;
    const CK_OBJECT_HANDLE handle = selected.first().handle;
    setBusy(true);
    m_context->currentWorker()->submit(
        this,
        [handle](WorkerContext& c) -> Result<objects::EditableObject> {
            Result<Session*> session = sessionOf(c);
            if (!session)
                return session.error();
            return objects::readEditable(**session, c.token(), handle);
        },
        [this, handle](Result<objects::EditableObject> editable) {
            setBusy(false);
            if (!editable) {
                m_context->showError(tr("Reading the object's attributes failed"), editable.error());
                return;
            }
            auto* dialog =
                new EditObjectDialog(*editable, m_context->isLoggedIn(), m_context->dialogParent());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog = dialog;
            QPointer<TokenWorker> worker = m_context->currentWorker();
            connect(dialog, &QDialog::accepted, this, [this, dialog, worker, handle] {
                const objects::ObjectEdit edit = dialog->edit();
                if (!worker || worker != m_context->currentWorker()) {
                    m_context->showStatus(tr("The token changed; nothing was saved"));
                    return;
                }
                setBusy(true);
                worker->submit(
                    this,
                    [handle, edit](WorkerContext& c) -> Result<QList<CK_ATTRIBUTE_TYPE>> {
                        Result<Session*> session = sessionOf(c);
                        if (!session)
                            return session.error();
                        return objects::applyEdit(**session, c.token(), handle, edit);
                    },
                    [this](Result<QList<CK_ATTRIBUTE_TYPE>> changed) {
                        setBusy(false);
                        if (!changed) {
                            m_context->showError(tr("The object was not changed"), changed.error());
                            return;
                        }
                        m_context->reloadObjects();
                        m_context->showStatus(changed->isEmpty() ? tr("Nothing to change")
                                                                 : tr("Changed %n attribute(s)", nullptr,
                                                                      static_cast<int>(changed->size())));
                    });
            });
            dialog->open();
        });
}

// ---- New data object ------------------------------------------------------------------------

void ObjectActions::newDataObject() {
    if (!ready())
        return;
    auto* dialog = new DataObjectDialog(m_context->isLoggedIn(), m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    QPointer<TokenWorker> worker = m_context->currentWorker();
    connect(dialog, &QDialog::accepted, this, [this, dialog, worker] {
        const objects::DataObjectSpec spec = dialog->spec();
        if (!worker || worker != m_context->currentWorker()) {
            m_context->showStatus(tr("The token changed; nothing was created"));
            return;
        }
        setBusy(true);
        worker->submit(
            this,
            [spec](WorkerContext& c) -> Result<ObjectSummary> {
                Result<Session*> session = sessionOf(c);
                if (!session)
                    return session.error();
                return objects::createDataObject(**session, c.token(), spec);
            },
            [this](Result<ObjectSummary> created) {
                setBusy(false);
                if (!created) {
                    m_context->showError(tr("The data object was not created"), created.error());
                    return;
                }
                m_context->reloadObjects();
                m_context->showStatus(tr("Created %1").arg(objects::describe(*created)));
            });
    });
    dialog->open();
}

// ---- Export ---------------------------------------------------------------------------------

void ObjectActions::exportSelected() {
    if (!ready())
        return;
    const QList<ObjectSummary> selected = m_context->selectedObjects();
    if (selected.size() != 1 || exporting::kindOf(selected.first()) == exporting::Kind::None)
        return;
    const ObjectSummary object = selected.first();
    setBusy(true);
    // The bytes are fetched first, so a key without public parts fails before a file is chosen.
    m_context->currentWorker()->submit(
        this,
        [object](WorkerContext& c) -> Result<exporting::Payload> {
            Result<Session*> session = sessionOf(c);
            if (!session)
                return session.error();
            return exporting::fetch(**session, c.token(), object);
        },
        [this, object](Result<exporting::Payload> payload) {
            setBusy(false);
            if (!payload) {
                m_context->showError(tr("Exporting %1 failed").arg(objects::describe(object)),
                                     payload.error());
                return;
            }
            askExportFile(object, *payload);
        });
}

void ObjectActions::askExportFile(const ObjectSummary& object, const exporting::Payload& payload) {
    QStringList filters;
    QList<exporting::Format> formats;
    QStringList suffixes;
    switch (payload.kind) {
    case exporting::Kind::Certificate:
        filters << tr("PEM certificate (*.pem *.crt)") << tr("DER certificate (*.der *.cer)");
        formats << exporting::Format::Pem << exporting::Format::Der;
        suffixes << QStringLiteral("pem") << QStringLiteral("der");
        break;
    case exporting::Kind::PublicKey:
        filters << tr("PEM public key (*.pem)") << tr("DER public key (*.der)");
        formats << exporting::Format::Pem << exporting::Format::Der;
        suffixes << QStringLiteral("pem") << QStringLiteral("der");
        break;
    case exporting::Kind::DataValue:
        filters << tr("Raw bytes (*)");
        formats << exporting::Format::Raw;
        suffixes << QStringLiteral("bin");
        break;
    case exporting::Kind::None:
        return;
    }
    // A real file dialog: it asks before overwriting a file (QFileDialog's own confirmation).
    auto* dialog = new QFileDialog(m_context->dialogParent(), tr("Export %1").arg(objects::describe(object)));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.first());
    dialog->selectFile(payload.suggestedName + QLatin1Char('.') + suffixes.first());
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters, suffixes](const QString& filter) {
        dialog->setDefaultSuffix(suffixes.value(std::max<qsizetype>(0, filters.indexOf(filter))));
    });
    m_dialog = dialog;
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, payload, filters, formats](const QString& path) {
                const qsizetype index = std::max<qsizetype>(0, filters.indexOf(dialog->selectedNameFilter()));
                writeExport(payload, formats.value(index), path);
            });
    dialog->open();
}

void ObjectActions::writeExport(const exporting::Payload& payload, exporting::Format format,
                                const QString& path) {
    Result<QByteArray> bytes = exporting::encode(payload, format);
    if (!bytes) {
        m_context->showError(tr("Export failed"), bytes.error());
        return;
    }
    // QSaveFile writes a temporary file and renames it on commit: a failure leaves nothing half written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        m_context->showError(tr("Export failed"),
                             Error::other(QStringLiteral("QSaveFile"),
                                          tr("Could not write “%1”: %2").arg(path, file.errorString()),
                                          tr("Choose a folder you can write to.")));
        return;
    }
    m_context->showStatus(
        tr("Exported to %1 (%n byte(s))", nullptr, static_cast<int>(bytes->size())).arg(path));
}

} // namespace hsm
