#pragma once

#include "CertRequest.h"
#include "Types.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace hsm {

class EnrollWizard;
class OutputFileBox;
class SubjectEditor;
class UsageEditor;

/// Page 1: a key pair on the token (private keys of the current listing), or a new one made with
/// the key generation wizard. Complete once the key's facts were read and it can sign here.
class EnrollKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollKeyPage(EnrollWizard* wizard);
    [[nodiscard]] bool isComplete() const override;

private:
    void fillKeys();
    void onSelectionChanged();
    void showKeyState();

    EnrollWizard* m_wizard;
    QTreeWidget* m_keys = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_generate = nullptr;
};

/// Page 2: the subject, checked as it is typed; Next stays disabled while it has a problem.
class EnrollSubjectPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollSubjectPage(EnrollWizard* wizard);
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;
    [[nodiscard]] SubjectEditor* editor() const { return m_editor; }

private:
    EnrollWizard* m_wizard;
    SubjectEditor* m_editor = nullptr;
};

/// Page 3: subject alternative names, key usage, extended key usage and the signature algorithm
/// (only those the token can do with the key).
class EnrollExtensionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollExtensionsPage(EnrollWizard* wizard);
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

    [[nodiscard]] QList<certs::AltName> altNames() const;
    [[nodiscard]] unsigned keyUsage() const;
    [[nodiscard]] QStringList extendedKeyUsages() const;
    [[nodiscard]] std::optional<signing::Algorithm> algorithm() const;
    [[nodiscard]] QString usageSummary() const;

private:
    void addAltName();
    void removeAltName();
    void revalidate();
    void fillAlgorithms();

    EnrollWizard* m_wizard;
    QTableWidget* m_sans = nullptr;
    QComboBox* m_sanType = nullptr;
    QLineEdit* m_sanValue = nullptr;
    QLabel* m_sanProblems = nullptr;
    UsageEditor* m_usage = nullptr;
    QComboBox* m_algorithm = nullptr;
    QList<signing::Algorithm> m_algorithms;
    QByteArray m_filledKey; ///< identity of the key the algorithms were filled for
    bool m_usageDefaulted = false;
};

/// Page 4: PEM or DER, file and clipboard, a review of everything; shows the progress and the
/// result once Finish was pressed.
class EnrollOutputPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollOutputPage(EnrollWizard* wizard);
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isDer() const;
    [[nodiscard]] bool toClipboard() const;
    void setRunning(bool running);
    /// `text` in green (ok) or red.
    void showResult(const QString& text, bool ok);

private:
    EnrollWizard* m_wizard;
    OutputFileBox* m_output = nullptr;
    QCheckBox* m_clipboard = nullptr;
    QPlainTextEdit* m_review = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace hsm
