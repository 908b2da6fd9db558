#pragma once

#include "KeySpec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hsm {

class KeyGenWizard;

/// Inline message colours of the wizard's pages (style sheets for a QLabel).
namespace keygenui {
[[nodiscard]] QString errorStyle();   ///< red: blocks going on
[[nodiscard]] QString warningStyle(); ///< amber box: allowed, but think twice
[[nodiscard]] QString okStyle();      ///< green: nothing to object to
} // namespace keygenui

/// "Log in to generate" with a button that triggers the window's login action; hidden when logged in.
class KeyGenLoginNotice : public QWidget {
    Q_OBJECT
public:
    KeyGenLoginNotice(KeyGenWizard* wizard, const QString& namePrefix, QWidget* parent);
    void refresh();

private:
    KeyGenWizard* m_wizard;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};

/// Page 1: key type and size or curve, limited to what the token's mechanisms support.
class KeyGenKindPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeyGenKindPage(KeyGenWizard* wizard);
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void fillKinds();
    void onKindChanged();
    void onSizeChanged();
    /// The kind, size and curve chosen, applied to a copy of the wizard's spec.
    [[nodiscard]] keygen::KeySpec chosen() const;
    void check();

    KeyGenWizard* m_wizard;
    QLabel* m_status = nullptr;
    KeyGenLoginNotice* m_login = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_size = nullptr;
    QSpinBox* m_otherSize = nullptr;
    QComboBox* m_curve = nullptr;
    QLabel* m_sizeNote = nullptr;
    QLabel* m_error = nullptr;
    bool m_valid = false;
};

/// Page 2: label, ID, storage flags and usage.
class KeyGenAttributesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeyGenAttributesPage(KeyGenWizard* wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void onLabelChanged();
    void onIdChanged();
    void store();
    QCheckBox* addCheck(const char* name, const QString& text, const QString& toolTip);

    KeyGenWizard* m_wizard;
    QLineEdit* m_label = nullptr;
    QLabel* m_duplicate = nullptr;
    QLineEdit* m_id = nullptr;
    QLabel* m_idError = nullptr;
    QCheckBox *m_token = nullptr, *m_private = nullptr, *m_sensitive = nullptr, *m_extractable = nullptr;
    QCheckBox *m_sign = nullptr, *m_verify = nullptr, *m_encrypt = nullptr, *m_decrypt = nullptr;
    QCheckBox *m_wrap = nullptr, *m_unwrap = nullptr, *m_derive = nullptr;
    QLabel* m_pairNote = nullptr;
    bool m_idValid = true;
};

} // namespace hsm
