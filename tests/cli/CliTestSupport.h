#pragma once

// Running the built hsmwb and reading what other PKCS#11 tools print, for the CLI tests.

#include "SoftHsmFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
};

/// hsmwb with the fixture's SOFTHSM2_CONF, `extraEnv` added, and `input` on its stdin.
inline CliRun runCli(const SoftHsmFixture& fixture, const QStringList& args, const QByteArray& input = {},
                     const QList<QPair<QString, QString>>& extraEnv = {}) {
    QProcess process;
    QProcessEnvironment env = fixture.environment();
    for (const auto& [name, value] : extraEnv)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(SoftHsmFixture::cliPath(), args);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// "CKO_CERTIFICATE|label|id-hex": what identifies an object across tools.
inline QString objectKey(const QString& cls, const QString& label, const QString& idHex) {
    return cls + QLatin1Char('|') + label + QLatin1Char('|') + idHex.toLower();
}

/// Objects as `pkcs11-tool -O` prints them: a header line per object ("Private Key Object; EC",
/// "Data object 5"), then indented "label:" and "ID:" lines (data objects quote the label, have no ID).
inline QSet<QString> parsePkcs11ToolObjects(const QString& text) {
    static const QList<QPair<QString, QString>> headers{
        {QStringLiteral("Private Key Object"), QStringLiteral("CKO_PRIVATE_KEY")},
        {QStringLiteral("Public Key Object"), QStringLiteral("CKO_PUBLIC_KEY")},
        {QStringLiteral("Secret Key Object"), QStringLiteral("CKO_SECRET_KEY")},
        {QStringLiteral("Certificate Object"), QStringLiteral("CKO_CERTIFICATE")},
        {QStringLiteral("Data object"), QStringLiteral("CKO_DATA")},
    };
    static const QRegularExpression field(QStringLiteral("^\\s+(label|ID):\\s*(.*)$"));
    QSet<QString> result;
    QString cls, label, id;
    bool open = false;
    auto flush = [&] {
        if (open)
            result.insert(objectKey(cls, label, id));
        open = false;
        label.clear();
        id.clear();
    };
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.at(0).isSpace()) {
            flush();
            for (const auto& [prefix, name] : headers)
                if (line.startsWith(prefix)) {
                    cls = name;
                    open = true;
                }
            continue;
        }
        const auto m = field.match(line);
        if (!m.hasMatch() || !open)
            continue;
        QString value = m.captured(2).trimmed();
        if (m.captured(1) == QLatin1String("label")) {
            if (cls == QLatin1String("CKO_DATA") && value.size() >= 2 &&
                value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            label = value;
        } else {
            id = value;
        }
    }
    flush();
    return result;
}

/// Labels as `p11tool --list-all` prints them ("\tLabel: name").
inline QSet<QString> parseP11toolLabels(const QString& text) {
    static const QRegularExpression labelLine(QStringLiteral("^\\s+Label:\\s?(.*)$"));
    QSet<QString> labels;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (const auto m = labelLine.match(line); m.hasMatch())
            labels.insert(m.captured(1).trimmed());
    return labels;
}
