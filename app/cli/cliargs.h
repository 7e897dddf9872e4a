#pragma once

#include "core/result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace samen::cli {

/** The arguments of one command: named options (--name VALUE) and positional words, checked strictly. */
class CliArgs
{
public:
    /** Splits args into options and positionals; options must be among allowed (without "--"). */
    static Result<CliArgs> parse(const QStringList &args, const QStringList &allowed);

    std::optional<QString> option(const QString &name) const;
    QStringList options(const QString &name) const; ///< every value of a repeatable option
    QString value(const QString &name, const QString &fallback = {}) const { return option(name).value_or(fallback); }
    const QStringList &positional() const { return m_positional; }

    /** Parses an optional --NAME YYYY-MM-DD option; Validation error with a plain message when malformed. */
    Result<std::optional<QDate>> date(const QString &name) const;

private:
    QList<std::pair<QString, QString>> m_options;
    QStringList m_positional;
};

} // namespace samen::cli
