#include "EditObjectDialog.h"

#include "Pkcs11Names.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

EditObjectDialog::EditObjectDialog(const objects::EditableObject& object, bool loggedIn, QWidget* parent)
    : QDialog(parent), m_object(object) {
    setObjectName(QStringLiteral("editObjectDialog"));
    setWindowTitle(tr("Edit %1").arg(objects::describe(object.summary)));
    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("editNote"));
    m_note->setWordWrap(true);
    const bool needsLogin = object.summary.isPrivate.value_or(false) && !loggedIn;
    if (!object.modifiable)
        m_note->setText(tr("This object cannot be changed: its CKA_MODIFIABLE attribute is false. It was set "
                           "when the object was created."));
    else if (needsLogin)
        m_note->setText(tr("Not logged in: log in to change this private object."));
    m_note->setVisible(!m_note->text().isEmpty());
    layout->addWidget(m_note);
    const bool editable = object.modifiable && !needsLogin;

    auto* form = new QFormLayout;
    m_label = new QLineEdit(QString::fromUtf8(object.summary.labelBytes), this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setToolTip(tr("CKA_LABEL, stored as UTF-8"));
    m_label->setEnabled(editable);
    form->addRow(tr("&Label:"), m_label);
    m_id = new QLineEdit(QString::fromLatin1(object.summary.id.toHex()), this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setAccessibleName(tr("ID in hex"));
    m_id->setToolTip(
        tr("CKA_ID as hex bytes (01a2ff or 01:a2:ff). Keys and certificates that belong together "
           "share their ID."));
    m_id->setEnabled(editable);
    form->addRow(tr("&ID (hex):"), m_id);
    m_idError = new QLabel(this);
    m_idError->setObjectName(QStringLiteral("idError"));
    m_idError->setWordWrap(true);
    m_idError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_idError->hide();
    form->addRow(QString(), m_idError);
    layout->addLayout(form);

    if (!object.booleans.isEmpty()) {
        auto* box = new QGroupBox(tr("Attributes"), this);
        box->setObjectName(QStringLiteral("flagsBox"));
        auto* grid = new QGridLayout(box);
        int index = 0;
        for (const auto& [type, value] : object.booleans) {
            auto* check = new QCheckBox(names::attribute(type), box);
            check->setObjectName(QStringLiteral("flag_") + names::attribute(type));
            check->setChecked(value);
            const QString why = objects::ruleExplanation(type);
            const bool changeable = objects::canChange(type, value, !value);
            check->setEnabled(editable && changeable);
            check->setToolTip(why.isEmpty() ? tr("%1 can be changed either way.").arg(names::attribute(type))
                                            : why);
            check->setAccessibleDescription(check->toolTip());
            grid->addWidget(check, index / 2, index % 2);
            m_flags.insert(type, check);
            connect(check, &QCheckBox::toggled, this, &EditObjectDialog::updateState);
            ++index;
        }
        layout->addWidget(box);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_label, &QLineEdit::textChanged, this, &EditObjectDialog::updateState);
    connect(m_id, &QLineEdit::textChanged, this, &EditObjectDialog::updateState);
    updateState();
}

objects::ObjectEdit EditObjectDialog::edit() const {
    objects::ObjectEdit edit;
    const QByteArray label = m_label->text().toUtf8();
    if (label != m_object.summary.labelBytes)
        edit.label = label;
    if (Result<QByteArray> id = objects::parseHexId(m_id->text()); id && *id != m_object.summary.id)
        edit.id = *id;
    for (const auto& [type, value] : m_object.booleans) {
        const QCheckBox* check = m_flags.value(type);
        if (check != nullptr && check->isChecked() != value)
            edit.booleans.append({type, check->isChecked()});
    }
    return edit;
}

QString EditObjectDialog::noteText() const {
    return m_note->text();
}

void EditObjectDialog::updateState() {
    const Result<QByteArray> id = objects::parseHexId(m_id->text());
    m_idError->setText(id ? QString() : id.error().message);
    m_idError->setVisible(!id);
    const objects::ObjectEdit e = edit();
    const bool changed = e.label || e.id || !e.booleans.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(id.ok() && changed && m_label->isEnabled());
}

} // namespace hsm
