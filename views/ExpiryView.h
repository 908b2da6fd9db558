#pragma once

#include "CertCollect.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QSpinBox;
class QTableView;

namespace hsm {

class ExpiringCertificatesModel;

/// Certificates of all open tokens that expire within N days (expired ones in red), soonest first.
/// Tokens answer one by one while it is open. Non-modal; deletes itself when closed.
class ExpiryView : public QDialog {
    Q_OBJECT
public:
    explicit ExpiryView(QWidget* parent = nullptr);

    /// The certificates of one token; `key` tells apart tokens that share a label.
    void setTokenCertificates(const QString& key, const QString& tokenLabel,
                              const QList<certcollect::TokenCertificate>& certificates);
    void setPending(int tokens);
    void addSourceError(const QString& source, const QString& message);

    [[nodiscard]] ExpiringCertificatesModel* model() const { return m_model; }

private:
    void updateStatus();

    ExpiringCertificatesModel* m_model;
    QSpinBox* m_days;
    QTableView* m_table;
    QLabel* m_status;
    int m_pending = 0;
    QStringList m_errors;
};

} // namespace hsm
