#pragma once

#include "SecureBuffer.h"
#include "Types.h"

#include <QString>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace hsm {

struct PinAssessment;

/// Widgets and checks shared by the PIN dialogs (login, PIN change, token initialisation), so they
/// word, limit and wipe PINs alike.
namespace pinfields {
/// A password field for a PIN of `token`, its maximum length limited to what the token accepts.
[[nodiscard]] QLineEdit* makePinEdit(QWidget* parent, const QString& objectName,
                                     const QString& accessibleName, const TokenInfo& token);
/// UTF-8 length of the field's text, counted without copying the PIN into another buffer.
[[nodiscard]] int utf8Length(const QLineEdit* edit);
/// What is wrong with `edit` for `which` ("new user PIN") against the token's limits; empty when fine.
[[nodiscard]] QString lengthProblem(const TokenInfo& token, const QLineEdit* edit, const QString& which);
/// The limits as shown next to the fields ("4 to 255 bytes"); empty when the token states none.
[[nodiscard]] QString limitsText(const TokenInfo& token);
/// The field's text in a SecureBuffer; the field is wiped.
[[nodiscard]] std::shared_ptr<SecureBuffer> take(QLineEdit* edit);
/// Overwrites and clears the field and its undo history.
void wipe(QLineEdit* edit);

/// Adds "PINs on this token are … long." ("pinLimits") when the token states limits and has fields.
void addLimitsNote(QWidget* parent, QBoxLayout* layout, const TokenInfo& token);

/// What every PIN dialog shows under its fields: the note for pin-pad tokens ("pinPadNote"), the
/// token's PIN-flag warning ("pinWarning": COUNT_LOW, FINAL_TRY, LOCKED as assessPin words them) and
/// the tick that confirms a final try ("confirmFinalTry").
struct FlagWidgets {
    QLabel* pinPadNote = nullptr;
    QLabel* warning = nullptr;
    QCheckBox* confirmFinalTry = nullptr;

    /// Shows the assessment's message, coloured by how serious it is, and the tick for a final try.
    void show(const PinAssessment& assessment) const;
};
/// Adds the flag widgets to `layout`; `finalTryText` is the tick's text.
[[nodiscard]] FlagWidgets addFlagWidgets(QWidget* parent, QBoxLayout* layout, const QString& pinPadText,
                                         const QString& finalTryText);

} // namespace pinfields

} // namespace hsm
