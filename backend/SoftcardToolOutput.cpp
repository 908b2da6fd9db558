#include "SoftcardToolOutput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hsm::softcardtool {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::softcardtool", text);
}

SoftcardResult<QList<Softcard>> unexpected(const QString& what, const QString& line) {
    return {Error::other(QStringLiteral("softcardtool -l"),
                         tr("unexpected output from softcardtool: %1: “%2”").arg(what, line.left(200)),
                         hintFor(SoftcardProblem::UnexpectedOutput)),
            SoftcardProblem::UnexpectedOutput};
}

} // namespace

SoftcardResult<QList<Softcard>> parseList(const QString& output) {
    static const QRegularExpression headerRe(QStringLiteral("^Softcards:\\s*(\\d+)$"));
    static const QRegularExpression blockRe(QStringLiteral("^softcard\\s+(\\d+):$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fieldRe(QStringLiteral("^\\s+([A-Za-z ]+):\\s*(.*)$"));
    static const QRegularExpression idRe(QStringLiteral("^[0-9A-Za-z]+$"));

    std::optional<int> announced;
    QList<Softcard> cards;
    bool inBlock = false;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!announced) {
            const auto header = headerRe.match(line.trimmed());
            if (!header.hasMatch())
                return unexpected(tr("expected “Softcards: N” first"), line);
            announced = header.captured(1).toInt();
            continue;
        }
        if (blockRe.match(line.trimmed()).hasMatch() && !line.startsWith(QLatin1Char(' '))) {
            cards << Softcard{};
            inBlock = true;
            continue;
        }
        const auto field = fieldRe.match(line);
        if (!inBlock || !field.hasMatch())
            return unexpected(tr("line not understood"), line);
        const QString key = field.captured(1).trimmed().toLower();
        const QString value = field.captured(2).trimmed();
        Softcard& card = cards.last();
        if (key == QLatin1String("id")) {
            if (!idRe.match(value).hasMatch())
                return unexpected(tr("softcard ID is not alphanumeric"), line);
            card.id = value;
        } else if (key == QLatin1String("name")) {
            card.name = value;
        } else if (key == QLatin1String("keys")) {
            bool ok = false;
            card.keyCount = value.toInt(&ok);
            if (!ok || card.keyCount < 0)
                return unexpected(tr("key count is not a number"), line);
        }
        // Other "Key: value" lines are details a newer tool may add; they do not change the list.
    }
    if (!announced)
        return unexpected(tr("no output at all"), QString());
    if (*announced != cards.size())
        return unexpected(tr("%1 softcards announced, %2 listed").arg(*announced).arg(cards.size()),
                          QStringLiteral("Softcards: %1").arg(*announced));
    for (Softcard& card : cards) {
        if (card.id.isEmpty() || card.name.isEmpty())
            return unexpected(tr("a softcard without ID or name"), card.id.isEmpty() ? card.name : card.id);
        card.state = card.keyCount > 0 ? tr("has keys") : tr("ready");
    }
    return cards;
}

std::optional<QString> parseGeneratedId(const QString& output) {
    static const QRegularExpression re(QStringLiteral("\\bID[:=\\s]+([0-9A-Fa-f]{8,})\\b"));
    const auto match = re.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

std::optional<int> parseSoftcardCount(const QString& output) {
    static const QRegularExpression re(QStringLiteral("^Softcards:\\s*(\\d+)\\s*$"),
                                       QRegularExpression::MultilineOption);
    const auto match = re.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

SoftcardProblem classifyFailure(const QString& output) {
    struct Pattern {
        const char* regex;
        SoftcardProblem problem;
    };
    // Order matters: "cannot connect … unknown host" is about the server, not an unknown softcard.
    static const Pattern patterns[] = {
        {"connect|unreachable|connection refused|timed out|tls|certificate|handshake",
         SoftcardProblem::ServerUnreachable},
        {"still has .*keys?|has keys|remove (all |its )?(the )?keys|keys? (exist|remain)",
         SoftcardProblem::HasKeys},
        {"unsupported character|invalid character|special character|not supported",
         SoftcardProblem::InvalidInput},
        {"no softcard|unknown (softcard|id)|not found|does not exist", SoftcardProblem::UnknownSoftcard},
    };
    for (const Pattern& p : patterns) {
        const QRegularExpression re(QString::fromLatin1(p.regex), QRegularExpression::CaseInsensitiveOption);
        if (re.match(output).hasMatch())
            return p.problem;
    }
    return SoftcardProblem::ToolFailed;
}

QString hintFor(SoftcardProblem problem) {
    switch (problem) {
    case SoftcardProblem::ServerUnreachable:
        return tr("check the Web Services server address and the client certificate in "
                  "pkcs11webservices.cfg (softcardtool uses the library's configuration), then verify "
                  "the connection (softcardtool -v1).");
    case SoftcardProblem::HasKeys:
        return tr("delete the softcard's keys first (log in to its token and delete its objects), then "
                  "delete the softcard again.");
    case SoftcardProblem::InvalidInput:
        return tr("use only letters, digits, '-' and '_' in softcard names and passphrases.");
    case SoftcardProblem::UnknownSoftcard:
        return tr("refresh the list: the softcard may have been deleted already.");
    case SoftcardProblem::UnexpectedOutput:
        return tr("this softcardtool prints something HSM Workbench does not know; run it by hand "
                  "(softcardtool -l) to see what it says, and report its version (softcardtool -V).");
    case SoftcardProblem::ToolMissing:
        return tr("install the nShield Web Services PKCS#11 package or set the path of softcardtool.");
    case SoftcardProblem::ToolTimeout:
        return tr("the Web Services server may be slow or unreachable; verify the connection.");
    default:
        return tr("see softcardtool's message above; run it by hand with -v for details.");
    }
}

} // namespace hsm::softcardtool
