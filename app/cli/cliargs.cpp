#include "cli/cliargs.h"

#include <QCoreApplication>

namespace samen::cli {

Result<CliArgs> CliArgs::parse(const QStringList &args, const QStringList &allowed)
{
    CliArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--")) {
            out.m_positional += args.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else {
                if (i + 1 >= args.size())
                    return Result<CliArgs>::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "--%1 needs a value.").arg(name));
                value = args[++i];
            }
            if (!allowed.contains(name))
                return Result<CliArgs>::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "Unknown option --%1.").arg(name));
            out.m_options.append({ name, value });
        } else {
            out.m_positional.append(a);
        }
    }
    return out;
}

std::optional<QString> CliArgs::option(const QString &name) const
{
    for (auto it = m_options.crbegin(); it != m_options.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return std::nullopt;
}

QStringList CliArgs::options(const QString &name) const
{
    QStringList values;
    for (const auto &[key, value] : m_options) {
        if (key == name)
            values.append(value);
    }
    return values;
}

Result<std::optional<QDate>> CliArgs::date(const QString &name) const
{
    const auto text = option(name);
    if (!text)
        return std::optional<QDate>();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid() || text->size() != 10)
        return Result<std::optional<QDate>>::fail(ErrorCode::Validation,
                                                  QCoreApplication::translate("samen", "--%1 must be a date like 2026-12-31.").arg(name));
    return std::optional<QDate>(d);
}

} // namespace samen::cli
