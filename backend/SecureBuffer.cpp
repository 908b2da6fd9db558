#include "SecureBuffer.h"

#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <sys/mman.h>
#include <utility>

namespace hsm {

namespace {
unsigned char* allocateLocked(std::size_t size) {
    if (size == 0)
        return nullptr;
    auto* p = new unsigned char[size]();
    // Best effort: keep the secret out of swap. Failure (RLIMIT_MEMLOCK) is not fatal.
    (void)::mlock(p, size);
    return p;
}

void releaseWiped(unsigned char* p, std::size_t size) {
    if (p == nullptr)
        return;
    OPENSSL_cleanse(p, size);
    (void)::munlock(p, size);
    delete[] p;
}
} // namespace

SecureBuffer::SecureBuffer(std::size_t size) : m_data(allocateLocked(size)), m_size(size) {}

SecureBuffer::SecureBuffer(const char* data, std::size_t size) : SecureBuffer(size) {
    if (size > 0)
        std::memcpy(m_data, data, size);
}

SecureBuffer SecureBuffer::takeFrom(QByteArray& source) {
    // detach() first so we wipe our own copy and not a buffer shared with someone else's QByteArray.
    source.detach();
    SecureBuffer out(source.constData(), static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        OPENSSL_cleanse(source.data(), static_cast<std::size_t>(source.size()));
    source.clear();
    return out;
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::chopLineEnd() {
    while (m_size > 0 && (m_data[m_size - 1] == '\n' || m_data[m_size - 1] == '\r')) {
        m_data[m_size - 1] = 0;
        --m_size;
    }
}

void SecureBuffer::clear() {
    // chopLineEnd() may have shrunk m_size; the allocation is at least m_size and the chopped tail is
    // already zero, so wiping m_size bytes wipes everything secret.
    releaseWiped(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

} // namespace hsm
