#include "CliOutput.h"

#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

QString yesNo(bool value) {
    return value ? tr("yes") : tr("no");
}

QString optionalFlag(const std::optional<bool>& value) {
    return value ? yesNo(*value) : QStringLiteral("-");
}

QString typeName(const ObjectSummary& object) {
    if (object.keyType)
        return names::keyType(*object.keyType);
    if (object.certificateType)
        return names::certificateType(*object.certificateType);
    return {};
}

QJsonObject tokenJson(const TokenInfo& token) {
    QJsonObject json;
    json[QStringLiteral("label")] = token.label;
    json[QStringLiteral("manufacturer")] = token.manufacturer;
    json[QStringLiteral("model")] = token.model;
    json[QStringLiteral("serial")] = token.serial;
    json[QStringLiteral("uri")] = uri::forToken(token);
    json[QStringLiteral("flags")] = QJsonArray::fromStringList(names::tokenFlags(token.flags));
    json[QStringLiteral("hardware_version")] = token.hardwareVersion;
    json[QStringLiteral("firmware_version")] = token.firmwareVersion;
    json[QStringLiteral("min_pin_length")] = static_cast<qint64>(token.minPinLen);
    json[QStringLiteral("max_pin_length")] = static_cast<qint64>(token.maxPinLen);
    return json;
}

} // namespace

QString Table::render() const {
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths << header.size();
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += (i + 1 == widths.size()) ? cell : cell.leftJustified(widths[i] + 2);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    for (const QStringList& row : m_rows)
        text += line(row);
    return text;
}

void writeStdout(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeJson(const QJsonArray& array) {
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const Error& error) {
    QString text = error.text();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = QStringLiteral("hsmwb: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

void writeUsageError(const QString& message) {
    const QByteArray bytes = QStringLiteral("hsmwb: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

QJsonArray modulesJson(const QList<RegisteredModule>& modules) {
    QJsonArray array;
    for (const RegisteredModule& module : modules)
        array.append(
            QJsonObject{{QStringLiteral("name"), module.name}, {QStringLiteral("path"), module.path}});
    return array;
}

QString modulesTable(const QList<RegisteredModule>& modules) {
    Table table({tr("NAME"), tr("PATH")});
    for (const RegisteredModule& module : modules)
        table.addRow({module.name, module.path});
    return table.render();
}

QJsonArray slotsJson(const QList<SlotInfo>& slotList) {
    QJsonArray array;
    for (const SlotInfo& slot : slotList) {
        QJsonObject json;
        json[QStringLiteral("slot_id")] = static_cast<qint64>(slot.id);
        json[QStringLiteral("description")] = slot.description;
        json[QStringLiteral("manufacturer")] = slot.manufacturer;
        json[QStringLiteral("flags")] = QJsonArray::fromStringList(names::slotFlags(slot.flags));
        json[QStringLiteral("token_present")] = slot.tokenPresent();
        json[QStringLiteral("token")] = slot.token ? QJsonValue(tokenJson(*slot.token)) : QJsonValue();
        array.append(json);
    }
    return array;
}

QString slotsTable(const QList<SlotInfo>& slotList) {
    Table table({tr("SLOT"), tr("TOKEN"), tr("SERIAL"), tr("MODEL"), tr("DESCRIPTION")});
    for (const SlotInfo& slot : slotList) {
        if (slot.token && !slot.token->has(CKF_TOKEN_INITIALIZED))
            table.addRow({QString::number(slot.id), tr("(not initialized)"), slot.token->serial,
                          slot.token->model, slot.description});
        else if (slot.token)
            table.addRow({QString::number(slot.id), slot.token->label, slot.token->serial, slot.token->model,
                          slot.description});
        else
            table.addRow(
                {QString::number(slot.id), tr("(no token)"), QString(), QString(), slot.description});
    }
    return table.render();
}

QJsonArray mechanismsJson(const QList<MechanismInfo>& mechanisms) {
    QJsonArray array;
    for (const MechanismInfo& mechanism : mechanisms) {
        QJsonObject json;
        json[QStringLiteral("name")] =
            mechanism.name.isEmpty() ? names::mechanism(mechanism.type) : mechanism.name;
        json[QStringLiteral("type")] = static_cast<qint64>(mechanism.type);
        json[QStringLiteral("min_key_size")] = static_cast<qint64>(mechanism.minKeySize);
        json[QStringLiteral("max_key_size")] = static_cast<qint64>(mechanism.maxKeySize);
        json[QStringLiteral("flags")] = QJsonArray::fromStringList(names::mechanismFlags(mechanism.flags));
        array.append(json);
    }
    return array;
}

QString mechanismsTable(const QList<MechanismInfo>& mechanisms) {
    Table table({tr("MECHANISM"), tr("MIN KEY"), tr("MAX KEY"), tr("FLAGS")});
    for (const MechanismInfo& mechanism : mechanisms)
        table.addRow({mechanism.name.isEmpty() ? names::mechanism(mechanism.type) : mechanism.name,
                      QString::number(mechanism.minKeySize), QString::number(mechanism.maxKeySize),
                      names::mechanismFlags(mechanism.flags).join(QLatin1Char(','))});
    return table.render();
}

QJsonArray objectsJson(const QList<ObjectSummary>& objects) {
    QJsonArray array;
    for (const ObjectSummary& object : objects) {
        QJsonObject json;
        json[QStringLiteral("uri")] = object.uri;
        json[QStringLiteral("class")] = names::objectClass(object.objectClass);
        json[QStringLiteral("label")] = object.label;
        if (!object.labelIsUtf8)
            json[QStringLiteral("label_hex")] = QString::fromLatin1(object.labelBytes.toHex());
        json[QStringLiteral("id")] = QString::fromLatin1(object.id.toHex());
        if (object.keyType)
            json[QStringLiteral("key_type")] = names::keyType(*object.keyType);
        if (object.certificateType)
            json[QStringLiteral("certificate_type")] = names::certificateType(*object.certificateType);
        if (!object.size.isEmpty())
            json[QStringLiteral("size")] = object.size;
        // token and private are always present (false when the token did not say).
        json[QStringLiteral("token")] = object.token.value_or(false);
        json[QStringLiteral("private")] = object.isPrivate.value_or(false);
        if (object.modifiable)
            json[QStringLiteral("modifiable")] = *object.modifiable;
        if (object.sensitive)
            json[QStringLiteral("sensitive")] = *object.sensitive;
        if (object.extractable)
            json[QStringLiteral("extractable")] = *object.extractable;
        if (object.objectClass == CKO_CERTIFICATE) {
            json[QStringLiteral("subject")] = object.subject;
            json[QStringLiteral("issuer")] = object.issuer;
            json[QStringLiteral("serial")] = object.serialNumber;
            json[QStringLiteral("not_after")] =
                object.notAfter.isValid() ? QJsonValue(object.notAfter.toUTC().toString(Qt::ISODate))
                                          : QJsonValue();
        }
        array.append(json);
    }
    return array;
}

QString objectsTable(const QList<ObjectSummary>& objects) {
    Table table({tr("CLASS"), tr("LABEL"), tr("ID"), tr("TYPE"), tr("SIZE"), tr("PRIVATE"), tr("SUBJECT")});
    for (const ObjectSummary& object : objects)
        table.addRow({names::objectClass(object.objectClass), object.label,
                      QString::fromLatin1(object.id.toHex()), typeName(object), object.size,
                      optionalFlag(object.isPrivate), object.subject});
    return table.render();
}

} // namespace hsm::cli
