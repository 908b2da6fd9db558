#pragma once

#include "Result.h"
#include "Types.h"

#include <QString>
#include <memory>

namespace hsm {

/// RFC 7512 PKCS#11 URIs, built and matched with p11-kit's p11_kit_uri_* API (no hand parser).
namespace uri {
/// "pkcs11:model=...;manufacturer=...;serial=...;token=..."
[[nodiscard]] QString forToken(const TokenInfo& token);
/// Token part plus object (label), id and type (cert, data, private, public, secret-key).
[[nodiscard]] QString forObject(const TokenInfo& token, const ObjectSummary& object);
} // namespace uri

/// A parsed PKCS#11 URI used as a selector for tokens and objects.
class UriMatcher {
public:
    [[nodiscard]] static Result<UriMatcher> parse(const QString& text);
    ~UriMatcher();
    UriMatcher(UriMatcher&&) noexcept;
    UriMatcher& operator=(UriMatcher&&) noexcept;
    UriMatcher(const UriMatcher&) = delete;
    UriMatcher& operator=(const UriMatcher&) = delete;

    [[nodiscard]] bool matchesModule(const ModuleInfo& module) const; ///< library-* attributes
    [[nodiscard]] bool matchesToken(const TokenInfo& token) const;
    /// Object part (object, id, type); a URI without object attributes matches every object.
    [[nodiscard]] bool matchesObject(const ObjectSummary& object) const;
    [[nodiscard]] bool hasObjectAttributes() const;

private:
    struct Impl;
    explicit UriMatcher(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace hsm
