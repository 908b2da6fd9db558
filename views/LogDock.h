#pragma once

#include <QDockWidget>

class QComboBox;
class QTabWidget;
class QTableView;

namespace hsm {

class CallTrace;
class CallTraceModel;
class LogFilterProxy;
class LogModel;

/// The bottom dock: live log lines (level chosen here also sets the logger's level) and the
/// PKCS#11 call trace.
class LogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LogDock(CallTrace* trace, QWidget* parent = nullptr);

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    void setLevel(int level);
    static void followTail(QTableView* view);

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_level = nullptr;
    LogModel* m_logModel = nullptr;
    LogFilterProxy* m_logProxy = nullptr;
    CallTraceModel* m_traceModel = nullptr;
    QTableView* m_logView = nullptr;
    QTableView* m_traceView = nullptr;
};

} // namespace hsm
