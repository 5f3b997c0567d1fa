#pragma once

#include <QString>

#include <optional>
#include <tuple> // std::ignore, for a result ignored on purpose
#include <utility>

// What kind of failure a Result or Status carries, so that code can decide
// (retry, choose a field, word a front end's hint) without reading the
// sentence, which is for people and is translated.
enum class ErrorKind
{
    General,       // nothing more specific to say
    BadInput,      // what the user gave (a file, a field, an argument) is wrong
    NotFound,      // what was asked for does not exist
    Conflict,      // another writer won (a serialization failure): doing it again may succeed
    Busy,          // the database stayed locked by another program for the whole wait
    Storage,       // the database or a file could not be read or written
    Damaged,       // a file or a database is damaged
    ReadOnly,      // the database or the folder may not be written
    NotConfigured, // a setting or a secret the operation needs is missing
    Network,       // a server could not be reached or refused
    Cancelled,     // the user stopped it
};

// A value or a sentence for the user saying what went wrong and what to do.
// Failures are never only logged: they travel back to whoever can show them.
// [[nodiscard]]: a result nobody reads is a failure nobody sees. Where
// ignoring one is right, say why and write `std::ignore = call();`.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString error) { return failure(ErrorKind::General, std::move(error)); }
    static Result failure(ErrorKind kind, QString error)
    {
        Result r;
        r.m_kind = kind;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // On a temporary Result, give the value itself: a reference into the
    // temporary would dangle in "for (auto& x : repo.all().value())".
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }
    // Meaningful only when !ok().
    ErrorKind kind() const { return m_kind; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::General;
};

// The outcome of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString error) { return failure(ErrorKind::General, std::move(error)); }
    static Status failure(ErrorKind kind, QString error)
    {
        Status s;
        s.m_kind = kind;
        s.m_error = error.isEmpty() ? QStringLiteral("?") : std::move(error);
        return s;
    }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    // Meaningful only when !ok().
    ErrorKind kind() const { return m_kind; }

private:
    QString m_error;
    ErrorKind m_kind = ErrorKind::General;
};
