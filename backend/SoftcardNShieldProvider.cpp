#include "SoftcardNShieldProvider.h"

#include "SoftcardToolOutput.h"

#include <QCoreApplication>
#include <cctype>

namespace hsm {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("hsm::NShieldSoftcardProvider", text, nullptr, n);
}

bool allowedChar(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

SoftcardResult<void> refuse(const QString& call, const QString& message) {
    return {Error::other(call, message, softcardtool::hintFor(SoftcardProblem::InvalidInput)),
            SoftcardProblem::InvalidInput};
}

} // namespace

NShieldSoftcardProvider::NShieldSoftcardProvider(QString toolPath, int timeoutMs)
    : m_toolPath(std::move(toolPath)), m_timeoutMs(timeoutMs) {}

QString NShieldSoftcardProvider::location() const {
    return tr("softcardtool %1 (uses pkcs11webservices.cfg)").arg(m_toolPath);
}

SoftcardResult<void> NShieldSoftcardProvider::checkName(const QString& name) {
    const QString call = QStringLiteral("softcardtool -g");
    if (name.isEmpty())
        return refuse(call, tr("the softcard needs a name"));
    if (name.size() > kMaxNameLength)
        return refuse(call, tr("the softcard name is longer than %1 characters").arg(kMaxNameLength));
    for (const QChar c : name)
        if (c.unicode() > 0x7f || !allowedChar(static_cast<unsigned char>(c.unicode())))
            return refuse(call, tr("the softcard name contains “%1”: softcardtool does not support special "
                                   "characters (allowed: letters, digits, '-' and '_')")
                                    .arg(c == QLatin1Char(' ') ? tr("a space") : QString(c)));
    return {};
}

SoftcardResult<void> NShieldSoftcardProvider::checkPassphrase(const SecureBuffer& passphrase) {
    const QString call = QStringLiteral("softcardtool -g");
    if (passphrase.size() < static_cast<std::size_t>(kMinPassphraseLength) ||
        passphrase.size() > static_cast<std::size_t>(kMaxPassphraseLength))
        return refuse(call, tr("the passphrase must have %1 to %2 characters")
                                .arg(kMinPassphraseLength)
                                .arg(kMaxPassphraseLength));
    for (std::size_t i = 0; i < passphrase.size(); ++i)
        if (!allowedChar(passphrase.data()[i]))
            // The offending character is not named: it is part of a secret.
            return refuse(call, tr("the passphrase contains a character softcardtool does not support "
                                   "(allowed: letters, digits, '-' and '_')"));
    return {};
}

SoftcardResult<void> NShieldSoftcardProvider::checkId(const QString& id) {
    const QString call = QStringLiteral("softcardtool -d");
    if (id.isEmpty())
        return refuse(call, tr("no softcard ID was given"));
    for (const QChar c : id)
        if (c.unicode() > 0x7f || !std::isalnum(static_cast<unsigned char>(c.unicode())))
            return refuse(call, tr("“%1” is not a softcard ID (letters and digits only)").arg(id));
    return {};
}

SoftcardResult<ToolRun> NShieldSoftcardProvider::run(const QStringList& arguments,
                                                     const SecureBuffer* secret) {
    const QString call = QStringLiteral("softcardtool %1").arg(arguments.join(QLatin1Char(' ')));
    ToolRun run = runTool(m_toolPath, arguments, m_timeoutMs, secret);
    switch (run.end) {
    case ToolRun::End::NotFound:
        return {Error::other(call, tr("softcardtool not found: %1").arg(run.startError),
                             softcardtool::hintFor(SoftcardProblem::ToolMissing)),
                SoftcardProblem::ToolMissing};
    case ToolRun::End::FailedToStart:
        return {Error::other(call, tr("softcardtool could not be started: %1").arg(run.startError),
                             softcardtool::hintFor(SoftcardProblem::ToolMissing)),
                SoftcardProblem::ToolMissing};
    case ToolRun::End::TimedOut:
        return {Error::other(call,
                             tr("softcardtool did not finish within %1 s and was stopped%2")
                                 .arg(m_timeoutMs / 1000.0, 0, 'g', 3)
                                 .arg(run.text().isEmpty() ? QString() : QStringLiteral(": ") + run.text()),
                             softcardtool::hintFor(SoftcardProblem::ToolTimeout)),
                SoftcardProblem::ToolTimeout};
    case ToolRun::End::Crashed:
        return {Error::other(call, tr("softcardtool crashed: %1").arg(run.text()),
                             softcardtool::hintFor(SoftcardProblem::ToolFailed)),
                SoftcardProblem::ToolFailed};
    case ToolRun::End::Finished:
        break;
    }
    if (run.exitCode != 0) {
        // The tool's own words, verbatim, then what we make of them.
        const QString text = run.text();
        const SoftcardProblem problem = softcardtool::classifyFailure(text);
        return {Error::other(call,
                             tr("softcardtool failed (exit code %1): %2")
                                 .arg(run.exitCode)
                                 .arg(text.isEmpty() ? tr("no message") : text),
                             softcardtool::hintFor(problem)),
                problem};
    }
    return run;
}

SoftcardResult<QList<Softcard>> NShieldSoftcardProvider::list() {
    auto result = run({QStringLiteral("-l")});
    if (!result)
        return {result.error(), result.problem()};
    return softcardtool::parseList(QString::fromLocal8Bit(result->out));
}

SoftcardResult<Softcard> NShieldSoftcardProvider::create(const SoftcardCreateRequest& request) {
    if (auto name = checkName(request.name); !name)
        return {name.error(), name.problem()};
    if (request.pin == nullptr)
        return {Error::other(QStringLiteral("softcardtool -g"), tr("no passphrase was given")),
                SoftcardProblem::InvalidInput};
    if (auto pass = checkPassphrase(*request.pin); !pass)
        return {pass.error(), pass.problem()};

    // Names need not be unique to the tool, but two softcards of one name are two tokens of one label.
    auto before = list();
    if (!before)
        return {before.error(), before.problem()};
    for (const Softcard& card : *before)
        if (card.name == request.name)
            return {Error::other(QStringLiteral("softcardtool -g"),
                                 tr("a softcard named “%1” exists already (ID %2)").arg(card.name, card.id),
                                 tr("choose another name.")),
                    SoftcardProblem::InvalidInput};

    const QStringList args{QStringLiteral("-g"), QStringLiteral("--name=%1").arg(request.name)};
    auto generated = run(args, request.pin);
    if (!generated)
        return {generated.error(), generated.problem()};
    const QString call = QStringLiteral("softcardtool %1").arg(args.join(QLatin1Char(' ')));
    if (generated->promptsAnswered == 0)
        return {Error::other(
                    call,
                    tr("softcardtool ended without asking for the passphrase: %1").arg(generated->text()),
                    softcardtool::hintFor(SoftcardProblem::UnexpectedOutput)),
                SoftcardProblem::UnexpectedOutput};

    // The new softcard as the tool lists it: its ID is what deleting needs.
    auto after = list();
    if (!after)
        return {after.error(), after.problem()};
    const std::optional<QString> id = softcardtool::parseGeneratedId(generated->text());
    for (const Softcard& card : *after)
        if (id ? card.id == *id : card.name == request.name)
            return card;
    return {Error::other(call,
                         tr("softcardtool reported success, but “%1” is not in its list: %2")
                             .arg(request.name, generated->text()),
                         softcardtool::hintFor(SoftcardProblem::UnexpectedOutput)),
            SoftcardProblem::UnexpectedOutput};
}

SoftcardResult<void> NShieldSoftcardProvider::remove(const Softcard& softcard) {
    if (auto id = checkId(softcard.id); !id)
        return id;
    // "--ID" as the guide writes it (its --help lists "-i, --id=ID").
    auto result = run({QStringLiteral("-d"), QStringLiteral("--ID=%1").arg(softcard.id)});
    if (!result) {
        if (result.problem() == SoftcardProblem::HasKeys) {
            Error e = result.error();
            e.message = tr("the softcard “%1” still has keys; its keys must be removed first. %2")
                            .arg(softcard.name, e.message);
            return {e, SoftcardProblem::HasKeys};
        }
        return {result.error(), result.problem()};
    }
    return {};
}

SoftcardResult<QString> NShieldSoftcardProvider::verify() {
    // The guide: "run the tool with the verbose and list options: softcardtool -v1".
    auto result = run({QStringLiteral("-v1")});
    if (!result)
        return {result.error(), result.problem()};
    QString report = result->text();
    if (const auto count = softcardtool::parseSoftcardCount(report))
        report = QCoreApplication::translate("hsm::NShieldSoftcardProvider",
                                             "Connected; %n softcard(s) on the server.", nullptr, *count) +
                 QStringLiteral("\n\n") + report;
    else
        report = tr("softcardtool -v1 succeeded.") + QStringLiteral("\n\n") + report;
    return report;
}

} // namespace hsm
