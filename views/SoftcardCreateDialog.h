#pragma once

#include "SecureBuffer.h"
#include "SoftcardProvider.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hsm {

/// Asks for a new softcard's name and secrets: SO PIN and user PIN (each twice) for token
/// softcards, the passphrase twice for nShield. Lengths, matching and (nShield) allowed characters
/// are checked as the user types; OK stays disabled until everything fits.
class SoftcardCreateDialog : public QDialog {
    Q_OBJECT
public:
    SoftcardCreateDialog(SoftcardProviderKind kind, const SoftcardLimits& limits, const QString& where,
                         QWidget* parent = nullptr);

    struct Answer {
        QString name;
        SecureBuffer soPin; ///< empty for nShield
        SecureBuffer pin;   ///< user PIN or passphrase
    };
    /// The answer, moved into locked memory; the fields are cleared.
    [[nodiscard]] Answer takeAnswer();

private:
    void validate();
    QLineEdit* addSecret(const QString& label, const QString& objectName);

    SoftcardProviderKind m_kind;
    SoftcardLimits m_limits;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_soPin = nullptr;
    QLineEdit* m_soPinAgain = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace hsm
