#pragma once

#include "Result.h"
#include "SoftcardProvider.h"

#include <QList>
#include <QString>
#include <optional>

/// Everything HSM Workbench reads from nShield's softcardtool output, in one place: when the real
/// tool's wording is known, only this file changes. The guide (seeds/001, section 5.1) documents
/// the command line but shows no output, so the formats below are our assumptions; the stand-in
/// tests/softcards/softcardtool-standin prints exactly these.
namespace hsm::softcardtool {

/// Parses `softcardtool -l`. Assumed format (the guide does not show one):
///
///     Softcards: 2
///     softcard 1:
///       ID: 5c0e…(hex)
///       Name: alpha
///       Keys: 0
///     softcard 2:
///       …
///
/// "Keys" is optional. Anything else (a line outside this shape, a count that does not match the
/// blocks, a block without ID or Name) is unexpected output: an error quoting the offending line.
[[nodiscard]] SoftcardResult<QList<Softcard>> parseList(const QString& output);

/// The ID in `softcardtool -g` output ("… generated with ID 5c0e…" or "ID: 5c0e…"), if it names one.
[[nodiscard]] std::optional<QString> parseGeneratedId(const QString& output);

/// The number in a "Softcards: N" line of verbose output, if any (for the verify report).
[[nodiscard]] std::optional<int> parseSoftcardCount(const QString& output);

/// What a failed run's message is about, by its wording (assumed, see above). The message itself is
/// always shown verbatim; this only picks the hint and lets the GUI offer the next step.
[[nodiscard]] SoftcardProblem classifyFailure(const QString& output);

/// What to try for a failure of that kind.
[[nodiscard]] QString hintFor(SoftcardProblem problem);

} // namespace hsm::softcardtool
