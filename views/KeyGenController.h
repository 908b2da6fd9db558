#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace hsm {

class KeyGenWizard;
class WindowContext;

/// Installs "Generate key…" (Token menu, toolbar, Ctrl+G) and opens the key generation wizard for the
/// selected token, non-modal so the window stays usable while the key is generated.
class KeyGenController : public QObject {
    Q_OBJECT
public:
    explicit KeyGenController(WindowContext* context);

    [[nodiscard]] QAction* action() const { return m_action; }
    /// The open wizard, if any.
    [[nodiscard]] KeyGenWizard* wizard() const;
    /// Opens the wizard for the selected token (or raises the one already open).
    void openWizard();

private:
    void updateAction();

    WindowContext* m_context;
    QAction* m_action = nullptr;
    QPointer<KeyGenWizard> m_wizard;
};

} // namespace hsm
