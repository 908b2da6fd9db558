#include "LogDock.h"

#include "CallTraceModel.h"
#include "LogModel.h"
#include "Logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hsm {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 4);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

LogDock::LogDock(CallTrace* trace, QWidget* parent) : QDockWidget(tr("Log"), parent) {
    setObjectName(QStringLiteral("logDock"));
    setAccessibleName(tr("Log and call trace"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("logTabs"));

    // Log tab: level selector + live lines.
    auto* logPage = new QWidget(m_tabs);
    auto* logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(2, 2, 2, 2);
    auto* levelRow = new QHBoxLayout;
    auto* levelLabel = new QLabel(tr("&Level:"), logPage);
    m_level = new QComboBox(logPage);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Log level"));
    m_level->setToolTip(tr("Show and record messages of this level and above"));
    const QStringList levels = {tr("Trace"),   tr("Debug"), tr("Info"),
                                tr("Warning"), tr("Error"), tr("Critical")};
    for (int level = 0; level < levels.size(); ++level)
        m_level->addItem(levels.at(level), level);
    levelLabel->setBuddy(m_level);
    levelRow->addWidget(levelLabel);
    levelRow->addWidget(m_level);
    levelRow->addStretch(1);
    logLayout->addLayout(levelRow);

    m_logModel = new LogModel(this);
    m_logProxy = new LogFilterProxy(this);
    m_logProxy->setSourceModel(m_logModel);
    m_logView = makeTable(logPage, QStringLiteral("logView"), tr("Log messages"));
    m_logView->setModel(m_logProxy);
    logLayout->addWidget(m_logView, 1);
    m_tabs->addTab(logPage, tr("Lo&g"));

    // Call trace tab.
    auto* tracePage = new QWidget(m_tabs);
    auto* traceLayout = new QVBoxLayout(tracePage);
    traceLayout->setContentsMargins(2, 2, 2, 2);
    m_traceModel = new CallTraceModel(trace, this);
    m_traceView = makeTable(tracePage, QStringLiteral("callTraceView"), tr("PKCS#11 call trace"));
    m_traceView->setModel(m_traceModel);
    traceLayout->addWidget(m_traceView, 1);
    m_tabs->addTab(tracePage, tr("&Call trace"));

    setWidget(m_tabs);

    const int current = logging::level();
    m_level->setCurrentIndex(std::clamp(current, 0, static_cast<int>(levels.size()) - 1));
    m_logProxy->setMinimumLevel(m_level->currentIndex());
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { setLevel(m_level->currentData().toInt()); });

    // Keep the newest line in view unless the user scrolled up to read.
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, [this] { followTail(m_logView); });
    connect(m_traceModel, &QAbstractItemModel::rowsInserted, this, [this] { followTail(m_traceView); });
}

void LogDock::setLevel(int level) {
    m_logProxy->setMinimumLevel(level);
    logging::setLevel(level);
}

void LogDock::followTail(QTableView* view) {
    QScrollBar* bar = view->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 2)
        view->scrollToBottom();
}

} // namespace hsm
