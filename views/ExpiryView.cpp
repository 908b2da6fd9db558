#include "ExpiryView.h"

#include "ExpiringCertificatesModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace hsm {

ExpiryView::ExpiryView(QWidget* parent) : QDialog(parent), m_model(new ExpiringCertificatesModel(this)) {
    setObjectName(QStringLiteral("expiryDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Expiring certificates"));
    resize(860, 420);

    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("expiryDays"));
    m_days->setRange(0, 3650);
    m_days->setValue(m_model->days());
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Show certificates expiring within this many days"));
    m_days->setToolTip(tr("Certificates expiring within this many days are listed; expired ones always are"));
    connect(m_days, &QSpinBox::valueChanged, m_model, &ExpiringCertificatesModel::setDays);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("expiryTable"));
    m_table->setAccessibleName(tr("Expiring certificates of all open tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ExpiringCertificatesModel::SubjectColumn,
                                                      QHeaderView::Stretch);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("expiryStatus"));
    m_status->setWordWrap(true);

    auto* label = new QLabel(tr("Expiring &within:"), this);
    label->setBuddy(m_days);
    auto* form = new QHBoxLayout;
    form->addWidget(label);
    form->addWidget(m_days);
    form->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExpiryView::updateStatus);
    updateStatus();
}

void ExpiryView::setTokenCertificates(const QString& key, const QString& tokenLabel,
                                      const QList<certcollect::TokenCertificate>& certificates) {
    QList<ExpiringCertificatesModel::Entry> entries;
    for (const certcollect::TokenCertificate& c : certificates)
        entries << ExpiringCertificatesModel::Entry{tokenLabel, c.summary.label, c.summary.subject,
                                                    c.summary.notAfter, c.summary.uri};
    m_model->setTokenCertificates(key, entries);
    for (int column : {ExpiringCertificatesModel::TokenColumn, ExpiringCertificatesModel::LabelColumn,
                       ExpiringCertificatesModel::NotAfterColumn, ExpiringCertificatesModel::DaysLeftColumn})
        m_table->resizeColumnToContents(column);
    updateStatus();
}

void ExpiryView::setPending(int tokens) {
    m_pending = tokens;
    updateStatus();
}

void ExpiryView::addSourceError(const QString& source, const QString& message) {
    m_errors << tr("%1 could not be read: %2").arg(source, message);
    updateStatus();
}

void ExpiryView::updateStatus() {
    QStringList parts;
    if (m_pending > 0)
        parts << tr("Reading certificates… (%n token(s) still reading)", nullptr, m_pending);
    else
        parts << tr("%n certificate(s) expire within the period or have expired.", nullptr,
                    m_model->rowCount());
    parts << m_errors;
    m_status->setText(parts.join(QLatin1Char('\n')));
}

} // namespace hsm
