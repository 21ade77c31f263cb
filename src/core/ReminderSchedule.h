// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace rollguide {

/// The days and the time the person wants to be reminded of their session. Off by default.
struct ReminderPlan {
    bool on = false;
    quint8 days = 0;   ///< Bit (day of week - 1): Monday is bit 0, Sunday bit 6 (Qt's numbering).
    QTime time{18, 0}; ///< Local time of day, in the zone the computer is in on that day.

    bool hasDay(int dayOfWeek) const {
        return dayOfWeek >= 1 && dayOfWeek <= 7 && (days >> (dayOfWeek - 1)) & 1;
    }
    void setDay(int dayOfWeek, bool on);
    int dayCount() const;
    /// The offer after the first finished session: four days a week, spread out (Mon, Tue, Thu, Sat).
    static ReminderPlan fourTimesAWeek(QTime time);

    /// "mon, tue, thu, sat" as stored in the settings, and back (unknown words are left out).
    QString daysText() const;
    static quint8 daysFromText(const QString& text);

    bool operator==(const ReminderPlan&) const = default;
};

/// What the schedule remembers between checks and between runs (it is saved in the settings).
struct ReminderState {
    QDateTime
        handledUpTo; ///< UTC: every planned time up to here has been dealt with (reminded, skipped, missed).
    QDateTime snoozedUntil; ///< UTC: "In 30 minutes" was chosen; invalid when not.
    QDate skippedDay;       ///< Local day of "Not today".
    QDate remindedDay;      ///< Local day of the last reminder: one planned reminder a day, at most.

    bool operator==(const ReminderState&) const = default;
};

/// What the app knows about sessions when it asks.
struct SessionContext {
    bool inSession = false;   ///< A session is running or paused now.
    QDateTime lastSessionEnd; ///< UTC; invalid when there has been none.
};

struct ReminderDecision {
    enum class Kind {
        Nothing, ///< Nothing to show now.
        Remind,  ///< The planned time has come.
        CatchUp, ///< A planned time passed while the computer slept or was off: one reminder for it.
        Snoozed, ///< "In 30 minutes" is up.
    };
    Kind kind = Kind::Nothing;
    QDateTime slot;      ///< UTC: the planned time this is about (for a snooze, the time it was put off to).
    QDateTime nextCheck; ///< UTC: when something may be due next (invalid: never, reminders are off).
    QString skipped;     ///< When a planned time passed without a reminder: why, for the log.

    bool shows() const { return kind != Kind::Nothing; }
};

/// When to remind. Pure: the caller gives the time and the time zone (from its Clock), and keeps the
/// state it hands back. Planned times are wall-clock times of day in the zone the computer is in, so
/// "18:00" stays 18:00 across daylight-saving changes and after moving to another zone. A planned time
/// that does not exist that day (it falls in a spring-forward gap) comes at the first minute after the
/// gap; one that exists twice (fall back) comes once.
///
/// Rules:
/// - no reminder during a session, or within 4 hours after one ended;
/// - at most one planned reminder per local day, and none on a day marked "Not today";
/// - planned times that passed unseen (sleep, shutdown, a clock set forward) give one catch-up reminder
///   for the latest of them, never one each; none when today's planned time is still ahead;
/// - a clock set back never repeats a reminder.
class ReminderSchedule {
public:
    static constexpr qint64 kQuietAfterSessionMs = 4 * 3600 * 1000;
    static constexpr qint64 kSnoozeMs = 30 * 60 * 1000;
    /// A planned time found later than this after it passed is a catch-up (the computer was not awake).
    static constexpr qint64 kOnTimeMs = 5 * 60 * 1000;

    ReminderSchedule(ReminderPlan plan, ReminderState state)
        : m_plan(plan)
        , m_state(std::move(state)) {}

    const ReminderPlan& plan() const { return m_plan; }
    const ReminderState& state() const { return m_state; }

    /// A new plan from the settings, chosen at `nowUtc`: planned times before now do not count.
    void setPlan(const ReminderPlan& plan, const QDateTime& nowUtc);

    /// What to do at `nowUtc`; updates the state.
    ReminderDecision check(const QDateTime& nowUtc, const QTimeZone& zone, const SessionContext& context);

    /// "In 30 minutes".
    void snooze(const QDateTime& nowUtc);
    /// "Not today": no more reminders until tomorrow (local).
    void skipToday(const QDateTime& nowUtc, const QTimeZone& zone);
    /// "Not today" was chosen for the local day of `nowUtc`.
    bool skippedToday(const QDateTime& nowUtc, const QTimeZone& zone) const;

    /// The planned time on `day` (UTC), or invalid when the plan has no time that day.
    QDateTime slotOn(const QDate& day, const QTimeZone& zone) const;
    /// The first planned time strictly after `afterUtc`.
    QDateTime nextSlotAfter(const QDateTime& afterUtc, const QTimeZone& zone) const;

private:
    /// The latest planned time in (after, upTo], or invalid.
    QDateTime latestSlotIn(const QDateTime& afterUtc, const QDateTime& upToUtc, const QTimeZone& zone) const;
    QString quietReason(const QDateTime& nowUtc, const SessionContext& context) const;

    ReminderPlan m_plan;
    ReminderState m_state;
};

} // namespace rollguide
