#include "KeyGenRunPage.h"

#include "Formatting.h"
#include "KeyGenWizard.h"
#include "Pkcs11Names.h"
#include "WindowContext.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTextOption>
#include <QTimer>
#include <QVBoxLayout>

namespace hsm {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm", text);
}

QString describeKey(const keygen::KeySpec& spec) {
    return keygen::isKeyPair(spec.kind) ? tr("%1 key pair “%2”").arg(keygen::kindName(spec.kind), spec.label)
                                        : tr("%1 key “%2”").arg(keygen::kindName(spec.kind), spec.label);
}

QString droppedNames(const QList<CK_ATTRIBUTE_TYPE>& dropped) {
    QStringList names;
    for (CK_ATTRIBUTE_TYPE type : dropped)
        names << names::attribute(type);
    return names.join(QStringLiteral(", "));
}

/// What the window shows when the wizard was closed before the result came.
void reportToWindow(WindowContext* context, const keygen::KeySpec& spec,
                    const Result<keygen::GenerationResult>& result) {
    if (!result) {
        context->showError(tr("Generating the %1 failed").arg(describeKey(spec)), result.error());
        return;
    }
    context->reloadObjects();
    QString text = tr("Generated the %1").arg(describeKey(spec));
    if (!result->abandonNote.isEmpty())
        text += QStringLiteral(" — ") + result->abandonNote;
    context->showStatus(text, 15000);
}

} // namespace

KeyGenRunPage::KeyGenRunPage(KeyGenWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_abandonFlag(std::make_shared<std::atomic_bool>(false)) {
    setObjectName(QStringLiteral("keyRunPage"));
    setTitle(tr("Generating"));
    setSubTitle(tr("The token generates the key. The main window stays usable meanwhile."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setAccessibleName(tr("Generation progress"));
    m_progress->setRange(0, 0); // busy: a module does not say how far it is
    m_progress->setTextVisible(false);
    row->addWidget(m_progress, 1);
    m_abandon = new QPushButton(tr("A&bandon"), this);
    m_abandon->setObjectName(QStringLiteral("abandonButton"));
    m_abandon->setAccessibleName(tr("Abandon the generation"));
    m_abandon->setToolTip(tr("Stop waiting. The module finishes what it started; a key pair is kept complete "
                             "or removed, and you are told which."));
    row->addWidget(m_abandon);
    layout->addLayout(row);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setAccessibleName(tr("Generation result"));
    m_result->setReadOnly(true);
    // URIs are long: wrapped anywhere so all of them can be read without scrolling.
    m_result->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_result->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_result, 1);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &KeyGenRunPage::tick);
    connect(m_abandon, &QPushButton::clicked, this, &KeyGenRunPage::abandon);
}

void KeyGenRunPage::initializePage() {
    // Reached once: the preview page is a commit page, so there is no way back to generate twice.
    if (m_started)
        return;
    m_started = true;
    m_spec = m_wizard->spec();
    m_templates = keygen::buildTemplates(m_spec, m_wizard->mechanisms());
    start(false);
}

bool KeyGenRunPage::isComplete() const {
    return m_started && !m_running;
}

void KeyGenRunPage::setStatus(const QString& text, const QString& style) {
    m_status->setText(text);
    m_status->setStyleSheet(style);
}

void KeyGenRunPage::tick() {
    if (!m_running)
        return;
    const QString elapsed = tr("%1 s").arg(m_clock.elapsed() / 1000);
    if (m_abandoned)
        setStatus(tr("Abandoned (%1). The module cannot be interrupted: waiting for it so that no half key "
                     "pair is left behind. You can close this wizard; the window reports the outcome.")
                      .arg(elapsed),
                  QStringLiteral("QLabel { color: #664d03; }"));
    else
        setStatus(
            tr("Generating the %1 on “%2”… %3").arg(describeKey(m_spec), m_wizard->token().label, elapsed));
}

void KeyGenRunPage::start(bool relaxed) {
    TokenWorker* worker = m_wizard->worker();
    if (worker == nullptr) {
        failed(Error::other(QStringLiteral("keygen"), tr("the token is no longer available"),
                            tr("Select the token again and repeat the generation.")));
        return;
    }
    m_running = true;
    m_abandon->setEnabled(true);
    m_abandon->show();
    m_progress->show();
    m_clock.start();
    m_ticker->start();
    tick();
    emit completeChanged();

    // The job runs on the token's thread. The result goes to the window's context, which outlives
    // this wizard: closed meanwhile, the window still reports what happened.
    const auto flag = m_abandonFlag;
    const auto job = [spec = m_spec, templates = m_templates, flag,
                      relaxed](WorkerContext& context) -> Result<keygen::GenerationResult> {
        if (flag->load())
            return Error::other(QStringLiteral("keygen"),
                                tr("abandoned before the module started; nothing was generated"));
        Result<Session*> session = context.session();
        if (!session)
            return session.error();
        const Result<bool> loggedIn = (*session)->isLoggedIn();
        if (loggedIn.ok() && !loggedIn.value())
            return Error::other(QStringLiteral("keygen"), tr("the session is not logged in"),
                                tr("Log in to the token (Token ▸ Log in) and generate again."));
        const TokenInfo token = context.token();
        return relaxed ? keygen::generateRelaxed(**session, token, spec, templates, flag.get())
                       : keygen::generate(**session, token, spec, templates, flag.get());
    };
    QPointer<KeyGenRunPage> page(this);
    WindowContext* context = m_wizard->context();
    m_job = worker->submit(context, job,
                           [page, context, spec = m_spec, relaxed](Result<keygen::GenerationResult> result) {
                               if (page)
                                   page->finished(std::move(result), relaxed);
                               else
                                   reportToWindow(context, spec, result);
                           });
}

void KeyGenRunPage::abandon() {
    if (!m_running || m_abandoned)
        return;
    m_abandoned = true;
    m_abandonFlag->store(true);
    m_job.abandon();
    m_abandon->setEnabled(false);
    tick();
}

void KeyGenRunPage::finished(Result<keygen::GenerationResult> result, bool relaxed) {
    m_running = false;
    m_ticker->stop();
    m_abandon->setEnabled(false);
    m_abandon->hide();
    m_progress->hide();
    if (result) {
        succeeded(result.value());
    } else if (!relaxed && !m_abandoned && keygen::isTemplateError(result.error().rv)) {
        askRelax(result.error());
        return; // still on this page, waiting for the user's answer
    } else {
        failed(result.error());
    }
    emit completeChanged();
}

void KeyGenRunPage::succeeded(const keygen::GenerationResult& result) {
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    QStringList lines;
    lines << tr("Generated the %1 in %2 s.").arg(describeKey(m_spec)).arg(seconds, 0, 'f', 1);
    if (!result.abandonNote.isEmpty())
        lines << tr("Abandoned while the module was generating: %1").arg(result.abandonNote);
    if (!result.droppedAttributes.isEmpty())
        lines << tr("Left out so that the module accepted the template: %1. The key does not have it.")
                     .arg(droppedNames(result.droppedAttributes));
    if (!result.id.isEmpty())
        lines << tr("ID: %1").arg(QString::fromLatin1(result.id.toHex()));
    lines << QString() << tr("Objects created:");
    for (const keygen::CreatedObject& object : result.objects)
        lines << QStringLiteral("  %1:").arg(format::objectClass(object.objectClass))
              << QStringLiteral("    %1").arg(object.uri);
    if (result.objects.isEmpty())
        lines << tr("  none");
    m_result->setPlainText(lines.join(QLatin1Char('\n')));

    QString status = result.abandonNote.isEmpty()
                         ? tr("Done: the %1 is on the token.").arg(describeKey(m_spec))
                         : tr("Abandoned: %1").arg(result.abandonNote);
    if (!result.droppedAttributes.isEmpty())
        status += QLatin1Char(' ') + tr("(without %1)").arg(droppedNames(result.droppedAttributes));
    setStatus(status, QStringLiteral("QLabel { color: #1b5e20; }"));
    m_wizard->context()->reloadObjects();
    m_wizard->context()->showStatus(
        tr("Generated the %1").arg(describeKey(m_spec)) +
            (result.abandonNote.isEmpty() ? QString() : QStringLiteral(" — ") + result.abandonNote),
        15000);
}

void KeyGenRunPage::failed(const Error& error) {
    m_running = false;
    m_ticker->stop();
    m_abandon->setEnabled(false);
    m_abandon->hide();
    m_progress->hide();
    QStringList lines;
    lines << tr("%1 failed: %2").arg(error.call, error.message);
    if (error.isPkcs11())
        lines << tr("Return value: %1").arg(names::rv(error.rv));
    if (!error.hint.isEmpty())
        lines << error.hint;
    if (m_abandoned)
        lines << tr("The generation was abandoned; nothing was left on the token.");
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    setStatus(tr("The %1 was not generated.").arg(describeKey(m_spec)),
              QStringLiteral("QLabel { color: #b00020; }"));
    m_wizard->context()->showError(tr("Generating the %1 failed").arg(describeKey(m_spec)), error);
    emit completeChanged();
}

void KeyGenRunPage::askRelax(const Error& error) {
    setStatus(tr("The module rejected the template (%1).").arg(names::rv(error.rv)),
              QStringLiteral("QLabel { color: #b00020; }"));
    m_result->setPlainText(error.text());
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Template rejected"),
        tr("The module rejected the template: %1\n\nRetry, leaving out one optional attribute at a time "
           "until the module accepts it? The key is then made without that attribute, and you are told "
           "which one it was.")
            .arg(error.text()),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("relaxQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, error](int answer) {
        if (answer == QMessageBox::Yes)
            start(true);
        else
            failed(error);
    });
    box->open(); // window-modal to the wizard; the event loop keeps running
}

} // namespace hsm
