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

struct OptionSpec {
    const char* name;
    const char* valueName; // nullptr for a flag
    const char* description;
    bool required;
};

struct CommandSpec {
    Command command;
    const char* name;
    const char* summary;
    QList<OptionSpec> options;
};

const QList<CommandSpec>& commandSpecs() {
    static const QList<CommandSpec> specs{
        {Command::Modules,
         "modules",
         QT_TRANSLATE_NOOP("hsm::cli", "List the PKCS#11 modules registered with p11-kit."),
         {{"json", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Print JSON instead of a table."), false}}},
        {Command::Slots,
         "slots",
         QT_TRANSLATE_NOOP("hsm::cli", "List a module's slots and the tokens in them."),
         {{"module", "MODULE", QT_TRANSLATE_NOOP("hsm::cli", "Module path or p11-kit module name."), true},
          {"json", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Print JSON instead of a table."), false}}},
        {Command::Mechanisms,
         "mechanisms",
         QT_TRANSLATE_NOOP("hsm::cli", "List the mechanisms a token supports."),
         {{"module", "MODULE", QT_TRANSLATE_NOOP("hsm::cli", "Module path or p11-kit module name."), true},
          {"token", "TOKEN", QT_TRANSLATE_NOOP("hsm::cli", "Token label, serial:SERIAL or pkcs11: URI."),
           true},
          {"json", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Print JSON instead of a table."), false}}},
        {Command::Objects,
         "objects",
         QT_TRANSLATE_NOOP("hsm::cli", "List a token's objects (public ones only without --pin)."),
         {{"module", "MODULE", QT_TRANSLATE_NOOP("hsm::cli", "Module path or p11-kit module name."), true},
          {"token", "TOKEN", QT_TRANSLATE_NOOP("hsm::cli", "Token label, serial:SERIAL or pkcs11: URI."),
           true},
          {"pin", "SOURCE",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Log in as user with the PIN read from env:NAME, file:PATH or - (stdin)."),
           false},
          {"final-try", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli", "Log in even when the token reports the PIN's final try (one more "
                                         "wrong PIN locks it); without it such a login is refused."),
           false},
          {"json", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Print JSON instead of a table."), false}}},
    };
    return specs;
}

QString commandHelp(const CommandSpec& spec) {
    QString usage = QStringLiteral("hsmwb %1").arg(QLatin1String(spec.name));
    for (const OptionSpec& option : spec.options) {
        QString text = QStringLiteral("--%1").arg(QLatin1String(option.name));
        if (option.valueName)
            text += QLatin1Char(' ') + QLatin1String(option.valueName);
        usage += option.required ? QStringLiteral(" %1").arg(text) : QStringLiteral(" [%1]").arg(text);
    }
    QString help = tr("Usage: %1").arg(usage) + QLatin1Char('\n') + tr(spec.summary) + QStringLiteral("\n\n");
    for (const OptionSpec& option : spec.options) {
        QString left = QStringLiteral("  --%1").arg(QLatin1String(option.name));
        if (option.valueName)
            left += QLatin1Char(' ') + QLatin1String(option.valueName);
        help += left.leftJustified(22) + QLatin1Char(' ') + tr(option.description) + QLatin1Char('\n');
    }
    help += QStringLiteral("  --help").leftJustified(22) + QLatin1Char(' ') + tr("Show this help.") +
            QLatin1Char('\n');
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
        tr("--pin takes where to read the PIN from, not the PIN: a PIN on the command line is "
           "visible to other users in the process list and stays in shell history."),
        tr("Use --pin env:NAME, --pin file:PATH or --pin - (one line from standard input)."));
}

Result<SecureBuffer> PinSource::read() const {
    const QString call = QStringLiteral("read PIN");
    switch (kind) {
    case Kind::Environment: {
        const QByteArray name = where.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return Error::other(call, tr("The environment variable %1 is not set.").arg(where));
        QByteArray value = qgetenv(name.constData());
        SecureBuffer pin = SecureBuffer::takeFrom(value);
        if (pin.isEmpty())
            return Error::other(call, tr("The environment variable %1 is empty.").arg(where));
        return pin;
    }
    case Kind::File: {
        const QFileInfo info(where);
        if (!info.exists())
            return Error::other(call, tr("The PIN file %1 does not exist.").arg(where));
        std::FILE* file = std::fopen(QFile::encodeName(where).constData(), "rb");
        if (file == nullptr)
            return Error::other(call, tr("The PIN file %1 cannot be read.").arg(where));
        // No stdio buffer: it would keep a copy of the PIN we cannot wipe.
        std::setvbuf(file, nullptr, _IONBF, 0);
        Result<SecureBuffer> pin = readLine(file, where);
        std::fclose(file);
        if (pin && pin->isEmpty())
            return Error::other(call, tr("The first line of the PIN file %1 is empty.").arg(where));
        return pin;
    }
    case Kind::StandardInput: {
        // Unbuffered, so no stdio buffer keeps a copy; nothing has read stdin before this.
        std::setvbuf(stdin, nullptr, _IONBF, 0);
        Result<SecureBuffer> pin = readLine(stdin, tr("standard input"));
        if (pin && pin->isEmpty())
            return Error::other(call, tr("No PIN was read from standard input."));
        return pin;
    }
    }
    return Error::other(call, tr("Unknown PIN source."));
}

QString generalHelp() {
    QString help = tr("Usage: hsmwb COMMAND [OPTIONS]\n"
                      "Inspect PKCS#11 modules, tokens and objects (HSM Workbench command line).\n\n"
                      "Commands:\n");
    for (const CommandSpec& spec : commandSpecs())
        help += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(spec.name).leftJustified(12), tr(spec.summary));
    help += tr("\nMODULE is a module file or the name of a p11-kit registered module (see hsmwb modules).\n"
               "TOKEN is a token label, serial:SERIAL or a pkcs11: URI.\n"
               "SOURCE is env:NAME, file:PATH (first line) or - (one line from standard input);\n"
               "a PIN is never accepted on the command line.\n\n"
               "  --help      Show this help (hsmwb COMMAND --help for a command's options).\n"
               "  --version   Show the version.\n\n"
               "Exit status: 0 success, 1 failure, 2 usage error.\n");
    return help;
}

ParsedCommandLine parseCommandLine(const QStringList& argv) {
    if (argv.size() < 2)
        return usageError(tr("No command given (modules, slots, mechanisms or objects; see hsmwb --help)."));
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

    const CommandSpec* spec = nullptr;
    for (const CommandSpec& candidate : commandSpecs())
        if (first == QLatin1String(candidate.name))
            spec = &candidate;
    if (spec == nullptr)
        return usageError(tr("Unknown command \"%1\" (see hsmwb --help).").arg(first));

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
    rest << argv.mid(2);
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
        if (option.required && parser.value(QString::fromLatin1(option.name)).trimmed().isEmpty())
            return usageError(tr("hsmwb %1 needs --%2 %3.")
                                  .arg(QLatin1String(spec->name), QLatin1String(option.name),
                                       QLatin1String(option.valueName)));

    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::Run;
    Arguments& args = result.arguments;
    args.command = spec->command;
    args.json = parser.isSet(QStringLiteral("json"));
    if (spec->command != Command::Modules)
        args.module = parser.value(QStringLiteral("module"));
    if (spec->command == Command::Mechanisms || spec->command == Command::Objects)
        args.token = parser.value(QStringLiteral("token"));
    if (spec->command == Command::Objects && parser.isSet(QStringLiteral("pin"))) {
        Result<PinSource> pin = PinSource::parse(parser.value(QStringLiteral("pin")));
        if (!pin)
            return usageError(pin.error().message + QLatin1Char(' ') + pin.error().hint);
        args.pin = pin.value();
    }
    if (spec->command == Command::Objects)
        args.confirmedFinalTry = parser.isSet(QStringLiteral("final-try"));
    return result;
}

} // namespace hsm::cli
