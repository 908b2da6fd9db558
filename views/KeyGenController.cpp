#include "KeyGenController.h"

#include "ActionSupport.h"
#include "KeyGenWizard.h"
#include "WindowContext.h"

#include <QAction>
#include <QMenu>

namespace hsm {

KeyGenController::KeyGenController(WindowContext* context) : QObject(context), m_context(context) {
    setObjectName(QStringLiteral("keyGenController"));
    m_action =
        makeAction(this, QStringLiteral(":/icons/generate-key.svg"), tr("&Generate key…"),
                   QKeySequence(Qt::CTRL | Qt::Key_G), tr("Generate a key or key pair on the selected token"),
                   QStringLiteral("generateKeyAction"), tr("Generate key"));
    // The window's shortcuts reach it only when it belongs to a widget of the window.
    if (QWidget* window = context->dialogParent())
        window->addAction(m_action);
    if (QMenu* menu = context->menu(WindowContext::Menu::Token))
        menu->addAction(m_action);
    if (QToolBar* toolBar = context->toolBar())
        addToToolBar(toolBar, m_action);
    connect(m_action, &QAction::triggered, this, &KeyGenController::openWizard);
    connect(context, &WindowContext::currentTokenChanged, this, &KeyGenController::updateAction);
    updateAction();
}

KeyGenWizard* KeyGenController::wizard() const {
    return m_wizard.data();
}

void KeyGenController::updateAction() {
    // An uninitialised token has no login and can hold no key yet.
    const auto token = m_context->currentToken();
    m_action->setEnabled(m_context->currentWorker() != nullptr && token && token->has(CKF_TOKEN_INITIALIZED));
}

void KeyGenController::openWizard() {
    if (m_context->currentWorker() == nullptr || !m_context->currentToken())
        return;
    // A wizard already open for this token is raised; another token gets a wizard of its own.
    if (m_wizard && m_wizard->isVisible() && m_wizard->worker() == m_context->currentWorker()) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new KeyGenWizard(m_context, m_context->dialogParent());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Closed, it is only deleted later: a new one must not find the closed one.
    connect(m_wizard, &QDialog::finished, this, [this, closed = m_wizard.data()] {
        if (m_wizard == closed)
            m_wizard = nullptr;
    });
    m_wizard->show();
}

} // namespace hsm
