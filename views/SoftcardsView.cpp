#include "SoftcardsView.h"

#include "SoftcardModel.h"
#include "SoftcardProvider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hsm {

SoftcardsView::SoftcardsView(SoftcardModel* model, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("softcardsView"));
    setAccessibleName(tr("Softcards"));
    auto* layout = new QVBoxLayout(this);

    auto* chooser = new QHBoxLayout;
    m_module = new QComboBox(this);
    m_module->setObjectName(QStringLiteral("softcardModuleCombo"));
    m_module->setAccessibleName(tr("Module of the softcards"));
    m_module->setToolTip(tr("The module whose softcards are shown; follows the selected token"));
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* moduleLabel = new QLabel(tr("&Module:"), this);
    moduleLabel->setBuddy(m_module);
    chooser->addWidget(moduleLabel);
    chooser->addWidget(m_module, 1);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("softcardProviderCombo"));
    m_provider->setAccessibleName(tr("Softcard provider"));
    m_provider->setToolTip(tr("How softcards are made: chosen from the module, can be changed"));
    for (auto kind :
         {SoftcardProviderKind::SoftHsm2, SoftcardProviderKind::NShield, SoftcardProviderKind::Generic})
        m_provider->addItem(softcardProviderName(kind), softcardProviderId(kind));
    auto* providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_provider);
    chooser->addWidget(providerLabel);
    chooser->addWidget(m_provider);
    layout->addLayout(chooser);

    m_toolRow = new QWidget(this);
    auto* toolLayout = new QHBoxLayout(m_toolRow);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    m_toolPath = new QLineEdit(m_toolRow);
    m_toolPath->setObjectName(QStringLiteral("softcardToolPathEdit"));
    m_toolPath->setAccessibleName(tr("Path of softcardtool"));
    m_toolPath->setToolTip(tr("nShield Web Services softcardtool (remembered)"));
    auto* toolLabel = new QLabel(tr("soft&cardtool:"), m_toolRow);
    toolLabel->setBuddy(m_toolPath);
    m_browse = new QPushButton(tr("&Browse…"), m_toolRow);
    m_browse->setObjectName(QStringLiteral("softcardToolBrowseButton"));
    m_browse->setAccessibleName(tr("Choose softcardtool"));
    m_browse->setToolTip(tr("Choose the softcardtool program"));
    toolLayout->addWidget(toolLabel);
    toolLayout->addWidget(m_toolPath, 1);
    toolLayout->addWidget(m_browse);
    layout->addWidget(m_toolRow);

    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("softcardLocationLabel"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_location);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("softcardTable"));
    m_table->setAccessibleName(tr("Softcards"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_create = makeButton(tr("C&reate…"), QStringLiteral("createSoftcardButton"),
                          tr("Create a softcard with the chosen provider"), tr("Create softcard"));
    m_delete = makeButton(tr("&Delete…"), QStringLiteral("deleteSoftcardButton"),
                          tr("Delete the selected softcard and everything on it (asks first)"),
                          tr("Delete softcard"));
    m_refresh = makeButton(tr("Re&fresh"), QStringLiteral("refreshSoftcardsButton"),
                           tr("List the softcards again"), tr("Refresh softcards"));
    m_verify = makeButton(tr("&Verify connection"), QStringLiteral("verifySoftcardButton"),
                          tr("Check the Web Services server connection (softcardtool -v1)"),
                          tr("Verify connection"));
    for (QPushButton* b : {m_create, m_delete, m_refresh, m_verify})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("softcardStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

QPushButton* SoftcardsView::makeButton(const QString& text, const QString& name, const QString& tip,
                                       const QString& accessible) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleName(accessible);
    return button;
}

void SoftcardsView::setToolRowVisible(bool visible) {
    m_toolRow->setVisible(visible);
}

} // namespace hsm
