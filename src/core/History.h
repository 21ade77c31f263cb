// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

// What a session leaves behind: the record kept in the history, and what the History tab, the
// command line and the exports compute from a list of records. The records are stored by HistoryStore.

#include "Catalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rollguide {

/// How one step of the routine went.
enum class StepOutcome {
    NotReached, ///< The session ended before it began.
    Done,       ///< Every working part played to its end.
    CutShort,   ///< Some working parts played, the rest were skipped or the session stopped in it.
    Skipped,    ///< Begun (or passed) but none of its working parts played to their end.
    Hurt,       ///< Left out with "it hurts".
};
/// Stable key for the database and the exports ("not-reached", "done", "cut-short", "skipped", "hurt").
QString stepOutcomeKey(StepOutcome o);
std::optional<StepOutcome> stepOutcomeFromKey(const QString& key);
/// Translated, lower case ("done", "cut short" ...).
QString stepOutcomeName(StepOutcome o);

/// Where a session is or how it ended.
enum class SessionOutcome {
    Running,   ///< Being played now, or the program ended (crash, kill, power cut) before it did.
    Completed, ///< Played to its end.
    Stopped,   ///< Stopped early by the person.
};
QString sessionOutcomeKey(SessionOutcome o);
std::optional<SessionOutcome> sessionOutcomeFromKey(const QString& key);

/// 0 = no tightness or pain, 10 = the worst imaginable; one per region asked about.
inline constexpr int kMaxRating = 10;
using Ratings = QMap<Region, int>;

struct StepRecord {
    QString exerciseId;
    QString exerciseName; ///< As it was named when the session ran.
    StepOutcome outcome = StepOutcome::NotReached;

    bool operator==(const StepRecord&) const = default;
};

/// One session as the history keeps it. The routine's steps are copied, so editing or deleting the
/// routine later never changes what is recorded.
struct SessionRecord {
    qint64 id = 0;            ///< The database's row id; 0 until stored.
    QString uuid;             ///< Unique across computers, so that imports merge without duplicates.
    QDateTime started;        ///< UTC, to the millisecond.
    int utcOffsetSeconds = 0; ///< The local time zone's offset when it started.
    QString timeZone;         ///< IANA id when known ("Europe/Berlin"), else empty.
    QString routineId;        ///< Built-in id, or the personal routine's file name; may be empty.
    QString routineName;
    QByteArray routineJson; ///< The routine as a routine file when the session started.
    QList<Region> regions;  ///< The regions the session works (the check-ins ask about these).
    qint64 plannedMs = 0;
    qint64 actualMs = 0; ///< Pauses left out.
    qint64 pausedMs = 0;
    int inhaleMs = 4000, exhaleMs = 6000; ///< The breath pace.
    SessionOutcome outcome = SessionOutcome::Running;
    QList<StepRecord> steps;
    Ratings before, after;
    QString note;

    /// When it started, in the time zone it started in.
    QDateTime startedLocal() const { return started.toOffsetFromUtc(utcOffsetSeconds); }
    int count(StepOutcome o) const;
    bool operator==(const SessionRecord&) const = default;
};

/// A new record for a session starting now: a fresh uuid, the clock's time and this computer's zone.
SessionRecord newSessionRecord(const QDateTime& startedUtc);

/// The change between two ratings counts when it is at least 2 points, or at least 30% of where the
/// person started (the usual threshold for a meaningful change on low-back pain scales).
bool isMeaningfulChange(int from, int to);

/// "Lower back 6 → 3, Mid back – → 2": every region rated before or after ("–" where it was not).
QString ratingsSummary(const SessionRecord& s);

/// "Lower back 6 → 3" lines for every region rated both before and after.
QStringList ratingChanges(const Ratings& before, const Ratings& after);

/// One week of the weeks strip: Monday to Sunday, local time.
struct WeekCount {
    QDate monday;
    int sessions = 0; ///< Sessions started that week (any outcome but "not a single step done").
};
/// Sessions a week the guide aims for.
inline constexpr int kWeeklyTargetMin = 4, kWeeklyTargetMax = 5;
/// The last `weeks` weeks up to and including the one holding `today`, oldest first.
QList<WeekCount> weeklyCounts(const QList<SessionRecord>& sessions, const QDate& today, int weeks);
/// How many of those weeks reached kWeeklyTargetMin; the current week counts only once reached.
int weeksOnTarget(const QList<WeekCount>& weeks);

/// How often each move was done, cut short, skipped or hurt, across the sessions.
struct MoveTally {
    QString exerciseId;
    QString exerciseName; ///< As last recorded.
    int done = 0, cutShort = 0, skipped = 0, hurt = 0;
    QDateTime lastHurt; ///< UTC; null when it never hurt.
    /// It hurt at least twice in the 14 days up to now (the suggestion to leave it out and ask a
    /// professional).
    bool hurtTwiceRecently = false;
};
/// Sorted by how often the move was done, most first.
QList<MoveTally> moveTallies(const QList<SessionRecord>& sessions, const QDateTime& now);

/// Regions whose before-rating rose by 2 or more points over the last two weeks (from the first to the
/// last rating inside those 14 days, ending `now`).
QList<Region> risingTightness(const QList<SessionRecord>& sessions, const QDateTime& now);

} // namespace rollguide
