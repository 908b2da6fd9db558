#pragma once

#include <QGroupBox>
#include <QString>

class QCheckBox;

namespace hsm {

class OutputFileBox;

/// Where a new certificate goes, for the issue and the self-signed dialogs: a file (PEM or DER,
/// path edit "certOutputPath") and/or the token ("storeOnToken"). At least one must be chosen.
class CertificateOutputBox : public QGroupBox {
    Q_OBJECT
public:
    /// `storeText` and `storeToolTip` say what storing on the token does in this dialog.
    CertificateOutputBox(const QString& storeText, const QString& storeToolTip, QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isDer() const;
    [[nodiscard]] bool storeOnToken() const;
    void setStoreOnToken(bool store);
    /// Why nothing would be kept (no file and not stored); empty when something is chosen.
    [[nodiscard]] QString problem() const;

signals:
    void changed();

private:
    OutputFileBox* m_file = nullptr;
    QCheckBox* m_store = nullptr;
};

} // namespace hsm
