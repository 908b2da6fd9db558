#pragma once

#include <QString>
#include <optional>
#include <p11-kit/pkcs11.h>
#include <utility>
#include <variant>

namespace hsm {

/// A failure as the user should see it: which call failed, the CK_RV (or other reason) and what to try.
struct Error {
    /// The failing call, e.g. "C_Login" or "dlopen" or "X509_REQ_sign".
    QString call;
    /// CKR_OK when the failure did not come from a PKCS#11 call (file, OpenSSL, parse errors).
    CK_RV rv = CKR_OK;
    /// What went wrong, in words; for PKCS#11 failures this starts with the CK_RV name.
    QString message;
    /// What the user can try next.
    QString hint;

    /// A C_* call answered with a CK_RV. A refusal made before the call (named after the call it
    /// prevented, rv CKR_OK) is not: there is no return value to show.
    [[nodiscard]] bool isPkcs11() const { return rv != CKR_OK && call.startsWith(QLatin1String("C_")); }
    /// One line for a CLI's stderr or a status bar: "C_Login failed: CKR_PIN_INCORRECT: ... Try: ..."
    [[nodiscard]] QString text() const;

    /// An error from a PKCS#11 call; message and hint come from the CK_RV tables.
    [[nodiscard]] static Error fromRv(const QString& call, CK_RV rv, const QString& detail = {});
    /// Any other failure.
    [[nodiscard]] static Error other(const QString& call, const QString& message, const QString& hint = {});
};

/// Expected-like result: either a value or an Error. std::expected is C++23; this is the subset we use.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but may fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace hsm
