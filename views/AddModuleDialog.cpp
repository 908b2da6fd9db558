#include "AddModuleDialog.h"

#include "ViewsResources.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hsm {

AddModuleDialog::AddModuleDialog(QWidget* parent) : QDialog(parent) {
    initViewsResources();
    setObjectName(QStringLiteral("addModuleDialog"));
    setWindowTitle(tr("Add PKCS#11 module"));
    setAccessibleName(tr("Add module"));
    resize(560, 380);

    auto* layout = new QVBoxLayout(this);
    auto* listLabel = new QLabel(tr("Modules &registered with p11-kit:"), this);
    layout->addWidget(listLabel);
    m_registered = new QListWidget(this);
    m_registered->setObjectName(QStringLiteral("registeredModules"));
    m_registered->setAccessibleName(tr("Registered modules"));
    m_registered->setToolTip(tr("Modules p11-kit knows about; pick one or enter a path below"));
    listLabel->setBuddy(m_registered);
    layout->addWidget(m_registered, 1);
    m_registryStatus = new QLabel(tr("Reading the p11-kit registry…"), this);
    m_registryStatus->setObjectName(QStringLiteral("registryStatus"));
    layout->addWidget(m_registryStatus);

    auto* pathLabel = new QLabel(tr("Module &library:"), this);
    layout->addWidget(pathLabel);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("modulePath"));
    m_path->setPlaceholderText(tr("/path/to/pkcs11-module.so or a p11-kit module name"));
    m_path->setAccessibleName(tr("Module path"));
    m_path->setClearButtonEnabled(true);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(m_path, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setToolTip(tr("Choose the module's shared library file"));
    browseButton->setAccessibleName(tr("Browse for a module file"));
    pathRow->addWidget(browseButton);
    layout->addLayout(pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &AddModuleDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &AddModuleDialog::updateButtons);
    connect(m_registered, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr)
            m_path->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_registered, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem*) {
        if (!selectedModule().isEmpty())
            accept();
    });
    connect(&m_watcher, &QFutureWatcher<QList<RegisteredModule>>::finished, this,
            [this] { fillRegistered(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run([] { return registeredModules(); }));
    updateButtons();
}

AddModuleDialog::~AddModuleDialog() {
    // The registry read owns no widget state, but its result must not arrive in a dead dialog.
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.waitForFinished();
}

QString AddModuleDialog::selectedModule() const {
    return m_path->text().trimmed();
}

void AddModuleDialog::fillRegistered(const QList<RegisteredModule>& modules) {
    // Filling the list must not pick a module for the user (the list view makes its first row
    // current on insertion, which would fill the path field).
    const QSignalBlocker blocker(m_registered);
    m_registered->clear();
    for (const RegisteredModule& module : modules) {
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/module.svg")),
                                QStringLiteral("%1 — %2").arg(module.name, module.path), m_registered);
        item->setData(Qt::UserRole, module.path.isEmpty() ? module.name : module.path);
        item->setToolTip(module.path);
    }
    m_registered->setCurrentRow(-1);
    m_registered->clearSelection();
    m_registryStatus->setText(
        modules.isEmpty() ? tr("p11-kit has no registered modules.")
                          : tr("%n registered module(s).", nullptr, static_cast<int>(modules.size())));
    m_registryLoaded = true;
    emit registryReady();
}

void AddModuleDialog::browse() {
    const QString start = QFileInfo(selectedModule()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a PKCS#11 module"), start.isEmpty() ? QStringLiteral("/usr/lib") : start,
        tr("Shared libraries (*.so *.so.* *.dylib *.dll);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void AddModuleDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedModule().isEmpty());
}

} // namespace hsm
