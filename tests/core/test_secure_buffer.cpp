#include "SecureBuffer.h"

#include <QTest>
#include <cstring>

using namespace hsm;

class TestSecureBuffer : public QObject {
    Q_OBJECT
private slots:
    void takeFromWipesTheSource() {
        QByteArray source("123456");
        SecureBuffer b = SecureBuffer::takeFrom(source);
        QCOMPARE(b.size(), std::size_t(6));
        QCOMPARE(std::memcmp(b.data(), "123456", 6), 0);
        QVERIFY(source.isEmpty());
    }
    void takeFromDoesNotTouchASharedCopy() {
        QByteArray source("abcdef");
        const QByteArray other = source; // implicitly shared
        SecureBuffer b = SecureBuffer::takeFrom(source);
        QCOMPARE(other, QByteArray("abcdef"));
        QCOMPARE(b.size(), std::size_t(6));
    }
    void chopLineEnd() {
        SecureBuffer b("4321\r\n", 6);
        b.chopLineEnd();
        QCOMPARE(b.size(), std::size_t(4));
        QCOMPARE(std::memcmp(b.data(), "4321", 4), 0);
    }
    void moveLeavesSourceEmpty() {
        SecureBuffer a("pin", 3);
        SecureBuffer b(std::move(a));
        QCOMPARE(b.size(), std::size_t(3));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        SecureBuffer c;
        c = std::move(b);
        QCOMPARE(c.size(), std::size_t(3));
        c.clear();
        QVERIFY(c.isEmpty());
        QVERIFY(c.data() == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "test_secure_buffer.moc"
