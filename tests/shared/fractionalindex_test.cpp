#include "qtcatch.h"

#include "sync/fractionalindex.h"

#include <algorithm>
#include <random>

using namespace samen;

namespace {

bool validKey(const QString &k)
{
    if (k.isEmpty() || k.endsWith(QLatin1Char('0')))
        return false;
    return std::all_of(k.begin(), k.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
    });
}

void requireBetween(const QString &a, const QString &b)
{
    const QString k = keyBetween(a, b);
    INFO("between " << a.toStdString() << " and " << b.toStdString() << ": " << k.toStdString());
    REQUIRE(validKey(k));
    REQUIRE(a < k);
    if (!b.isEmpty())
        REQUIRE(k < b);
}

} // namespace

TEST_CASE("a key fits between any two different keys, and open ends work", "[fractional]")
{
    REQUIRE(keyBetween(QString(), QString()) == QStringLiteral("V"));
    requireBetween(QString(), QStringLiteral("V"));
    requireBetween(QStringLiteral("V"), QString());
    requireBetween(QStringLiteral("a"), QStringLiteral("b"));
    requireBetween(QStringLiteral("a"), QStringLiteral("a1"));
    requireBetween(QStringLiteral("a0"), QStringLiteral("a1"));
    requireBetween(QStringLiteral("az"), QStringLiteral("b"));
    requireBetween(QStringLiteral("azzz"), QStringLiteral("b"));
    requireBetween(QStringLiteral("a"), QStringLiteral("a01"));
    requireBetween(QString(), QStringLiteral("1"));
    requireBetween(QString(), QStringLiteral("01"));
    requireBetween(QString(), QStringLiteral("001"));
    requireBetween(QStringLiteral("z"), QString());
    requireBetween(QStringLiteral("zzzz"), QString());
    requireBetween(QStringLiteral("9"), QStringLiteral("A")); // digits end, letters begin
    requireBetween(QStringLiteral("Z"), QStringLiteral("a"));
}

TEST_CASE("keys that differ only by trailing zeros have no room between them, an empty key says re-key", "[fractional]")
{
    // "a" < "a0" as text, but no text sorts strictly between them.
    REQUIRE(keyBetween(QStringLiteral("a"), QStringLiteral("a0")).isEmpty());
    REQUIRE(keyBetween(QStringLiteral("a"), QStringLiteral("a")).isEmpty());
    REQUIRE(keyBetween(QStringLiteral("b"), QStringLiteral("a")).isEmpty());
    REQUIRE(keyBetween(QString(), QStringLiteral("0")).isEmpty());
    REQUIRE(keyBetween(QStringLiteral("a-"), QString()).isEmpty());
    REQUIRE(keysBetween(QStringLiteral("a"), QStringLiteral("a0"), 3).isEmpty());
}

TEST_CASE("appending and prepending one by one keeps keys short", "[fractional]")
{
    QString last;
    for (int i = 0; i < 100; ++i) {
        const QString next = keyBetween(last, QString());
        REQUIRE(next > last);
        last = next;
    }
    REQUIRE(last.size() <= 4);
    QString first = QStringLiteral("V");
    for (int i = 0; i < 100; ++i) {
        const QString next = keyBetween(QString(), first);
        REQUIRE(validKey(next));
        REQUIRE(next < first);
        first = next;
    }
    REQUIRE(first.size() <= 5);
}

TEST_CASE("1000 random inserts keep a strictly ordered list", "[fractional]")
{
    std::mt19937 rng(20261123);
    QStringList list;
    for (int i = 0; i < 1000; ++i) {
        const int pos = int(std::uniform_int_distribution<qsizetype>(0, list.size())(rng));
        const QString lower = pos > 0 ? list[pos - 1] : QString();
        const QString upper = pos < list.size() ? list[pos] : QString();
        const QString key = keyBetween(lower, upper);
        INFO("insert " << i << " between " << lower.toStdString() << " and " << upper.toStdString());
        REQUIRE(validKey(key));
        list.insert(pos, key);
    }
    for (qsizetype i = 1; i < list.size(); ++i)
        REQUIRE(list[i - 1] < list[i]);
    const auto longest = std::max_element(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    REQUIRE(longest->size() <= 12);
}

TEST_CASE("repeatedly inserting right after the same key still works", "[fractional]")
{
    const QString a = QStringLiteral("V");
    QString b = QStringLiteral("W");
    for (int i = 0; i < 200; ++i) {
        const QString k = keyBetween(a, b);
        REQUIRE(validKey(k));
        REQUIRE(a < k);
        REQUIRE(k < b);
        b = k;
    }
}

TEST_CASE("keysBetween gives n increasing keys inside the gap", "[fractional]")
{
    std::mt19937 rng(7);
    const QStringList samples { QString(),           QStringLiteral("1"), QStringLiteral("V"), QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("az"),
                                QStringLiteral("b"), QStringLiteral("z"), QStringLiteral("zz") };
    for (int round = 0; round < 300; ++round) {
        QString a = samples[std::uniform_int_distribution<qsizetype>(0, samples.size() - 1)(rng)];
        QString b = samples[std::uniform_int_distribution<qsizetype>(0, samples.size() - 1)(rng)];
        if (!b.isEmpty() && a >= b)
            std::swap(a, b);
        if (!b.isEmpty() && a >= b)
            continue;
        const int n = std::uniform_int_distribution<int>(1, 70)(rng);
        const QStringList keys = keysBetween(a, b, n);
        INFO(a.toStdString() << " .. " << b.toStdString() << " n=" << n);
        REQUIRE(keys.size() == n);
        QString previous = a;
        for (const QString &k : keys) {
            REQUIRE(validKey(k));
            REQUIRE(previous < k);
            previous = k;
        }
        if (!b.isEmpty())
            REQUIRE(previous < b);
    }
}

TEST_CASE("a fresh list of a few keys gets single characters spread over the alphabet", "[fractional]")
{
    const QStringList keys = keysBetween(QString(), QString(), 8);
    REQUIRE(keys.size() == 8);
    for (const QString &k : keys)
        REQUIRE(k.size() == 1);
    REQUIRE(keys.first() < QStringLiteral("A")); // room is left before the first ...
    REQUIRE(keys.last() > QStringLiteral("n")); // ... and after the last
    REQUIRE(keysBetween(QStringLiteral("a"), QStringLiteral("b"), 0).isEmpty());
}
