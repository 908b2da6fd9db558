#include "CliArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

// A PIN longer than this is not a PIN; the limit also bounds what we read from a file or a pipe.
constexpr std::size_t kMaxPinBytes = 256;

QString commandHelp(const CommandSpec& spec) {
    QString usage = QStringLiteral("hsmwb %1").arg(QLatin1String(spec.name));
    for (const OptionSpec& option : spec.options) {
        QString text = QStringLiteral("--%1").arg(QLatin1String(option.name));
        if (option.valueName)
            text += QLatin1Char(' ') + QLatin1String(option.valueName);
        usage += option.required ? QStringLiteral(" %1").arg(text) : QStringLiteral(" [%1]").arg(text);
    }
    QString help = QCoreApplication::translate("hsm::cli", "Usage: %1").arg(usage) + QLatin1Char('\n') +
                   QCoreApplication::translate("hsm::cli", spec.summary) + QStringLiteral("\n\n");
    for (const OptionSpec& option : spec.options) {
        QString left = QStringLiteral("  --%1").arg(QLatin1String(option.name));
        if (option.valueName)
            left += QLatin1Char(' ') + QLatin1String(option.valueName);
        help += left.leftJustified(22) + QLatin1Char(' ') + tr(option.description) + QLatin1Char('\n');
    }
    help += QStringLiteral("  --help").leftJustified(22) + QLatin1Char(' ') +
            QCoreApplication::translate("hsm::cli", "Show this help.") + QLatin1Char('\n');
    return help;
}

ParsedCommandLine usageError(const QString& message) {
    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::UsageError;
    result.text = message;
    return result;
}

// Reads one line (without its line end) from `file` into secure memory, never through a
// QString or an unwiped buffer.
Result<SecureBuffer> readLine(std::FILE* file, const QString& what) {
    SecureBuffer scratch(kMaxPinBytes + 1);
    std::size_t length = 0;
    int c = 0;
    while ((c = std::fgetc(file)) != EOF && c != '\n') {
        if (length == kMaxPinBytes)
            return Error::other(QStringLiteral("read PIN"), tr("The PIN from %1 is too long.").arg(what));
        scratch.data()[length++] = static_cast<unsigned char>(c);
    }
    SecureBuffer pin(reinterpret_cast<const char*>(scratch.data()), length);
    pin.chopLineEnd(); // a CRLF file leaves '\r'
    return pin;
}

} // namespace

Result<PinSource> PinSource::parse(const QString& text) {
    PinSource source;
    if (text == QLatin1String("-")) {
        source.kind = Kind::StandardInput;
        return source;
    }
    if (text.startsWith(QLatin1String("env:")) && text.size() > 4) {
        source.kind = Kind::Environment;
        source.where = text.mid(4);
        return source;
    }
    if (text.startsWith(QLatin1String("file:")) && text.size() > 5) {
        source.kind = Kind::File;
        source.where = text.mid(5);
        return source;
    }
    // Deliberately does not repeat the argument: it may well be the PIN itself.
    return Error::other(
        QStringLiteral("--pin"),
        QCoreApplication::translate(
            "hsm::cli", "--pin takes where to read the PIN from, not the PIN: a PIN on the command line is "
                        "visible to other users in the process list and stays in shell history."),
        QCoreApplication::translate(
            "hsm::cli", "Use --pin env:NAME, --pin file:PATH or --pin - (one line from standard input)."));
}

Result<SecureBuffer> PinSource::read() const {
    const QString call = QStringLiteral("read PIN");
    switch (kind) {
    case Kind::Environment: {
        const QByteArray name = where.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return Error::other(
                call, QCoreApplication::translate("hsm::cli", "The environment variable %1 is not set.")
                          .arg(where));
        QByteArray value = qgetenv(name.constData());
        SecureBuffer pin = SecureBuffer::takeFrom(value);
        if (pin.isEmpty())
            return Error::other(
                call,
                QCoreApplication::translate("hsm::cli", "The environment variable %1 is empty.").arg(where));
        return pin;
    }
    case Kind::File: {
        const QFileInfo info(where);
        if (!info.exists())
            return Error::other(
                call, QCoreApplication::translate("hsm::cli", "The PIN file %1 does not exist.").arg(where));
        std::FILE* file = std::fopen(QFile::encodeName(where).constData(), "rb");
        if (file == nullptr)
            return Error::other(
                call, QCoreApplication::translate("hsm::cli", "The PIN file %1 cannot be read.").arg(where));
        // No stdio buffer: it would keep a copy of the PIN we cannot wipe.
        std::setvbuf(file, nullptr, _IONBF, 0);
        Result<SecureBuffer> pin = readLine(file, where);
        std::fclose(file);
        if (pin && pin->isEmpty())
            return Error::other(
                call, QCoreApplication::translate("hsm::cli", "The first line of the PIN file %1 is empty.")
                          .arg(where));
        return pin;
    }
    case Kind::StandardInput: {
        // Unbuffered, so no stdio buffer keeps a copy; nothing has read stdin before this.
        std::setvbuf(stdin, nullptr, _IONBF, 0);
        Result<SecureBuffer> pin = readLine(stdin, QCoreApplication::translate("hsm::cli", "standard input"));
        if (pin && pin->isEmpty())
            return Error::other(
                call, QCoreApplication::translate("hsm::cli", "No PIN was read from standard input."));
        return pin;
    }
    }
    return Error::other(call, QCoreApplication::translate("hsm::cli", "Unknown PIN source."));
}

QString generalHelp() {
    QString help = tr("Usage: hsmwb COMMAND [OPTIONS]\n"
                      "Inspect and administer PKCS#11 modules, tokens and objects (HSM Workbench command "
                      "line).\n\n"
                      "Commands:\n");
    for (const CommandSpec& spec : commandSpecs())
        help += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(spec.name).leftJustified(16), tr(spec.summary));
    help += tr("\nMODULE is a module file or the name of a p11-kit registered module (see hsmwb modules).\n"
               "TOKEN is a token label, serial:SERIAL or a pkcs11: URI.\n"
               "SOURCE is env:NAME, file:PATH (first line) or - (one line from standard input);\n"
               "a PIN is never accepted on the command line.\n\n"
               "  --help      Show this help (hsmwb COMMAND --help for a command's options).\n"
               "  --version   Show the version.\n\n"
               "Exit status: 0 success, 1 failure, 2 usage error.\n");
    return help;
}

namespace {

/// The command argv names: one word ("objects") or two ("token init"). `words` is how many it used.
const CommandSpec* findCommand(const QStringList& argv, int& words) {
    const QString first = argv.value(1);
    const QString two = first + QLatin1Char(' ') + argv.value(2);
    for (const CommandSpec& candidate : commandSpecs()) {
        if (two == QLatin1String(candidate.name)) {
            words = 2;
            return &candidate;
        }
    }
    for (const CommandSpec& candidate : commandSpecs()) {
        if (first == QLatin1String(candidate.name)) {
            words = 1;
            return &candidate;
        }
    }
    return nullptr;
}

/// "token" alone, or "token --help": the sub-commands of a command group.
QStringList subcommandsOf(const QString& group) {
    QStringList names;
    const QString prefix = group + QLatin1Char(' ');
    for (const CommandSpec& candidate : commandSpecs())
        if (QLatin1String(candidate.name).startsWith(prefix))
            names << QString::fromLatin1(candidate.name);
    return names;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& argv) {
    if (argv.size() < 2)
        return usageError(tr("No command given (see hsmwb --help)."));
    const QString first = argv.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        ParsedCommandLine result;
        result.action = ParsedCommandLine::Action::Help;
        result.text = generalHelp();
        return result;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        ParsedCommandLine result;
        result.action = ParsedCommandLine::Action::Version;
        return result;
    }

    int words = 1;
    const CommandSpec* spec = findCommand(argv, words);
    if (spec == nullptr) {
        const QStringList group = subcommandsOf(first);
        if (!group.isEmpty()) {
            const QString second = argv.value(2);
            if (second == QLatin1String("--help") || second == QLatin1String("-h")) {
                ParsedCommandLine result;
                result.action = ParsedCommandLine::Action::Help;
                QString text;
                for (const CommandSpec& candidate : commandSpecs())
                    if (group.contains(QLatin1String(candidate.name)))
                        text += QStringLiteral("  %1 %2\n")
                                    .arg(QString::fromLatin1(candidate.name).leftJustified(16),
                                         tr(candidate.summary));
                result.text = text;
                return result;
            }
            return usageError(tr("\"%1\" needs a sub-command: %2 (see hsmwb %1 --help).")
                                  .arg(first, group.join(QStringLiteral(", "))));
        }
        return usageError(tr("Unknown command \"%1\" (see hsmwb --help).").arg(first));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& option : spec->options) {
        QCommandLineOption qtOption(QString::fromLatin1(option.name), tr(option.description));
        if (option.valueName)
            qtOption.setValueName(QString::fromLatin1(option.valueName));
        parser.addOption(qtOption);
    }
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);

    QStringList rest{QStringLiteral("hsmwb")};
    rest << argv.mid(1 + words);
    if (!parser.parse(rest))
        return usageError(tr("%1 (see hsmwb %2 --help)").arg(parser.errorText(), QLatin1String(spec->name)));
    if (parser.isSet(help)) {
        ParsedCommandLine result;
        result.action = ParsedCommandLine::Action::Help;
        result.text = commandHelp(*spec);
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        // Not echoed: a stray argument may be a PIN typed in the wrong place.
        return usageError(
            tr("Unexpected argument after \"%1\" (see hsmwb %1 --help).").arg(QLatin1String(spec->name)));
    for (const OptionSpec& option : spec->options)
        if (option.required && option.valueName &&
            parser.value(QString::fromLatin1(option.name)).trimmed().isEmpty())
            return usageError(tr("hsmwb %1 needs --%2 %3.")
                                  .arg(QLatin1String(spec->name), QLatin1String(option.name),
                                       QLatin1String(option.valueName)));

    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::Run;
    result.spec = spec;
    Arguments& args = result.arguments;
    args.command = QString::fromLatin1(spec->name);
    int fromStandardInput = 0;
    for (const OptionSpec& option : spec->options) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        if (!option.valueName) {
            args.flags.insert(name);
            continue;
        }
        const QString value = parser.value(name);
        if (qstrcmp(option.valueName, "SOURCE") == 0) {
            Result<PinSource> pin = PinSource::parse(value);
            if (!pin) // the message names --pin; say which option it was
                return usageError(QStringLiteral("--%1: ").arg(name) + pin.error().message +
                                  QLatin1Char(' ') + pin.error().hint);
            if (pin->kind == PinSource::Kind::StandardInput && ++fromStandardInput > 1)
                return usageError(tr("Only one PIN can come from standard input (-); use env: or file: for "
                                     "the others."));
            args.pins.insert(name, pin.value());
            continue;
        }
        args.values.insert(name, value);
    }
    args.module = args.value(QStringLiteral("module"));
    args.token = args.value(QStringLiteral("token"));
    args.pin = args.pinSource(QStringLiteral("pin"));
    args.json = args.isSet(QStringLiteral("json"));
    args.confirmedFinalTry = args.isSet(QStringLiteral("final-try"));
    return result;
}

} // namespace hsm::cli
