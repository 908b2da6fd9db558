#pragma once

#include "CertCollect.h"
#include "Result.h"
#include "TrustStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;

namespace hsm {

class ChainView;
class ExpiryView;
class WindowContext;

/// Certificates ▸ Show chain… (Ctrl+Shift+C, also in the object table's context menu) and
/// Certificates ▸ Expiring certificates…. Both gather the certificates of every open token on that
/// token's worker and merge the answers on the GUI thread as they come; the chain also reads the
/// system trust store (p11-kit's trust module) on a thread of its own. Nothing here waits.
class ChainController : public QObject {
    Q_OBJECT
public:
    explicit ChainController(WindowContext* context);

    [[nodiscard]] QAction* showChainAction() const { return m_showChain; }
    [[nodiscard]] QAction* expiringAction() const { return m_expiring; }
    [[nodiscard]] ChainView* chainView() const;
    [[nodiscard]] ExpiryView* expiryView() const;

    /// Opens the chain of the certificate selected in the object table.
    void showChain();
    void showExpiring();

    /// The trust module to read; tests may point it elsewhere. Empty = do not read a trust store.
    void setTrustModulePath(const QString& path) { m_trustModulePath = path; }

private:
    /// One token that answered: its label and key (URI), or the error.
    struct TokenAnswer {
        QString label;
        QString key;
        Result<QList<certcollect::TokenCertificate>> certificates;
    };
    /// Submits a certificate collection to the worker of every initialised token of every loaded
    /// module (the trust module's tokens are left to the trust store). `answer` runs on the GUI
    /// thread once per token, unless `receiver` is gone. Returns how many tokens were asked.
    int gatherTokens(QObject* receiver, const std::function<void(const TokenAnswer&)>& answer);
    /// Adds the system trust store's certificates to `view` (read once on a pool thread, then cached);
    /// `arrived` runs when a read finishes (not for the cache).
    void gatherTrustStore(ChainView* view, const std::function<void()>& arrived);
    void openChainView(const QByteArray& der, const ObjectSummary& certificate, const QString& tokenLabel);
    void updateActions();

    WindowContext* m_context;
    QAction* m_showChain = nullptr;
    QAction* m_expiring = nullptr;
    QPointer<ChainView> m_chainView;
    QPointer<ExpiryView> m_expiryView;
    QString m_trustModulePath;
    /// The trust store as read once; it changes only with system updates.
    std::optional<QList<truststore::TrustedCertificate>> m_trustCache;
};

} // namespace hsm
