#include "sync/fractionalindex.h"

namespace samen {

namespace {

constexpr int kBase = 62;
constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return 10 + (u - u'A');
    if (u >= u'a' && u <= u'z')
        return 36 + (u - u'a');
    return -1;
}

QChar digit(int v)
{
    return QLatin1Char(kDigits[v]);
}

bool isKeyText(const QString &s)
{
    for (const QChar c : s) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

QString withoutTrailingZeros(QString s)
{
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

// Greenspan's midpoint: a < b as fractions, neither ends in '0'; b empty means 1.
QString midpoint(const QString &a, const QString &b)
{
    if (!b.isEmpty()) {
        qsizetype n = 0;
        while (n < b.size() && (n < a.size() ? a[n] : QLatin1Char('0')) == b[n])
            ++n;
        if (n > 0)
            return b.left(n) + midpoint(a.mid(n), b.mid(n));
    }
    const int da = a.isEmpty() ? 0 : digitValue(a[0]);
    const int db = b.isEmpty() ? kBase : digitValue(b[0]);
    if (db - da > 1)
        return QString(digit((da + db + 1) / 2));
    if (b.size() > 1)
        return b.left(1);
    return digit(da) + midpoint(a.mid(1), QString());
}

// After a, open end: the smallest step up keeps keys short when items are appended one by one.
QString after(const QString &a)
{
    if (a.isEmpty())
        return QString(digit(kBase / 2));
    const int d = digitValue(a[0]);
    if (d < kBase - 1)
        return QString(digit(d + 1));
    return digit(d) + after(a.mid(1));
}

// Before b (b > 0, no trailing zeros), open start: the mirror of after().
QString before(const QString &b)
{
    const int d = digitValue(b[0]);
    if (d >= 2)
        return QString(digit(d - 1));
    if (d == 1)
        return QStringLiteral("0") + digit(kBase - 1);
    return digit(0) + before(b.mid(1));
}

// spread: take the middle of the gap even when the start is open (keysBetween).
QString between(const QString &a, const QString &b, bool spread)
{
    if (!isKeyText(a) || !isKeyText(b))
        return {};
    const QString lo = withoutTrailingZeros(a);
    const QString hi = withoutTrailingZeros(b);
    if (!b.isEmpty() && (hi.isEmpty() || lo >= hi))
        return {};
    if (b.isEmpty())
        return after(lo);
    if (lo.isEmpty() && !spread)
        return before(hi);
    return midpoint(lo, hi);
}

} // namespace

QString keyBetween(const QString &a, const QString &b)
{
    return between(a, b, false);
}

QStringList keysBetween(const QString &a, const QString &b, int n)
{
    if (n <= 0)
        return {};
    if (a.isEmpty() && b.isEmpty() && n < kBase) {
        // A fresh list: one-digit keys spread evenly leave room everywhere.
        QStringList keys;
        for (int i = 1; i <= n; ++i)
            keys.append(QString(digit(i * kBase / (n + 1))));
        return keys;
    }
    if (b.isEmpty()) {
        QStringList keys;
        QString last = a;
        for (int i = 0; i < n; ++i) {
            last = keyBetween(last, QString());
            if (last.isEmpty())
                return {};
            keys.append(last);
        }
        return keys;
    }
    // Bisect: the middle key first, then each half, so keys stay short.
    const QString mid = between(a, b, true);
    if (mid.isEmpty())
        return {};
    const int left = (n - 1) / 2;
    const QStringList lower = keysBetween(a, mid, left);
    const QStringList upper = keysBetween(mid, b, n - 1 - left);
    if (lower.size() != left || upper.size() != n - 1 - left)
        return {};
    return lower + QStringList { mid } + upper;
}

} // namespace samen
