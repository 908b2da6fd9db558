#include "ChainView.h"

#include "CertFile.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hsm {

namespace {

constexpr int kLinkRole = Qt::UserRole;

QString checkMark(const chain::Check& check) {
    switch (check.state) {
    case chain::Check::State::Passed:
        return QStringLiteral("✓");
    case chain::Check::State::Failed:
        return QStringLiteral("✗");
    case chain::Check::State::NotApplicable:
        break;
    }
    return QStringLiteral("–");
}

QStringList defaultFilePrompt(QWidget* parent) {
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("hsm::ChainView", "Add certificates to the chain"), QString(),
        QCoreApplication::translate("hsm::ChainView",
                                    "Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)"));
}

} // namespace

ChainView::ChainView(const chain::Candidate& leaf, const QString& title, QWidget* parent)
    : QDialog(parent), m_leaf(leaf), m_filePrompt(&defaultFilePrompt) {
    setObjectName(QStringLiteral("chainDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Certificate chain of %1").arg(title));
    resize(900, 560);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chainSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chainStatus"));
    m_status->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("chainTree"));
    m_tree->setAccessibleName(tr("Certificate chain, leaf to root"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Certificate"), tr("Source"), tr("Signature"), tr("Validity"), tr("CA"),
                             tr("Path length"), tr("Key usage")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("chainDetails"));
    m_details->setAccessibleName(tr("Details of the selected certificate"));

    m_addFile = new QPushButton(tr("Add &file…"), this);
    m_addFile->setObjectName(QStringLiteral("addChainFileButton"));
    m_addFile->setToolTip(tr("Add issuer certificates from PEM, DER or PKCS#7 files"));
    m_addFile->setAccessibleName(tr("Add certificate file"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_addFile, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_filePrompt ? m_filePrompt(this) : QStringList();
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showDetails(item != nullptr ? item->data(CertificateColumn, kLinkRole).toInt() : -1);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_details, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    rebuild();
}

void ChainView::addCandidates(const QList<chain::Candidate>& candidates) {
    if (candidates.isEmpty())
        return;
    m_candidates << candidates;
    rebuild();
}

void ChainView::setPending(int sources) {
    m_pending = sources;
    updateStatus();
}

void ChainView::addSourceError(const QString& source, const QString& message) {
    m_sourceErrors << tr("%1 could not be read: %2").arg(source, message);
    updateStatus();
}

void ChainView::addFiles(const QStringList& paths) {
    QList<chain::Candidate> found;
    for (const QString& path : paths) {
        Result<certfile::ParsedFile> parsed = certfile::readFile(path);
        if (!parsed) {
            addSourceError(chain::Source::file(path).text(), parsed.error().text());
            continue;
        }
        for (const QByteArray& der : parsed->certificates)
            found << chain::Candidate{der, chain::Source::file(path), false};
    }
    addCandidates(found);
}

void ChainView::rebuild() {
    m_chain = chain::build(m_leaf, m_candidates);
    m_tree->clear();
    QTreeWidgetItem* parent = nullptr;
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (int i = 0; i < m_chain.links.size(); ++i) {
        const chain::Link& link = m_chain.links[i];
        // Each issuer is a child of the certificate it signed: the tree reads leaf -> root downwards.
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        QString name = link.subject.isEmpty() ? tr("(unreadable certificate)") : link.subject;
        if (link.missing)
            name = tr("%1 — not found").arg(name);
        else if (link.selfSigned && link.trustAnchor)
            name += tr(" (trust anchor)");
        item->setText(CertificateColumn, name); // the icon carries the mark, the tooltip the reason
        item->setIcon(CertificateColumn, link.ok() ? good : bad);
        item->setData(CertificateColumn, kLinkRole, i);
        item->setToolTip(CertificateColumn, link.ok() ? tr("Valid") : link.problems.join(QLatin1Char('\n')));
        item->setText(SourceColumn, link.missing ? QString() : link.source.text());
        const QList<const chain::Check*> checks = link.checks();
        for (int k = 0; k < checks.size(); ++k) {
            item->setText(SignatureColumn + k, checkMark(*checks[k]));
            item->setToolTip(SignatureColumn + k, checks[k]->text);
            item->setTextAlignment(SignatureColumn + k, Qt::AlignCenter);
        }
        if (!link.ok())
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, QColor(0xb0, 0x00, 0x20));
        parent = item;
    }
    m_tree->expandAll();
    for (int column = SourceColumn; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_summary->setText(m_chain.summary());
    // Where it breaks is what the user came for; otherwise the leaf.
    const int focus = std::max(0, m_chain.firstBroken());
    QTreeWidgetItem* item = m_tree->topLevelItem(0);
    for (int i = 0; i < focus && item != nullptr; ++i)
        item = item->childCount() > 0 ? item->child(0) : nullptr;
    if (item != nullptr)
        m_tree->setCurrentItem(item);
    showDetails(item != nullptr ? focus : -1);
    updateStatus();
    emit chainChanged();
}

void ChainView::showDetails(int link) {
    if (link < 0 || link >= m_chain.links.size()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(detailsHtml(m_chain.links[link]));
}

QString ChainView::detailsHtml(const chain::Link& link) const {
    QString html = QStringLiteral("<h3>%1</h3>").arg(link.subject.toHtmlEscaped());
    if (!link.missing) {
        html += QStringLiteral("<table>");
        const auto row = [&html](const QString& name, const QString& value) {
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        };
        row(tr("Issuer"), link.issuer);
        row(tr("Serial"), link.serialHex);
        row(tr("Valid"), tr("%1 to %2").arg(chain::dateText(link.notBefore), chain::dateText(link.notAfter)));
        row(tr("Source"), link.source.text());
        if (link.selfSigned)
            row(tr("Root"), link.trustAnchor ? tr("Self-signed; a trust anchor of the system trust store")
                                             : tr("Self-signed; not in the system trust store"));
        const QStringList names{tr("Signature"), tr("Validity"), tr("CA"), tr("Path length"),
                                tr("Key usage")};
        const QList<const chain::Check*> checks = link.checks();
        for (int k = 0; k < checks.size(); ++k)
            row(names[k], QStringLiteral("%1 %2").arg(checkMark(*checks[k]), checks[k]->text));
        html += QStringLiteral("</table>");
    }
    if (!link.problems.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p><ul>")
                    .arg(tr("Why this link is not valid:"));
        for (const QString& problem : link.problems)
            html += QStringLiteral("<li style=\"color:#b00020\">%1</li>").arg(problem.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

void ChainView::updateStatus() {
    QStringList parts;
    if (m_pending > 0)
        parts << tr("Gathering certificates… (%n source(s) still reading)", nullptr, m_pending);
    else
        parts << tr("Built from %n candidate certificate(s).", nullptr,
                    static_cast<int>(m_candidates.size()));
    parts << m_sourceErrors;
    m_status->setText(parts.join(QLatin1Char('\n')));
}

} // namespace hsm
