// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

// Where a person is in a multi-week program, and why: every decision is a pure function of the
// recorded history, what the person chose (ProgramChoice) and the time. Nothing is stored besides the
// choice, so the same history always gives the same week and the same sentence.

#include "Catalog.h"
#include "History.h"
#include "QuickPlanner.h"
#include "Screening.h"
#include "SessionPlanner.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace rollguide {

/// What the person chose about their program; the settings keep it.
struct ProgramChoice {
    QString programId;           ///< Empty: no program.
    QDate started;               ///< The local date it was started (or restarted); week 1 begins that day.
    bool paused = false;         ///< Paused by the person: no session offered until they resume.
    QDateTime doctorConfirmed;   ///< UTC: when they last said they had talked to a doctor (null: never).
    bool flaggedCleared = false; ///< Their doctor agreed to the moves the screening flags.

    bool active() const { return !programId.isEmpty() && started.isValid(); }
    bool operator==(const ProgramChoice&) const = default;
};

enum class ProgramDecision {
    Begin,     ///< The first week.
    MoveOn,    ///< One step up.
    Hold,      ///< The same step again.
    StepBack,  ///< One step down.
    AskDoctor, ///< Progression paused until the person says they have asked a doctor.
    Paused,    ///< Paused by the person.
};
/// Stable key ("begin", "move-on", "hold", "step-back", "ask-doctor", "paused").
QString programDecisionKey(ProgramDecision d);

/// One decision as it was made.
struct ProgramEvent {
    QDateTime at; ///< UTC: the start of the week it is about, or the session that led to it.
    ProgramDecision decision = ProgramDecision::Begin;
    int step = 0;   ///< The step (index into Program::weeks) after it.
    QString reason; ///< One plain sentence.
};

/// Where the person is in their program now.
struct ProgramStatus {
    QString programId;
    int step = 0;       ///< The program week being done now: an index into Program::weeks.
    int weekNumber = 1; ///< Weeks since the start, from 1 (can be past the program's length).
    QDate weekStarted;  ///< Local date the current week began.
    ProgramDecision decision = ProgramDecision::Begin; ///< The latest decision.
    QString reason;                                    ///< The latest decision's sentence.
    bool doctorSuggested = false;                      ///< Progression waits for the person's word.
    int sessionsThisWeek = 0;
    Range sessionsAimedFor; ///< The current step's sessions a week.
    bool doneToday = false; ///< A session was done today (local time).
    /// Moves left out for now because they hurt lately: exercise id -> why and until when.
    QMap<QString, QString> leftOutForNow;
    QList<ProgramEvent> events; ///< Every decision since the start, oldest first.
};

/// Today's session of a program: a plan, or why there is none.
struct ProgramSession {
    QuickPlanResult plan;
    /// There is no plan only because the screening flags the moves: with the doctor's OK
    /// (ProgramChoice::flaggedCleared) there would be one.
    bool needsDoctorsOk = false;
    QString blockedReason; ///< Why there is no session; empty when there is one.
};

/// "2 November", "2. November", "2 de noviembre" (with the weekday: "Monday 2 November"), in the
/// default locale's language.
QString dayAndMonth(const QDate& date, bool withWeekday);

/// Decides a program's week from the history, and plans today's session. Pure: no clock, no files.
class ProgramCoach {
public:
    /// A move that hurt is left out for this many days after it last hurt.
    static constexpr int kHurtRestDays = 14;
    /// The same move hurting this many times within kHurtDays suggests asking a doctor.
    static constexpr int kHurtsForDoctor = 3, kHurtDays = 28;
    /// A rise of the before-rating by this much over kRisingDays suggests asking a doctor.
    static constexpr int kRisingPoints = 2, kRisingDays = 14;

    /// Replays `history` (every session since `choice.started` counts, whatever routine it played:
    /// the back does not know) week by week:
    /// - at the start of each week: move on when the week before had its sessions, no move hurt, no
    ///   rated session ended worse than it began and most moves were done; otherwise hold;
    /// - after each session: step back when the after-rating was worse than the before-rating in two
    ///   rated sessions in a row; suggest asking a doctor when one move has hurt kHurtsForDoctor times,
    ///   or a region's before-rating rose by kRisingPoints over kRisingDays. That pauses progression
    ///   until `choice.doctorConfirmed` (which also starts those counts afresh).
    /// A week without sessions holds; it never steps back.
    static ProgramStatus assess(const Program& program, const ProgramChoice& choice,
                                const QList<SessionRecord>& history, const QDateTime& nowUtc,
                                const QTimeZone& zone);

    /// Today's session for `status`: the step's regions, time and doses; moves the screening rules out
    /// (and, unless flaggedCleared, those it flags) and moves that hurt lately are left out, others of
    /// the same region taking their place. Week 1 stays within the guide's first-session limit.
    static ProgramSession today(const Program& program, const ProgramStatus& status, const Catalog& catalog,
                                const Screening& screening, bool flaggedCleared, const PlanOptions& options);

    /// The routine id a program's sessions carry into the history ("program:<id>").
    static QString routineId(const Program& program);
    /// "Start gently, week 2 of 6".
    static QString weekTitle(const Program& program, const ProgramStatus& status);
};

} // namespace rollguide
