#pragma once

#include "Types.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace hsm {

/// Every CK_TOKEN_INFO field of the selected token, flags decoded and the PIN state in words.
class TokenInfoWidget : public QWidget {
    Q_OBJECT
public:
    explicit TokenInfoWidget(QWidget* parent = nullptr);

    void setToken(const std::optional<TokenInfo>& token);
    void clear() { setToken(std::nullopt); }

    /// Text shown for a field ("label", "serial", "flags", "userPin", ...); for tests and accessibility.
    [[nodiscard]] QString fieldText(const QString& key) const;

    /// The PIN state for one user type in words, from the token's flags.
    [[nodiscard]] static QString pinStatus(const TokenInfo& token, CK_USER_TYPE userType);

private:
    void addField(const QString& key, const QString& title);
    void setField(const QString& key, const QString& text);

    QFormLayout* m_form = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_fields = nullptr;
    QHash<QString, QLabel*> m_values;
};

} // namespace hsm
