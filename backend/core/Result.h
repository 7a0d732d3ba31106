#pragma once
// Errors as values: a small expected<T, Error> until the toolchain has std::expected.
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace drover {

struct Error
{
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}

    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const QString &error() const { return std::get<1>(m_v).message; }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success or an error message.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error e) : m_err(std::move(e.message)) {}
    static Result failure(QString message) { return Result(Error{std::move(message)}); }
    bool ok() const { return !m_err.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return *m_err; }

private:
    std::optional<QString> m_err;
};

} // namespace drover
