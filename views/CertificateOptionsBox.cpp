#include "CertificateOptionsBox.h"

#include "CertificateController.h"
#include "SubjectEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hsm {

namespace {

QDateTimeEdit* utcEdit(const char* name, const QDateTime& value, QWidget* parent) {
    auto* edit = new QDateTimeEdit(value, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    edit->setEnabled(false); // until "Set the dates instead" is ticked
    return edit;
}

} // namespace

CertificateOptionsBox::CertificateOptionsBox(int days, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("certificateOptions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* certBox = new QGroupBox(tr("Certificate"), this);
    auto* form = new QFormLayout(certBox);
    m_days = new QSpinBox(certBox);
    m_days->setObjectName(QStringLiteral("validityDays"));
    m_days->setAccessibleName(tr("Validity in days"));
    m_days->setRange(1, 36500);
    m_days->setValue(days);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Valid for:"), m_days);
    m_useDates = new QCheckBox(tr("Set the &dates instead (UTC)"), certBox);
    m_useDates->setObjectName(QStringLiteral("useDates"));
    form->addRow(QString(), m_useDates);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_notBefore = utcEdit("notBefore", now, certBox);
    form->addRow(tr("Not &before:"), m_notBefore);
    m_notAfter = utcEdit("notAfter", now.addDays(days), certBox);
    form->addRow(tr("Not a&fter:"), m_notAfter);
    m_isCa = new QCheckBox(tr("This is a &CA certificate"), certBox);
    m_isCa->setObjectName(QStringLiteral("isCa"));
    form->addRow(QString(), m_isCa);
    m_pathLength = new QSpinBox(certBox);
    m_pathLength->setObjectName(QStringLiteral("pathLength"));
    m_pathLength->setAccessibleName(tr("Path length"));
    m_pathLength->setRange(-1, 16);
    m_pathLength->setValue(-1);
    m_pathLength->setSpecialValueText(tr("no limit"));
    m_pathLength->setEnabled(false);
    form->addRow(tr("&Path length:"), m_pathLength);
    m_algorithm = new QComboBox(certBox);
    m_algorithm->setObjectName(QStringLiteral("signatureAlgorithm"));
    m_algorithm->setAccessibleName(tr("Signature algorithm"));
    form->addRow(tr("Si&gnature:"), m_algorithm);
    layout->addWidget(certBox);
    m_usage = new UsageEditor(this);
    layout->addWidget(m_usage);
    certui::fillAlgorithms(m_algorithm, {});

    connect(m_useDates, &QCheckBox::toggled, this, [this](bool dates) {
        m_days->setEnabled(!dates);
        m_notBefore->setEnabled(dates);
        m_notAfter->setEnabled(dates);
        emit changed();
    });
    connect(m_isCa, &QCheckBox::toggled, m_pathLength, &QSpinBox::setEnabled);
    connect(m_isCa, &QCheckBox::toggled, this, &CertificateOptionsBox::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &CertificateOptionsBox::changed);
    connect(m_notBefore, &QDateTimeEdit::dateTimeChanged, this, &CertificateOptionsBox::changed);
    connect(m_notAfter, &QDateTimeEdit::dateTimeChanged, this, &CertificateOptionsBox::changed);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &CertificateOptionsBox::changed);
    connect(m_usage, &UsageEditor::changed, this, &CertificateOptionsBox::changed);
}

void CertificateOptionsBox::setAlgorithms(const QList<signing::Algorithm>& algorithms) {
    m_algorithms = algorithms;
    certui::fillAlgorithms(m_algorithm, m_algorithms);
    emit changed();
}

bool CertificateOptionsBox::hasAlgorithm() const {
    return certui::chosenAlgorithm(m_algorithm, m_algorithms).has_value();
}

QString CertificateOptionsBox::algorithmName() const {
    return hasAlgorithm() ? m_algorithm->currentText() : QString();
}

void CertificateOptionsBox::setCa(bool isCa) {
    m_isCa->setChecked(isCa);
}

bool CertificateOptionsBox::isCa() const {
    return m_isCa->isChecked();
}

void CertificateOptionsBox::linkUsagesToCa() {
    m_isCa->setToolTip(tr("basicConstraints CA:TRUE (critical); ticking it also selects certificate and "
                          "CRL signing"));
    connect(m_isCa, &QCheckBox::toggled, this, &CertificateOptionsBox::followCa);
    followCa(m_isCa->isChecked());
}

void CertificateOptionsBox::followCa(bool isCa) {
    constexpr unsigned caBits = certs::KeyCertSign | certs::CrlSign;
    unsigned bits = m_usage->keyUsage();
    if (isCa) {
        bits |= caBits;
    } else {
        bits &= ~caBits;
        if (bits == 0) // a leaf with no usage at all would be an odd default
            bits = certs::DigitalSignature;
    }
    m_usage->setKeyUsage(bits);
}

QString CertificateOptionsBox::problem() const {
    if (m_useDates->isChecked() && m_notAfter->dateTime() <= m_notBefore->dateTime())
        return tr("“Not after” must be later than “not before”.");
    return {};
}

certs::IssueSpec CertificateOptionsBox::spec() const {
    certs::IssueSpec spec;
    if (m_useDates->isChecked()) {
        spec.notBefore = m_notBefore->dateTime().toUTC();
        spec.notAfter = m_notAfter->dateTime().toUTC();
    }
    spec.days = m_days->value();
    spec.isCa = m_isCa->isChecked();
    if (spec.isCa && m_pathLength->value() >= 0)
        spec.pathLength = m_pathLength->value();
    spec.keyUsage = m_usage->keyUsage();
    spec.extendedKeyUsages = m_usage->extendedKeyUsages();
    if (const auto algorithm = certui::chosenAlgorithm(m_algorithm, m_algorithms))
        spec.algorithm = *algorithm;
    return spec;
}

} // namespace hsm
