#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hsm {

class SoftcardModel;

/// The "Softcards" tab: module and provider choice, softcardtool's path (nShield), the softcard
/// table and its buttons. Only widgets; SoftcardController does the work.
class SoftcardsView : public QWidget {
    Q_OBJECT
public:
    SoftcardsView(SoftcardModel* model, QWidget* parent = nullptr);

    QComboBox* moduleCombo() const { return m_module; }
    QComboBox* providerCombo() const { return m_provider; }
    QLineEdit* toolPathEdit() const { return m_toolPath; }
    QPushButton* browseButton() const { return m_browse; }
    QLabel* locationLabel() const { return m_location; }
    QTableView* table() const { return m_table; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* statusLabel() const { return m_status; }
    /// Shows the tool row only for nShield.
    void setToolRowVisible(bool visible);

private:
    QPushButton* makeButton(const QString& text, const QString& name, const QString& tip,
                            const QString& accessible);

    QComboBox* m_module = nullptr;
    QComboBox* m_provider = nullptr;
    QWidget* m_toolRow = nullptr;
    QLineEdit* m_toolPath = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_location = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace hsm
