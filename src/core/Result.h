// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

// How core says that something failed (the one convention; the README's development section
// describes it):
// - Status: an operation with nothing else to give back succeeded, or here is why not.
// - Result<T>: the value it made, or why there is none.
// - a load result (CatalogLoadResult, RoutineLoadResult, PlanResult ...): what a parser read, with
//   every problem it found, each with its place, so that a person can fix them all at once.
// Every "why" is a sentence fragment in plain words, lower case, no final stop ("the disk is full").
// std::optional<T> only ever means a value that may be absent; never an error.

#include <QString>

#include <optional>
#include <utility>

namespace rollguide {

/// Success, or why not. `Error` is a QString unless a parser wants a problem with its place.
template <typename Error = QString> class [[nodiscard]] StatusOf {
public:
    /// Success.
    StatusOf() = default;
    static StatusOf failure(Error why) {
        StatusOf s;
        s.m_error = std::move(why);
        return s;
    }

    /// Deliberately no operator bool: `if (status)` would read as "if there is an error" to some and
    /// "if it worked" to others. Say ok().
    bool ok() const { return !m_error.has_value(); }
    /// Why it failed; only when !ok().
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = StatusOf<QString>;

/// A value, or why there is none.
template <typename T, typename Error = QString> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(Error why) {
        Result r;
        r.m_error = std::move(why);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /// The value; only when ok().
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    /// Why there is no value; only when !ok().
    const Error& error() const { return m_error; }
    /// Just whether it worked, and why not.
    StatusOf<Error> status() const { return ok() ? StatusOf<Error>() : StatusOf<Error>::failure(m_error); }

private:
    Result() = default;
    std::optional<T> m_value;
    Error m_error{};
};

} // namespace rollguide
