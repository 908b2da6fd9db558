#pragma once

#include "ModuleRegistry.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hsm {

/// Picks a module to load: one of p11-kit's registered modules, or any library by path.
/// Reading p11-kit's registry dlopens the modules, so it runs off the GUI thread.
class AddModuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddModuleDialog(QWidget* parent = nullptr);
    ~AddModuleDialog() override;

    /// The path (or p11-kit name) to load.
    [[nodiscard]] QString selectedModule() const;
    /// True once the registered list has been read (for tests).
    [[nodiscard]] bool registryLoaded() const { return m_registryLoaded; }

signals:
    void registryReady();

private:
    void fillRegistered(const QList<RegisteredModule>& modules);
    void browse();
    void updateButtons();

    QListWidget* m_registered = nullptr;
    QLabel* m_registryStatus = nullptr;
    QLineEdit* m_path = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFutureWatcher<QList<RegisteredModule>> m_watcher;
    bool m_registryLoaded = false;
};

} // namespace hsm
