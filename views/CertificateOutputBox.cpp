#include "CertificateOutputBox.h"

#include "SubjectEditor.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace hsm {

CertificateOutputBox::CertificateOutputBox(const QString& storeText, const QString& storeToolTip,
                                           QWidget* parent)
    : QGroupBox(tr("Output"), parent) {
    setObjectName(QStringLiteral("certificateOutput"));
    auto* layout = new QVBoxLayout(this);
    m_file = new OutputFileBox(QStringLiteral("certOutputPath"), tr("certificate"), this);
    layout->addWidget(m_file);
    m_store = new QCheckBox(storeText, this);
    m_store->setObjectName(QStringLiteral("storeOnToken"));
    m_store->setToolTip(storeToolTip);
    layout->addWidget(m_store);
    connect(m_file, &OutputFileBox::changed, this, &CertificateOutputBox::changed);
    connect(m_store, &QCheckBox::toggled, this, &CertificateOutputBox::changed);
}

QString CertificateOutputBox::path() const {
    return m_file->path();
}

bool CertificateOutputBox::isDer() const {
    return m_file->isDer();
}

bool CertificateOutputBox::storeOnToken() const {
    return m_store->isChecked();
}

void CertificateOutputBox::setStoreOnToken(bool store) {
    m_store->setChecked(store);
}

QString CertificateOutputBox::problem() const {
    if (path().isEmpty() && !storeOnToken())
        return tr("Choose an output file, or store the certificate on the token.");
    return {};
}

} // namespace hsm
