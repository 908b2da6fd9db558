#pragma once

#include "SoftcardProvider.h"
#include "SoftcardsView.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QMessageBox;

namespace hsm {

class SoftcardModel;
class WindowContext;

/// The Softcards feature: a tab in the centre (softcards belong to a module, not to the selected
/// token, and the table needs the room of a tab more than the constant presence of a dock), the
/// provider chosen from the module and changeable, and create/delete/refresh/verify run off the
/// GUI thread. After a change the module tree is refreshed; SoftHSM2 is loaded again because it
/// reads its token folder only when initialised.
class SoftcardController : public QObject {
    Q_OBJECT
public:
    explicit SoftcardController(WindowContext* context);
    ~SoftcardController() override;

    [[nodiscard]] SoftcardsView* view() const { return m_view; }
    [[nodiscard]] SoftcardModel* model() const { return m_model; }
    /// A tool that runs longer is killed (tests shorten it).
    void setToolTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void refresh();
    void createSoftcard();
    void deleteSelected();
    void verifyConnection();

signals:
    /// A provider job finished (listing, create, delete, verify), successfully or not.
    void jobFinished();

private:
    [[nodiscard]] SoftcardProviderKind currentKind() const;
    [[nodiscard]] QString currentModulePath() const;
    [[nodiscard]] std::shared_ptr<SoftcardProvider> makeProvider() const;
    void fillModules();
    void onModuleChosen();
    void onProviderChosen();
    void followCurrentToken();
    void updateButtons();
    void setBusy(bool busy, const QString& text = {});
    void afterChange(SoftcardProviderKind kind, const QString& modulePath, bool deleted);
    void removeSoftcard(const Softcard& card);
    void offerKeyRemoval(const Softcard& card, const Error& error);
    void deleteKeysThenSoftcard(const Softcard& card);
    void browseForTool();
    /// After SoftHSM2 was loaded again: select the token that was selected before (by serial) if it
    /// still exists, and say that logins to the module ended.
    void afterReload(const QString& modulePath);

    /// Runs `job` on the thread pool; `done` gets its result on the GUI thread.
    template <typename R> void runJob(std::function<R()> job, std::function<void(R&)> done);

    WindowContext* m_context;
    SoftcardModel* m_model;
    QPointer<SoftcardsView> m_view;
    QAction* m_showAction = nullptr;
    QFuture<void> m_running;
    bool m_busy = false;
    int m_timeoutMs = 60000;
    QString m_reloadingModule; ///< SoftHSM2 module being loaded again after a change
    QString m_reselectSerial;  ///< serial of the token selected in that module before the reload
};

} // namespace hsm
