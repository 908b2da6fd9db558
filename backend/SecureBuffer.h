#pragma once

#include <QByteArray>
#include <cstddef>

namespace hsm {

/// Bytes of a secret (a PIN). Locked in memory where the OS allows, wiped with OPENSSL_cleanse when
/// cleared, overwritten or destroyed. Move-only: a copy would be one more place to wipe.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const char* data, std::size_t size);
    /// Takes the bytes and wipes the source array (QByteArray shares data; we detach and clean it).
    [[nodiscard]] static SecureBuffer takeFrom(QByteArray& source);
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /// Drops trailing '\n' / '\r' (a PIN read from a file or stdin line), wiping them.
    void chopLineEnd();
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace hsm
