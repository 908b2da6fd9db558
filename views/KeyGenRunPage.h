#pragma once

#include "KeyGenerator.h"
#include "KeySpec.h"
#include "Result.h"
#include "TokenWorker.h"

#include <QElapsedTimer>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace hsm {

class KeyGenWizard;

/// Page 5: generates on the token's worker (the window stays usable), with a busy indicator and an
/// Abandon button, then lists what was created. A template the module rejects can be retried
/// without one optional attribute at a time, only when the user agrees.
class KeyGenRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeyGenRunPage(KeyGenWizard* wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The module cannot be interrupted: marks the job abandoned; the result still says what happened.
    void abandon();

private:
    void start(bool relaxed);
    void finished(Result<keygen::GenerationResult> result, bool relaxed);
    void succeeded(const keygen::GenerationResult& result);
    void failed(const Error& error);
    void askRelax(const Error& error);
    void setStatus(const QString& text, const QString& style = QString());
    void tick();

    KeyGenWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_abandon = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QTimer* m_ticker = nullptr;
    QElapsedTimer m_clock;
    keygen::KeySpec m_spec;
    keygen::KeyTemplates m_templates;
    JobHandle m_job;
    std::shared_ptr<std::atomic_bool> m_abandonFlag;
    bool m_started = false;
    bool m_running = false;
    bool m_abandoned = false;
};

} // namespace hsm
