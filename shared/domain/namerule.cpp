#include "domain/namerule.h"

#include "domain/schema.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <unicode/uspoof.h>

#include <memory>

namespace samen {

namespace {

constexpr char16_t kZwnj = 0x200C;
constexpr char16_t kZwj = 0x200D;

// Hangul fillers and the blank braille pattern: letters and symbols that draw nothing.
bool isBlankFiller(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

// Scripts in which U+200C/U+200D change how a word is drawn (UAX #31, "Joining controls"; Unicode ch. 23.2).
bool isJoiningScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Arabic:
    case QChar::Script_Syriac:
    case QChar::Script_Nko:
    case QChar::Script_Mongolian:
    case QChar::Script_Devanagari:
    case QChar::Script_Bengali:
    case QChar::Script_Gurmukhi:
    case QChar::Script_Gujarati:
    case QChar::Script_Oriya:
    case QChar::Script_Tamil:
    case QChar::Script_Telugu:
    case QChar::Script_Kannada:
    case QChar::Script_Malayalam:
    case QChar::Script_Sinhala:
        return true;
    default:
        return false;
    }
}

bool isLetterOrMark(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

// A joining control at position i (UTF-16) between two letters or marks, after a letter of a joining script.
bool isJoiningControlInWord(const QList<uint> &cps, qsizetype i)
{
    if (i == 0 || i + 1 >= cps.size() || !isLetterOrMark(cps[i - 1]) || !isLetterOrMark(cps[i + 1]))
        return false;
    for (qsizetype k = i - 1; k >= 0; --k) { // the letter the marks before it sit on
        if (QChar::isLetter(cps[k]))
            return isJoiningScript(QChar::script(cps[k]));
        if (!QChar::isMark(cps[k]))
            return false;
    }
    return false;
}

} // namespace

QString NameRule::skeleton(const QString &name)
{
    if (name.isEmpty())
        return {};
    // One checker for the process: uspoof_getSkeleton only reads it, which ICU allows from any thread.
    static const std::unique_ptr<USpoofChecker, void (*)(USpoofChecker *)> checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker *c = uspoof_open(&status);
        if (U_FAILURE(status)) {
            uspoof_close(c);
            c = nullptr;
        }
        return std::unique_ptr<USpoofChecker, void (*)(USpoofChecker *)>(c, [](USpoofChecker *p) { uspoof_close(p); });
    }();
    if (!checker)
        return name;
    const auto *text = reinterpret_cast<const UChar *>(name.utf16());
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uspoof_getSkeleton(checker.get(), 0, text, static_cast<int32_t>(name.size()), nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return name;
    QString out(length, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    uspoof_getSkeleton(checker.get(), 0, text, static_cast<int32_t>(name.size()), reinterpret_cast<UChar *>(out.data()), length, &status);
    return U_FAILURE(status) ? name : out;
}

NameRule::Problem NameRule::check(QStringView name)
{
    const QList<uint> cps = name.toUcs4();
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c == kZwnj || c == kZwj) {
            if (!isJoiningControlInWord(cps, i))
                return Problem::Invisible;
        } else if (QChar::category(c) == QChar::Other_Format || isBlankFiller(c)) {
            return Problem::Invisible;
        }
    }
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (!QChar::isSpace(cps[i]))
            continue;
        if (cps[i] != U' ' || i == 0 || i + 1 == cps.size() || QChar::isSpace(cps[i + 1]))
            return Problem::Spacing;
    }
    if (name.toString().normalized(QString::NormalizationForm_C) != name)
        return Problem::NotComposed;
    return Problem::None;
}

QString NameRule::tidy(const QString &typed)
{
    // Only spaces (category Zs): a line break or tab stays, for the one-line rules to refuse in words.
    QString out;
    out.reserve(typed.size());
    bool space = false;
    for (const QChar c : typed) {
        if (c.category() == QChar::Separator_Space) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

Status NameRule::validate(const QString &tidied, Subject subject)
{
    const bool device = subject == Subject::Device;
    if (Status valid = device ? validateDeviceName(tidied) : validateField(QStringLiteral("member"), QStringLiteral("name"), tidied); !valid)
        return valid;
    return explain(check(tidied), subject);
}

Status NameRule::explain(Problem problem, Subject subject)
{
    const bool device = subject == Subject::Device;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Invisible:
        return Error { ErrorCode::Validation,
                       device ? QCoreApplication::translate("samen",
                                                            "The device name contains a hidden character (such as a zero-width space, a "
                                                            "direction mark or a soft hyphen). Type the name again without it.")
                              : QCoreApplication::translate("samen",
                                                            "The name contains a hidden character (such as a zero-width space, a direction mark "
                                                            "or a soft hyphen), so it could look like someone else's name. Type the name again "
                                                            "without it.") };
    case Problem::Spacing:
        return Error { ErrorCode::Validation,
                       device ? QCoreApplication::translate("samen", "Use single, ordinary spaces between the words of the device name.")
                              : QCoreApplication::translate("samen", "Use single, ordinary spaces between the words of the name.") };
    case Problem::NotComposed:
        break;
    }
    return Error { ErrorCode::Validation,
                   device ? QCoreApplication::translate("samen", "The device name contains characters that are not valid text. Type it again.")
                          : QCoreApplication::translate("samen", "The name contains characters that are not valid text. Type it again.") };
}

} // namespace samen
