#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace samen {

/** Machine-readable reasons an operation can fail; each maps to a plain message for people. */
enum class ErrorCode {
    Usage, ///< the caller used the API or command wrongly
    Validation, ///< input broke a rule (length, required field, allowed value, date)
    WrongKey, ///< wrong passphrase or key for an encrypted database
    Damaged, ///< the file is damaged or truncated
    NotSamen, ///< the file is a database, but not a Samen one
    TooNew, ///< the file's schema is newer than this build understands
    NotFound, ///< the thing asked for does not exist
    Io, ///< reading or writing a file failed (disk full, permissions)
    Permission, ///< the caller may not do this
    Conflict, ///< the request clashes with the current state
    Network, ///< the service could not be reached or answered badly
    Internal, ///< a bug: should never reach a person
};

/** An error as a value: a code for programs and a message in plain words for people. */
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    /** The other side's own words when there are any (the case service's English sentence), for a "detail" line only; may be empty. */
    QString detail = {};
    /** The other side's machine reason when it gave one (the case service's "error" field, e.g. "professional-only"); may be empty. */
    QString reason = {};
};

/** Either a value or an Error; errors are values, never exceptions across the event loop. */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }
    static Result fail(ErrorCode code, QString message) { return Result(Error { code, std::move(message) }); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but may fail. */
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    static Result fail(ErrorCode code, QString message) { return Result(Error { code, std::move(message) }); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

/** Stable short name of an error code, for JSON output and logs. */
QString errorCodeName(ErrorCode code);

} // namespace samen
