#pragma once

#include "PinFields.h"
#include "Types.h"

#include <QDialog>
#include <QList>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hsm {

/// What PinChangeDialog and InitTokenDialog share: the token's PIN-flag widgets, the inline message
/// about what keeps OK disabled, and PIN fields wiped on every way out of the dialog.
class PinDialog : public QDialog {
public:
    /// The inline message about what keeps OK disabled (empty when OK is enabled or nothing was typed).
    [[nodiscard]] QString problemText() const;

    void reject() override;

protected:
    PinDialog(const TokenInfo& token, QWidget* parent);

    /// Empty when the dialog can be accepted, else why not.
    [[nodiscard]] virtual QString problem() const = 0;
    /// Every field that may hold a PIN.
    [[nodiscard]] virtual QList<QLineEdit*> pinFields() const = 0;

    /// Adds the inline problem message (`problemName`) and OK/Cancel, OK reading `okText`.
    void addProblemAndButtons(QBoxLayout* layout, const QString& problemName, const QString& okText);
    /// Shows problem() unless `quiet` (nothing typed yet), and enables OK when there is none.
    void showProblem(bool quiet);
    /// Overwrites and clears every PIN field; derived destructors call it too (a base destructor
    /// cannot reach their fields).
    void wipeFields();

    TokenInfo m_token;
    bool m_pinPad = false;
    pinfields::FlagWidgets m_flags;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hsm
