#pragma once
// Errors as values (STYLE 8): Result<T, E> holds a T or an E, shaped as C++23's std::expected
// (ok()/operator bool, value()/*/->, error()) so that moving to it is a rename once GCC has it.
//
// E is the domain's own error, each with a kind a program can act on and the peer's own words
// in `message`: drover::Error (below) for decoding, parsing and files; kube::KubeError for API
// calls; ssh::SshFailure for SSH. Sentences for a person are made from them in models/ui.
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace drover {

// A failure that is no peer's answer: text that does not parse or decode, a name that is not
// there, a file or program that cannot be used.
struct Error
{
    enum class Kind {
        None,     // a default-constructed Error: no failure
        Invalid,  // the input does not parse, decode or keep a rule
        NotFound, // what was named is not there
        Io,       // a file or program could not be read, written or run
    };

    Kind kind = Kind::None;
    QString message; // what is wrong, in the words of whoever found it

    Error() = default;
    explicit Error(QString m) : kind(Kind::Invalid), message(std::move(m)) {}
    Error(Kind k, QString m) : kind(k), message(std::move(m)) {}
};

// error() of a success is a default E (kind None, no message) rather than undefined: a log line
// or a test message may read it either way (QVERIFY2 evaluates its message even when it passes).
template <typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(E e) : m_v(std::in_place_index<1>, std::move(e)) {}

    // A failure made as its E is made: failure(e), failure(message) and failure(kind, message)
    // for drover::Error.
    template <typename... A>
    static Result failure(A &&...args)
    {
        return Result(E(std::forward<A>(args)...));
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const E &error() const
    {
        static const E none{};
        return ok() ? none : std::get<1>(m_v);
    }

private:
    std::variant<T, E> m_v;
};

// Result<void, E>: success, or an error.
template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E e) : m_err(std::move(e)) {}

    template <typename... A>
    static Result failure(A &&...args)
    {
        return Result(E(std::forward<A>(args)...));
    }

    bool ok() const { return !m_err.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const
    {
        static const E none{};
        return m_err ? *m_err : none;
    }

private:
    std::optional<E> m_err;
};

} // namespace drover
