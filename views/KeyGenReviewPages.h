#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace hsm {

class KeyGenLoginNotice;
class KeyGenWizard;

/// Page 3: the vendor profile whose rules the templates are checked against.
class KeyGenProfilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeyGenProfilePage(KeyGenWizard* wizard);
    void initializePage() override;

private:
    void onProfileChosen();

    KeyGenWizard* m_wizard;
    QComboBox* m_profile = nullptr;
    QLabel* m_automatic = nullptr;
    QLabel* m_applied = nullptr;
};

/// Page 4: the exact templates and the profile's objections. Its Next button generates.
class KeyGenPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeyGenPreviewPage(KeyGenWizard* wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    KeyGenWizard* m_wizard;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_violations = nullptr;
    QCheckBox* m_acceptWarnings = nullptr;
    KeyGenLoginNotice* m_login = nullptr;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace hsm
