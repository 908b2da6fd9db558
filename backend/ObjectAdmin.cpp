#include "ObjectAdmin.h"

#include "Logging.h"
#include "ObjectLister.h"
#include "ObjectSearch.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <vector>

namespace hsm::objects {

namespace {

CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, void* value, CK_ULONG length) {
    return CK_ATTRIBUTE{type, value, length};
}

QString attributeList(const QList<CK_ATTRIBUTE_TYPE>& types) {
    QStringList list;
    for (CK_ATTRIBUTE_TYPE type : types)
        list << names::attribute(type);
    return list.join(QStringLiteral(", "));
}

} // namespace

QString idText(const QByteArray& id) {
    if (id.isEmpty())
        return QCoreApplication::translate("hsm::ObjectAdmin", "(none)");
    return QString::fromLatin1(id.toHex(':'));
}

QString describe(const ObjectSummary& object) {
    QString kind;
    switch (object.objectClass) {
    case CKO_PRIVATE_KEY:
        kind = QCoreApplication::translate("hsm::ObjectAdmin", "private key");
        break;
    case CKO_PUBLIC_KEY:
        kind = QCoreApplication::translate("hsm::ObjectAdmin", "public key");
        break;
    case CKO_SECRET_KEY:
        kind = QCoreApplication::translate("hsm::ObjectAdmin", "secret key");
        break;
    case CKO_CERTIFICATE:
        kind = QCoreApplication::translate("hsm::ObjectAdmin", "certificate");
        break;
    case CKO_DATA:
        kind = QCoreApplication::translate("hsm::ObjectAdmin", "data object");
        break;
    default:
        kind = names::objectClass(object.objectClass);
    }
    return QCoreApplication::translate("hsm::ObjectAdmin", "%1 “%2” (ID %3)")
        .arg(kind, object.label, idText(object.id));
}

Result<QByteArray> parseHexId(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            return Error::other(
                QCoreApplication::translate("hsm::ObjectAdmin", "ID"),
                QCoreApplication::translate("hsm::ObjectAdmin",
                                            "“%1” is not hexadecimal: “%2” is not a hex digit.")
                    .arg(text, c),
                QCoreApplication::translate("hsm::ObjectAdmin",
                                            "Type the ID as hex bytes, e.g. 01a2ff or 01:a2:ff."));
        digits += c;
    }
    if (digits.size() % 2 != 0)
        return Error::other(
            QCoreApplication::translate("hsm::ObjectAdmin", "ID"),
            QCoreApplication::translate("hsm::ObjectAdmin", "“%1” has an odd number of hex digits.")
                .arg(text),
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "Each byte takes two hex digits, e.g. 0a instead of a."));
    return QByteArray::fromHex(digits.toLatin1());
}

Result<QList<std::optional<QByteArray>>> readAttributes(Session& session, CK_OBJECT_HANDLE handle,
                                                        const QList<CK_ATTRIBUTE_TYPE>& types) {
    // The two-pass read for all of them at once: two round trips however many attributes.
    std::vector<CK_ATTRIBUTE> templ;
    for (CK_ATTRIBUTE_TYPE type : types)
        templ.push_back(attr(type, nullptr, 0));
    const auto read = [&]() {
        const CK_RV rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(),
                                  handle, templ.data(), static_cast<CK_ULONG>(templ.size()));
        // Per attribute: an absent or sensitive one comes back as CK_UNAVAILABLE_INFORMATION.
        return rv == CKR_ATTRIBUTE_TYPE_INVALID || rv == CKR_ATTRIBUTE_SENSITIVE ? CK_RV(CKR_OK) : rv;
    };
    const auto failure = [&](CK_RV rv) {
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv, attributeList(types));
    };
    if (const CK_RV rv = read(); rv != CKR_OK)
        return failure(rv);
    QList<std::optional<QByteArray>> values(types.size());
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i].ulValueLen == CK_UNAVAILABLE_INFORMATION)
            continue;
        values[static_cast<qsizetype>(i)] =
            QByteArray(static_cast<qsizetype>(templ[i].ulValueLen), Qt::Uninitialized);
        templ[i].pValue = values[static_cast<qsizetype>(i)]->data();
    }
    if (const CK_RV rv = read(); rv != CKR_OK)
        return failure(rv);
    for (std::size_t i = 0; i < templ.size(); ++i)
        if (auto& value = values[static_cast<qsizetype>(i)];
            value && templ[i].ulValueLen != CK_UNAVAILABLE_INFORMATION)
            value->truncate(static_cast<qsizetype>(templ[i].ulValueLen));
        else
            value.reset();
    return values;
}

Result<std::optional<QByteArray>> readAttribute(Session& session, CK_OBJECT_HANDLE handle,
                                                CK_ATTRIBUTE_TYPE type) {
    Result<QList<std::optional<QByteArray>>> values = readAttributes(session, handle, {type});
    if (!values)
        return values.error();
    return values->first();
}

Result<void> checkWritable(Session& session, const TokenInfo& token, const QString& operation) {
    if (token.has(CKF_WRITE_PROTECTED))
        return Error::other(
            operation,
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "The token “%1” is write-protected (CKF_WRITE_PROTECTED).")
                .arg(token.label),
            QCoreApplication::translate(
                "hsm::ObjectAdmin",
                "Nothing was changed. Remove the write protection (a switch, a policy or the "
                "HSM's configuration) and try again."));
    Result<CK_SESSION_INFO> info = session.info();
    if (!info)
        return info.error();
    if ((info->flags & CKF_RW_SESSION) == 0)
        return Error::other(
            operation,
            QCoreApplication::translate("hsm::ObjectAdmin", "The session on “%1” is read-only.")
                .arg(token.label),
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "Nothing was changed. Open the token read-write and try again."));
    return {};
}

Result<void> checkLoginFor(Session& session, const QList<ObjectSummary>& objects, const QString& operation,
                           bool needPrivate) {
    bool anyPrivate = needPrivate;
    for (const ObjectSummary& object : objects)
        anyPrivate = anyPrivate || object.isPrivate.value_or(false);
    if (!anyPrivate)
        return {};
    Result<bool> loggedIn = session.isLoggedIn();
    if (!loggedIn)
        return loggedIn.error();
    if (!*loggedIn)
        return Error::other(
            operation,
            QCoreApplication::translate(
                "hsm::ObjectAdmin", "Not logged in: private objects can only be changed after logging in."),
            QCoreApplication::translate("hsm::ObjectAdmin", "Log in as user and try again."));
    return {};
}

// ---- Deleting -------------------------------------------------------------------------------

Result<QList<CK_OBJECT_HANDLE>> findById(Session& session, CK_OBJECT_CLASS cls, QByteArray id) {
    CK_ATTRIBUTE templ[] = {attr(CKA_CLASS, &cls, sizeof cls),
                            attr(CKA_ID, id.data(), static_cast<CK_ULONG>(id.size()))};
    return ObjectSearch::findAll(session, templ);
}

Result<QList<ObjectSummary>> findRelated(Session& session, const TokenInfo& token, const ObjectSummary& key) {
    QList<ObjectSummary> related;
    if (key.objectClass != CKO_PRIVATE_KEY || key.id.isEmpty())
        return related;
    for (CK_OBJECT_CLASS cls : {CKO_PUBLIC_KEY, CKO_CERTIFICATE}) {
        Result<QList<CK_OBJECT_HANDLE>> handles = findById(session, cls, key.id);
        if (!handles)
            return handles.error();
        for (CK_OBJECT_HANDLE handle : *handles) {
            Result<ObjectSummary> summary = summarizeObject(session, token, handle);
            if (!summary)
                return summary.error();
            if (summary->uri.isEmpty())
                summary->uri = uri::forObject(token, *summary);
            related << *summary;
        }
    }
    return related;
}

Result<QList<ObjectSummary>> findRelatedAll(Session& session, const TokenInfo& token,
                                            const QList<ObjectSummary>& objects) {
    QList<ObjectSummary> all;
    auto known = [&](CK_OBJECT_HANDLE handle) {
        for (const ObjectSummary& o : objects)
            if (o.handle == handle)
                return true;
        for (const ObjectSummary& o : all)
            if (o.handle == handle)
                return true;
        return false;
    };
    for (const ObjectSummary& object : objects) {
        Result<QList<ObjectSummary>> related = findRelated(session, token, object);
        if (!related)
            return related.error();
        for (const ObjectSummary& r : *related)
            if (!known(r.handle))
                all << r;
    }
    return all;
}

Error DeleteReport::summaryError() const {
    QStringList deletedNames, failedNames;
    for (const ObjectSummary& o : deleted)
        deletedNames << describe(o);
    for (const auto& [o, e] : failed)
        failedNames << QCoreApplication::translate("hsm::ObjectAdmin", "%1: %2")
                           .arg(describe(o),
                                e.call.isEmpty() ? e.message : e.call + QStringLiteral(": ") + e.message);
    // A plain variable as the count: lupdate skips a translate() whose count is a cast expression.
    const int failedCount = static_cast<int>(failed.size());
    QString message = QCoreApplication::translate(
                          "hsm::ObjectAdmin", "%n object(s) could not be deleted: %1.", nullptr, failedCount)
                          .arg(failedNames.join(QStringLiteral("; ")));
    message += QLatin1Char(' ');
    message += deletedNames.isEmpty()
                   ? QCoreApplication::translate("hsm::ObjectAdmin", "Nothing was deleted.")
                   : QCoreApplication::translate("hsm::ObjectAdmin", "Deleted: %1.")
                         .arg(deletedNames.join(QStringLiteral("; ")));
    Error error = failed.isEmpty() ? Error() : failed.first().second;
    error.call = QStringLiteral("C_DestroyObject");
    error.message = message;
    return error;
}

DeleteReport deleteObjects(Session& session, const QList<ObjectSummary>& objects) {
    DeleteReport report;
    for (const ObjectSummary& object : objects) {
        // The handle came from a listing: make sure it still names that object before destroying it.
        Result<QList<std::optional<QByteArray>>> now =
            readAttributes(session, object.handle, {CKA_CLASS, CKA_LABEL, CKA_ID});
        if (!now) {
            report.failed.append({object, now.error()});
            continue;
        }
        const std::optional<QByteArray>* cls = &now->at(0);
        const std::optional<QByteArray>* label = &now->at(1);
        const std::optional<QByteArray>* id = &now->at(2);
        const CK_OBJECT_CLASS expected = object.objectClass;
        const bool same = cls->has_value() &&
                          **cls == QByteArray(reinterpret_cast<const char*>(&expected), sizeof expected) &&
                          label->value_or(QByteArray()) == object.labelBytes &&
                          id->value_or(QByteArray()) == object.id;
        if (!same) {
            report.failed.append(
                {object,
                 Error::other(
                     QStringLiteral("C_DestroyObject"),
                     QCoreApplication::translate(
                         "hsm::ObjectAdmin", "The object changed since it was listed; it was not deleted."),
                     QCoreApplication::translate("hsm::ObjectAdmin",
                                                 "Refresh the object list and select it again."))});
            continue;
        }
        const CK_RV rv =
            P11_CALL(session.module(), C_DestroyObject, session.target(), session.handle(), object.handle);
        if (rv == CKR_OK) {
            report.deleted << object;
            logging::adminChange(QStringLiteral("deleted %1").arg(describe(object)));
        } else {
            report.failed.append({object, Error::fromRv(QStringLiteral("C_DestroyObject"), rv)});
            logging::adminFailure(QStringLiteral("deleting %1").arg(describe(object)),
                                  report.failed.last().second);
        }
    }
    return report;
}

// ---- Editing --------------------------------------------------------------------------------

ChangeRule changeRule(CK_ATTRIBUTE_TYPE type) {
    switch (type) {
    case CKA_SENSITIVE:
    case CKA_WRAP_WITH_TRUSTED:
        return ChangeRule::SetOnly;
    case CKA_EXTRACTABLE:
    case CKA_COPYABLE:
        return ChangeRule::ClearOnly;
    case CKA_CLASS:
    case CKA_KEY_TYPE:
    case CKA_TOKEN:
    case CKA_PRIVATE:
    case CKA_MODIFIABLE:
    case CKA_LOCAL:
    case CKA_ALWAYS_SENSITIVE:
    case CKA_NEVER_EXTRACTABLE:
    case CKA_ALWAYS_AUTHENTICATE:
    case CKA_TRUSTED:
        return ChangeRule::ReadOnly;
    default:
        return ChangeRule::Free;
    }
}

QString ruleExplanation(CK_ATTRIBUTE_TYPE type) {
    switch (type) {
    case CKA_SENSITIVE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin",
            "Can be set but never cleared: once a key is sensitive its value must not leave the token "
            "in plain text.");
    case CKA_WRAP_WITH_TRUSTED:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin",
            "Can be set but never cleared: once set, the key may only be wrapped with trusted keys.");
    case CKA_EXTRACTABLE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin",
            "Can be cleared but never set again: a key that was not extractable cannot become "
            "extractable.");
    case CKA_COPYABLE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin",
            "Can be cleared but never set again: once copying is forbidden it stays forbidden.");
    case CKA_CLASS:
    case CKA_KEY_TYPE:
        return QCoreApplication::translate("hsm::ObjectAdmin",
                                           "Read-only: what the object is cannot change.");
    case CKA_TOKEN:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin",
            "Read-only: a session object becomes a token object (or back) only by copying it.");
    case CKA_PRIVATE:
    case CKA_MODIFIABLE:
    case CKA_ALWAYS_AUTHENTICATE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin", "Read-only: set when the object is created; it changes only in a copy.");
    case CKA_LOCAL:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin", "Read-only: set by the token, true when the key was generated on the token.");
    case CKA_ALWAYS_SENSITIVE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin", "Read-only: set by the token, true when the key has always been sensitive.");
    case CKA_NEVER_EXTRACTABLE:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin", "Read-only: set by the token, true when the key has never been extractable.");
    case CKA_TRUSTED:
        return QCoreApplication::translate(
            "hsm::ObjectAdmin", "Read-only here: only the Security Officer may mark an object as trusted.");
    default:
        return {};
    }
}

bool canChange(CK_ATTRIBUTE_TYPE type, bool from, bool to) {
    if (from == to)
        return true;
    switch (changeRule(type)) {
    case ChangeRule::Free:
        return true;
    case ChangeRule::SetOnly:
        return !from && to;
    case ChangeRule::ClearOnly:
        return from && !to;
    case ChangeRule::ReadOnly:
        return false;
    }
    return false;
}

QList<CK_ATTRIBUTE_TYPE> booleanAttributes(CK_OBJECT_CLASS cls) {
    QList<CK_ATTRIBUTE_TYPE> list{CKA_TOKEN, CKA_PRIVATE, CKA_MODIFIABLE, CKA_COPYABLE, CKA_DESTROYABLE};
    switch (cls) {
    case CKO_CERTIFICATE:
        list << CKA_TRUSTED;
        break;
    case CKO_PUBLIC_KEY:
        list << CKA_ENCRYPT << CKA_VERIFY << CKA_VERIFY_RECOVER << CKA_WRAP << CKA_DERIVE << CKA_LOCAL
             << CKA_TRUSTED;
        break;
    case CKO_PRIVATE_KEY:
        list << CKA_DECRYPT << CKA_SIGN << CKA_SIGN_RECOVER << CKA_UNWRAP << CKA_DERIVE << CKA_SENSITIVE
             << CKA_EXTRACTABLE << CKA_WRAP_WITH_TRUSTED << CKA_ALWAYS_AUTHENTICATE << CKA_LOCAL
             << CKA_ALWAYS_SENSITIVE << CKA_NEVER_EXTRACTABLE;
        break;
    case CKO_SECRET_KEY:
        list << CKA_ENCRYPT << CKA_DECRYPT << CKA_SIGN << CKA_VERIFY << CKA_WRAP << CKA_UNWRAP << CKA_DERIVE
             << CKA_SENSITIVE << CKA_EXTRACTABLE << CKA_WRAP_WITH_TRUSTED << CKA_TRUSTED << CKA_LOCAL
             << CKA_ALWAYS_SENSITIVE << CKA_NEVER_EXTRACTABLE;
        break;
    default:
        break;
    }
    return list;
}

std::optional<bool> EditableObject::boolean(CK_ATTRIBUTE_TYPE type) const {
    for (const auto& [t, value] : booleans)
        if (t == type)
            return value;
    return std::nullopt;
}

Result<EditableObject> readEditable(Session& session, const TokenInfo& token, CK_OBJECT_HANDLE handle) {
    Result<ObjectSummary> summary = summarizeObject(session, token, handle);
    if (!summary)
        return summary.error();
    EditableObject editable;
    editable.summary = std::move(summary).value();
    if (editable.summary.uri.isEmpty())
        editable.summary.uri = uri::forObject(token, editable.summary);

    // One call for every boolean; attributes the object lacks come back as unavailable.
    const QList<CK_ATTRIBUTE_TYPE> types = booleanAttributes(editable.summary.objectClass);
    std::vector<CK_BBOOL> values(static_cast<std::size_t>(types.size()), CK_FALSE);
    std::vector<CK_ATTRIBUTE> templ;
    for (qsizetype i = 0; i < types.size(); ++i)
        templ.push_back(attr(types[i], &values[static_cast<std::size_t>(i)], sizeof(CK_BBOOL)));
    const CK_RV rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(),
                              handle, templ.data(), static_cast<CK_ULONG>(templ.size()));
    if (rv != CKR_OK && rv != CKR_ATTRIBUTE_TYPE_INVALID && rv != CKR_ATTRIBUTE_SENSITIVE)
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    for (qsizetype i = 0; i < types.size(); ++i) {
        const CK_ATTRIBUTE& a = templ[static_cast<std::size_t>(i)];
        if (a.ulValueLen != sizeof(CK_BBOOL))
            continue;
        const bool value = values[static_cast<std::size_t>(i)] != CK_FALSE;
        if (types[i] == CKA_MODIFIABLE)
            editable.modifiable = value;
        editable.booleans.append({types[i], value});
    }
    return editable;
}

Result<QList<CK_ATTRIBUTE_TYPE>> plannedChanges(const EditableObject& current, const ObjectEdit& edit) {
    QList<CK_ATTRIBUTE_TYPE> changes;
    const QString what = describe(current.summary);
    if (edit.label && *edit.label != current.summary.labelBytes)
        changes << CKA_LABEL;
    if (edit.id && *edit.id != current.summary.id)
        changes << CKA_ID;
    for (const auto& [type, value] : edit.booleans) {
        const std::optional<bool> now = current.boolean(type);
        if (!now)
            return Error::other(names::attribute(type),
                                QCoreApplication::translate("hsm::ObjectAdmin", "%1 has no %2.")
                                    .arg(what, names::attribute(type)),
                                QCoreApplication::translate("hsm::ObjectAdmin", "Nothing was changed."));
        if (*now == value)
            continue;
        if (!canChange(type, *now, value))
            return Error::other(names::attribute(type),
                                QCoreApplication::translate("hsm::ObjectAdmin",
                                                            "%1 cannot be changed from %2 to %3 on %4. %5")
                                    .arg(names::attribute(type),
                                         *now ? QStringLiteral("true") : QStringLiteral("false"),
                                         value ? QStringLiteral("true") : QStringLiteral("false"), what,
                                         ruleExplanation(type)),
                                QCoreApplication::translate("hsm::ObjectAdmin", "Nothing was changed."));
        changes << type;
    }
    if (!changes.isEmpty() && !current.modifiable)
        return Error::other(
            names::attribute(CKA_MODIFIABLE),
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "%1 cannot be changed: its CKA_MODIFIABLE is false.")
                .arg(what),
            QCoreApplication::translate(
                "hsm::ObjectAdmin",
                "Nothing was changed. CKA_MODIFIABLE is set when an object is created; make a "
                "modifiable copy or create the object again."));
    return changes;
}

Result<QList<CK_ATTRIBUTE_TYPE>> applyEdit(Session& session, const TokenInfo& token, CK_OBJECT_HANDLE handle,
                                           const ObjectEdit& edit) {
    // The rules are checked against the token's state now, not what a dialog showed earlier.
    Result<EditableObject> current = readEditable(session, token, handle);
    if (!current)
        return current.error();
    Result<QList<CK_ATTRIBUTE_TYPE>> changes = plannedChanges(*current, edit);
    if (!changes || changes->isEmpty())
        return changes;
    const QString operation = QCoreApplication::translate("hsm::ObjectAdmin", "Changing attributes");
    if (Result<void> w = checkWritable(session, token, operation); !w)
        return w.error();
    if (Result<void> l = checkLoginFor(session, {current->summary}, operation); !l)
        return l.error();

    QByteArray label = edit.label.value_or(QByteArray());
    QByteArray id = edit.id.value_or(QByteArray());
    std::vector<CK_BBOOL> bools;
    bools.reserve(static_cast<std::size_t>(changes->size())); // no reallocation: templ points into it
    std::vector<CK_ATTRIBUTE> templ;
    for (CK_ATTRIBUTE_TYPE type : *changes) {
        if (type == CKA_LABEL) {
            templ.push_back(attr(CKA_LABEL, label.data(), static_cast<CK_ULONG>(label.size())));
        } else if (type == CKA_ID) {
            templ.push_back(attr(CKA_ID, id.data(), static_cast<CK_ULONG>(id.size())));
        } else {
            for (const auto& [t, value] : edit.booleans)
                if (t == type)
                    bools.push_back(value ? CK_TRUE : CK_FALSE);
            templ.push_back(attr(type, &bools.back(), sizeof(CK_BBOOL)));
        }
    }
    const CK_RV rv = P11_CALL(session.module(), C_SetAttributeValue, session.target(), session.handle(),
                              handle, templ.data(), static_cast<CK_ULONG>(templ.size()));
    const QString what =
        QStringLiteral("changing %1 of %2").arg(attributeList(*changes), describe(current->summary));
    if (rv == CKR_OK) {
        logging::adminChange(what + QStringLiteral(": done"));
        return changes;
    }

    Error error = Error::fromRv(
        QStringLiteral("C_SetAttributeValue"), rv,
        changes->size() == 1 ? names::attribute(changes->first())
                             : QCoreApplication::translate("hsm::ObjectAdmin", "the module refused one of %1")
                                   .arg(attributeList(*changes)));
    // A module may apply part of a template before failing: say what did change.
    if (Result<EditableObject> after = readEditable(session, token, handle); after) {
        QList<CK_ATTRIBUTE_TYPE> changed;
        if (after->summary.labelBytes != current->summary.labelBytes)
            changed << CKA_LABEL;
        if (after->summary.id != current->summary.id)
            changed << CKA_ID;
        for (const auto& [type, value] : after->booleans)
            if (current->boolean(type) != value)
                changed << type;
        error.message += QLatin1Char(' ');
        error.message +=
            changed.isEmpty()
                ? QCoreApplication::translate("hsm::ObjectAdmin", "Nothing was changed.")
                : QCoreApplication::translate("hsm::ObjectAdmin", "The module changed %1 before it failed.")
                      .arg(attributeList(changed));
    }
    if (changes->size() > 1)
        error.hint +=
            QLatin1Char(' ') +
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "Change one attribute at a time to find the one the module refuses.");
    logging::adminFailure(what, error);
    return error;
}

// ---- Data objects ---------------------------------------------------------------------------

Result<QByteArray> encodeOid(const QString& dotted) {
    const QString text = dotted.trimmed();
    static const QRegularExpression shape(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
    const QString hint = QCoreApplication::translate(
        "hsm::ObjectAdmin", "Write the OID in dotted form, e.g. 1.2.840.113549.1.7.1.");
    if (!shape.match(text).hasMatch())
        return Error::other(
            QCoreApplication::translate("hsm::ObjectAdmin", "OID"),
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "“%1” is not a dotted OID (numbers separated by dots, at least two).")
                .arg(text),
            hint);
    const QStringList arcs = text.split(QLatin1Char('.'));
    bool ok = false;
    const uint first = arcs[0].toUInt(&ok);
    if (!ok || first > 2)
        return Error::other(
            QCoreApplication::translate("hsm::ObjectAdmin", "OID"),
            QCoreApplication::translate("hsm::ObjectAdmin", "“%1”: the first number must be 0, 1 or 2.")
                .arg(text),
            hint);
    const uint second = arcs[1].toUInt(&ok);
    if (first < 2 && (!ok || second > 39))
        return Error::other(QCoreApplication::translate("hsm::ObjectAdmin", "OID"),
                            QCoreApplication::translate(
                                "hsm::ObjectAdmin", "“%1”: after 0 or 1 the second number must be below 40.")
                                .arg(text),
                            hint);
    const QByteArray latin = text.toLatin1();
    ASN1_OBJECT* object = OBJ_txt2obj(latin.constData(), 1);
    if (object == nullptr)
        return Error::other(
            QStringLiteral("OBJ_txt2obj"),
            QCoreApplication::translate("hsm::ObjectAdmin", "“%1” is not a valid OID.").arg(text), hint);
    const int length = i2d_ASN1_OBJECT(object, nullptr);
    QByteArray der(length > 0 ? length : 0, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    const int written = length > 0 ? i2d_ASN1_OBJECT(object, &out) : 0;
    ASN1_OBJECT_free(object);
    if (written <= 0)
        return Error::other(
            QStringLiteral("i2d_ASN1_OBJECT"),
            QCoreApplication::translate("hsm::ObjectAdmin", "“%1” could not be encoded.").arg(text), hint);
    return der;
}

QString decodeOid(const QByteArray& der) {
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    ASN1_OBJECT* object = d2i_ASN1_OBJECT(nullptr, &in, der.size());
    if (object == nullptr)
        return {};
    char buffer[256];
    const int n = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    ASN1_OBJECT_free(object);
    return n > 0 && n < static_cast<int>(sizeof buffer) ? QString::fromLatin1(buffer, n) : QString();
}

Result<ObjectSummary> createDataObject(Session& session, const TokenInfo& token, const DataObjectSpec& spec) {
    const QString operation = QCoreApplication::translate("hsm::ObjectAdmin", "Creating a data object");
    if (spec.value.size() > kMaxDataObjectSize)
        return Error::other(
            operation,
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "The value is %1 bytes; data objects are limited to %2 bytes here.")
                .arg(spec.value.size())
                .arg(kMaxDataObjectSize),
            QCoreApplication::translate("hsm::ObjectAdmin",
                                        "Store large files elsewhere; a token has little memory."));
    if (Result<void> w = checkWritable(session, token, operation); !w)
        return w.error();
    if (Result<void> l = checkLoginFor(session, {}, operation, spec.isPrivate); !l)
        return l.error();

    CK_OBJECT_CLASS cls = CKO_DATA;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL isPrivate = spec.isPrivate ? CK_TRUE : CK_FALSE;
    QByteArray label = spec.label, application = spec.application, objectId = spec.objectId,
               value = spec.value;
    char empty = 0; // a zero-length value still gets a valid pointer
    std::vector<CK_ATTRIBUTE> templ{
        attr(CKA_CLASS, &cls, sizeof cls),
        attr(CKA_TOKEN, &yes, sizeof yes),
        attr(CKA_PRIVATE, &isPrivate, sizeof isPrivate),
        attr(CKA_LABEL, label.isEmpty() ? &empty : label.data(), static_cast<CK_ULONG>(label.size())),
        attr(CKA_VALUE, value.isEmpty() ? &empty : value.data(), static_cast<CK_ULONG>(value.size())),
    };
    if (!application.isEmpty())
        templ.push_back(attr(CKA_APPLICATION, application.data(), static_cast<CK_ULONG>(application.size())));
    if (!objectId.isEmpty())
        templ.push_back(attr(CKA_OBJECT_ID, objectId.data(), static_cast<CK_ULONG>(objectId.size())));
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv = P11_CALL(session.module(), C_CreateObject, session.target(), session.handle(),
                              templ.data(), static_cast<CK_ULONG>(templ.size()), &handle);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_CreateObject"), rv);
    Result<ObjectSummary> summary = summarizeObject(session, token, handle);
    if (summary && summary->uri.isEmpty())
        summary->uri = uri::forObject(token, *summary);
    logging::adminChange(QStringLiteral("created a data object \u201c%1\u201d on token \u201c%2\u201d")
                             .arg(QString::fromUtf8(spec.label), token.label));
    return summary;
}

} // namespace hsm::objects
