#pragma once

#include "CertIssue.h"
#include "TokenSigner.h"

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QSpinBox;

namespace hsm {

class UsageEditor;

/// What the signer decides about a certificate, shared by the issue and the self-signed dialogs:
/// validity (days, or not-before/not-after in UTC), basic constraints (CA and path length), key
/// usage and extended key usage, and the signature algorithm — only those the signing key supports
/// on this token are offered. objectNames: "validityDays", "useDates", "notBefore", "notAfter",
/// "isCa", "pathLength", "signatureAlgorithm", and the UsageEditor's "ku_*"/"eku_*".
class CertificateOptionsBox : public QWidget {
    Q_OBJECT
public:
    /// `days` is the validity offered at first (and the distance of the initial not-after date).
    explicit CertificateOptionsBox(int days, QWidget* parent = nullptr);

    /// Offers exactly `algorithms` (best first); an empty list leaves nothing to choose.
    void setAlgorithms(const QList<signing::Algorithm>& algorithms);
    [[nodiscard]] bool hasAlgorithm() const;
    /// The chosen algorithm's name as shown; empty when there is none.
    [[nodiscard]] QString algorithmName() const;

    void setCa(bool isCa);
    [[nodiscard]] bool isCa() const;
    [[nodiscard]] UsageEditor* usage() const { return m_usage; }
    /// The CA tick also adds or removes keyCertSign and cRLSign (what a CA's certificate needs, and
    /// what a leaf must not claim). For the self-signed dialog, whose CA choice drives the usages.
    void linkUsagesToCa();

    /// Why the choices cannot be used (dates in the wrong order); empty when they can.
    [[nodiscard]] QString problem() const;
    /// The spec these choices describe: validity, CA, path length, usages and algorithm.
    [[nodiscard]] certs::IssueSpec spec() const;

signals:
    void changed();

private:
    void followCa(bool isCa);

    QList<signing::Algorithm> m_algorithms;
    QSpinBox* m_days = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateTimeEdit* m_notBefore = nullptr;
    QDateTimeEdit* m_notAfter = nullptr;
    QCheckBox* m_isCa = nullptr;
    QSpinBox* m_pathLength = nullptr;
    QComboBox* m_algorithm = nullptr;
    UsageEditor* m_usage = nullptr;
};

} // namespace hsm
