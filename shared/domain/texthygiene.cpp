#include "domain/texthygiene.h"

#include "domain/namerule.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace samen {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;
constexpr char16_t kFsi = 0x2068;
constexpr char16_t kPdi = 0x2069;
constexpr char16_t kReplacement = 0xFFFD;

/** The code point at *i (advancing *i), or kInvalid for a lone surrogate. */
char32_t next(QStringView s, qsizetype *i)
{
    const char16_t u = s[*i].unicode();
    ++*i;
    if (QChar::isHighSurrogate(u)) {
        if (*i < s.size() && QChar::isLowSurrogate(s[*i].unicode())) {
            const char16_t low = s[*i].unicode();
            ++*i;
            return QChar::surrogateToUcs4(u, low);
        }
        return kInvalid;
    }
    return QChar::isLowSurrogate(u) ? kInvalid : char32_t(u);
}

// Letters and symbols that draw nothing: Hangul fillers and the blank braille pattern.
bool isBlankFiller(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

bool isVisible(char32_t c)
{
    if (isBlankFiller(c) || TextHygiene::isNoncharacter(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Other_PrivateUse:
    // A character newer than this build's Unicode tables is most likely a visible one
    // (new emoji): counting it keeps builds of different ages agreeing.
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false; // spaces, separators, controls, format characters, marks alone
    }
}

QString safe(const QString &s)
{
    if (TextHygiene::isWellFormed(QStringView(s)))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype start = i;
        const char32_t c = next(s, &i);
        if (c == kInvalid || TextHygiene::isNoncharacter(c))
            out.append(QChar(kReplacement));
        else
            out.append(QStringView(s).mid(start, i - start));
    }
    return out;
}

} // namespace

bool TextHygiene::isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || ((c & 0xFFFE) == 0xFFFE && c <= 0x10FFFF);
}

bool TextHygiene::isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool TextHygiene::isWellFormed(QStringView s)
{
    for (qsizetype i = 0; i < s.size();) {
        const char32_t c = next(s, &i);
        if (c == kInvalid || isNoncharacter(c))
            return false;
    }
    return true;
}

bool TextHygiene::isWellFormedJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return isWellFormed(QStringView(v.toString()));
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (!isWellFormedJson(item))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isWellFormed(it.key()) || !isWellFormedJson(it.value()))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

bool TextHygiene::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t c = 0;
        char32_t smallest = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2, c = b & 0x1F, smallest = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3, c = b & 0x0F, smallest = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4, c = b & 0x07, smallest = 0x10000;
        } else {
            return false; // a continuation byte where a character starts, or 0xF8..0xFF
        }
        if (i + length > n)
            return false; // cut off
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < smallest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || isNoncharacter(c))
            return false;
        i += length;
    }
    return true;
}

bool TextHygiene::hasVisibleCharacter(QStringView s)
{
    for (qsizetype i = 0; i < s.size();) {
        const char32_t c = next(s, &i);
        if (c != kInvalid && isVisible(c))
            return true;
    }
    return false;
}

TextHygiene::Problem TextHygiene::check(QStringView s, Kind kind, bool required)
{
    const bool free = kind == Kind::FreeText;
    for (qsizetype i = 0; i < s.size();) {
        const char32_t c = next(s, &i);
        if (c == kInvalid || isNoncharacter(c))
            return Problem::IllFormed;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control && !(free && (c == U'\n' || c == U'\t')))
            return Problem::ControlCharacter;
        if (!free && (category == QChar::Separator_Line || category == QChar::Separator_Paragraph))
            return Problem::ControlCharacter;
        if (isBidiControl(c) && (!free || c == 0x202D || c == 0x202E))
            return Problem::BidiControl;
    }
    if (required && !hasVisibleCharacter(s))
        return Problem::NoVisibleCharacter;
    return Problem::None;
}

QString TextHygiene::isolate(const QString &s)
{
    if (s.isEmpty())
        return s;
    return QChar(kFsi) + safe(s) + QChar(kPdi);
}

QString TextHygiene::shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString TextHygiene::displaySafe(const QString &s)
{
    return safe(s);
}

QJsonValue TextHygiene::displaySafeJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return safe(v.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            out.append(displaySafeJson(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(safe(it.key()), displaySafeJson(it.value()));
        return out;
    }
    default:
        return v;
    }
}

QString TextHygiene::withoutInvisible(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out.simplified();
}

// Also counts names that look alike as the same name: their ICU confusable skeletons are equal (NameRule::skeleton:
// "Lea" with a Cyrillic "е" is "Lea"), so names are unique per plan by how they look (PlanEditor, the service's
// MemberNames) and a typed name finds its person whatever alphabet its letters came from (issue 12).
bool TextHygiene::sameName(const QString &a, const QString &b)
{
    const QString x = withoutInvisible(a).normalized(QString::NormalizationForm_C).toCaseFolded();
    const QString y = withoutInvisible(b).normalized(QString::NormalizationForm_C).toCaseFolded();
    if (x.isEmpty() || y.isEmpty())
        return false;
    return x == y || NameRule::skeleton(x) == NameRule::skeleton(y);
}

} // namespace samen
