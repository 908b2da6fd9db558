#pragma once

#include "CertChain.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace hsm {

/// The chain of one certificate, leaf at the top and each issuer indented below the certificate it
/// signed, every link marked ✓/✗ with its checks, and the reason in words where it breaks.
/// Candidates arrive while it is open (each token's worker, the system trust store, files the user
/// adds); the chain is built again with every arrival. Non-modal; deletes itself when closed.
class ChainView : public QDialog {
    Q_OBJECT
public:
    /// Columns of the tree.
    enum Column {
        CertificateColumn,
        SourceColumn,
        SignatureColumn,
        ValidityColumn,
        CaColumn,
        PathLengthColumn,
        KeyUsageColumn,
        ColumnCount
    };

    ChainView(const chain::Candidate& leaf, const QString& title, QWidget* parent = nullptr);

    /// More candidate certificates; the chain is rebuilt.
    void addCandidates(const QList<chain::Candidate>& candidates);
    /// How many sources (tokens, the trust store) are still being read; 0 = all answered.
    void setPending(int sources);
    /// A source that could not be read: said in the status line, the chain is built without it.
    void addSourceError(const QString& source, const QString& message);
    /// Reads certificate files (PEM, DER, PKCS#7) as candidates; unreadable ones are reported.
    void addFiles(const QStringList& paths);
    /// Replaces the file chooser ("Add file…"); tests return paths directly.
    void setFilePrompt(std::function<QStringList(QWidget*)> prompt) { m_filePrompt = std::move(prompt); }

    [[nodiscard]] const chain::Chain& chain() const { return m_chain; }
    [[nodiscard]] int candidateCount() const { return static_cast<int>(m_candidates.size()); }

signals:
    /// The chain was built again (a candidate arrived).
    void chainChanged();

private:
    void rebuild();
    void showDetails(int link);
    void updateStatus();
    [[nodiscard]] QString detailsHtml(const chain::Link& link) const;

    chain::Candidate m_leaf;
    QList<chain::Candidate> m_candidates;
    chain::Chain m_chain;
    int m_pending = 0;
    QStringList m_sourceErrors;
    std::function<QStringList(QWidget*)> m_filePrompt;

    QLabel* m_summary;
    QLabel* m_status;
    QTreeWidget* m_tree;
    QTextBrowser* m_details;
    QPushButton* m_addFile;
};

} // namespace hsm
