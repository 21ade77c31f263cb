// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimeZone>

namespace rollguide {

/// Time as the session player sees it. Monotonic time drives the session; wall time is only compared
/// with it, to notice that the machine slept or the system clock changed.
class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds from an arbitrary start; never goes back (and stops while the machine sleeps).
    virtual qint64 monotonicMs() const = 0;
    /// Milliseconds since the Unix epoch, as the system clock says.
    virtual qint64 wallMs() const = 0;
    /// The time zone the computer is in now (it can change while the app runs).
    virtual QTimeZone timeZone() const = 0;
};

/// The real clock: QElapsedTimer (CLOCK_MONOTONIC on Linux) and the system time.
class SteadyClock final : public Clock {
public:
    SteadyClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    qint64 wallMs() const override;
    QTimeZone timeZone() const override;

private:
    QElapsedTimer m_timer;
};

/// A clock that moves only when told, for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 wallStartMs = 1'700'000'000'000)
        : m_wall(wallStartMs) {}
    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return m_wall; }
    QTimeZone timeZone() const override { return m_zone; }

    /// Time passes: both clocks move by `ms`.
    void advance(qint64 ms) {
        m_monotonic += ms;
        m_wall += ms;
    }
    /// Only the wall clock moves, as when the machine sleeps (forward) or the clock is set (either way).
    void jumpWall(qint64 ms) { m_wall += ms; }
    /// The computer moves to another time zone.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

private:
    qint64 m_monotonic = 0;
    qint64 m_wall;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace rollguide
