// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "History.h"
#include "SessionPlan.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace rollguide {

/// A segment left before its end, and why.
struct SkippedSegment {
    int index = -1;
    SegmentKind kind = SegmentKind::Finish;
    QString exerciseName;
    QString reason;
};

/// A whole move left out during the session (skipMove), e.g. because it hurts.
struct SkippedMove {
    int stepIndex = -1;
    QString exerciseId;
    QString exerciseName;
    QString reason;
    bool hurts = false; ///< Left out because it hurt ("it hurts"), not just skipped.
};

/// How a session went. Segment counts leave out the Finish segment.
struct SessionSummary {
    QString name;
    qint64 plannedMs = 0; ///< The plan's length.
    qint64 actualMs = 0;  ///< Time the session ran, pauses left out.
    qint64 pausedMs = 0;  ///< Time spent paused.
    int segmentCount = 0;
    int segmentsDone = 0;    ///< Played to their end.
    int segmentsSkipped = 0; ///< Left early by skip or skipMove.
    QList<SkippedSegment> skipped;
    QList<SkippedMove> skippedMoves;
    int autoPauses = 0;     ///< Times the player paused itself (sleep, clock change).
    bool completed = false; ///< Reached the end, rather than stopped.
};

struct PlayerSnapshot;

/// Runs a SessionPlan against a Clock. Everything it reports is computed from elapsed monotonic time
/// (now - start - paused), never from counted ticks, so it cannot drift however often it is asked.
///
/// The window calls update() on a precise timer set to msUntilNextEvent(); update() emits, in order,
/// every cue whose moment has passed and moves on to the next segment. Cues more than kStaleMs late
/// (the event loop was blocked) are dropped rather than played in a burst; segmentStarted is never
/// dropped, so logs and counts stay complete (when catching up over several segments, compare with
/// snapshot().segmentIndex before speaking). Commands may be called from slots connected to its signals.
class SessionPlayer : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    static constexpr qint64 kBackWindowMs =
        2000; ///< back() within this of a start goes to the previous segment.
    static constexpr qint64 kClockJumpMs = 5000;      ///< Wall and monotonic time disagreeing by more: pause.
    static constexpr qint64 kStaleMs = 1000;          ///< Cues later than this are dropped.
    static constexpr qint64 kMaxAddedMs = 10 * 60000; ///< addTime() total cap per segment.

    /// `clock` must outlive the player.
    SessionPlayer(SessionPlan plan, const Clock& clock, QObject* parent = nullptr);

    const SessionPlan& plan() const { return m_plan; }
    State state() const { return m_state; }
    /// The current segment's index as of the last update or command (-1 before start).
    int currentIndex() const { return m_index; }

    /// What to show now, computed from the clock (also between updates).
    PlayerSnapshot snapshot() const;
    /// Milliseconds until the next cue is due or the remaining whole seconds change; 0 when update()
    /// is due now; -1 when not running (nothing will happen by itself).
    qint64 msUntilNextEvent() const;
    /// The summary of the finished session (empty before it finishes).
    const SessionSummary& summary() const { return m_summary; }
    /// How the routine step `stepIndex` has gone so far: Done when all its working parts played to
    /// their end, Hurt when it was left out because it hurt, and so on.
    StepOutcome stepOutcome(int stepIndex) const;

public Q_SLOTS:
    /// Starts from the beginning (from Idle, or again after Finished).
    void start();
    void pause();
    void resume();
    /// Space: pause when running, resume when paused, start when idle or finished.
    void togglePause();
    /// Leaves the current segment now and starts the next.
    void skip();
    /// Restarts the current segment, or goes to the previous one within kBackWindowMs of the start.
    void back();
    /// Lengthens the current segment; a breath-counted one by whole breaths (rounded up).
    void addTime(qint64 ms);
    /// Skips every remaining segment of the current move; recorded in the summary. With `hurts`, the
    /// move is recorded as having hurt ("it hurts").
    void skipMove(const QString& reason = {}, bool hurts = false);
    /// Ends the session early; the summary says it was not completed.
    void stop();
    /// Reads the clock, emits every cue whose moment has passed, moves through segments, and pauses
    /// itself if the machine slept or the clock jumped.
    void update();

Q_SIGNALS:
    void segmentStarted(int index);
    void breathPhaseChanged(rollguide::BreathPhase phase, int breathNumber, int breathCount);
    /// Halfway through a working segment (roll, hold, reps).
    void halfway(int index);
    /// 3, 2 and 1 seconds before the current segment ends (only those after its start).
    void lastSeconds(int secondsLeft);
    void finished(const rollguide::SessionSummary& summary);
    /// The session left routine step `stepIndex` (moved on, went back, or stopped in it), with how it
    /// went. Emitted before the next segment's segmentStarted, and before finished.
    void stepEnded(int stepIndex, rollguide::StepOutcome outcome);
    void stateChanged(rollguide::SessionPlayer::State state);
    /// The player paused itself; `reason` says why, for people.
    void autoPaused(const QString& reason);

private:
    enum class Status { NotStarted, Current, Done, Skipped };
    struct Position {
        int index = -1;
        qint64 startMs = 0; ///< In session time (pauses left out).
        qint64 durationMs = 0;
    };

    qint64 activeElapsed(qint64 monotonic) const;
    qint64 durationOf(int index) const;
    int breathsOf(int index) const;
    Position resolve(qint64 elapsed) const;
    qint64 nextCueAfter(qint64 t, qint64 duration) const;

    bool active() const { return m_state == State::Running || m_state == State::Paused; }
    /// Brings the timeline up to now before a command changes it.
    void sync();
    /// Starts a command that changes the timeline: syncs first. False when there is nothing to change.
    bool beginCommand();
    void advanceTo(qint64 elapsed);
    void emitDue(qint64 from, qint64 to, qint64 now, quint64 generation);
    void enterSegment(int index, qint64 startElapsed, qint64 now);
    void goTo(int index, qint64 now);
    void finish(qint64 endElapsed, bool completed);
    void pauseAt(qint64 monotonic);
    SessionSummary buildSummary() const;

    SessionPlan m_plan;
    QList<int> m_moveNumber; ///< Per segment: the move it belongs to, 1-based (0 before the first).
    int m_moveCount = 0;
    const Clock& m_clock;
    State m_state = State::Idle;

    qint64 m_startMono = 0;
    qint64 m_pausedTotal = 0;
    qint64 m_pauseStartMono = 0;
    qint64 m_lastMono = 0, m_lastWall = 0; ///< For noticing sleep and clock changes.
    qint64 m_endElapsed = 0;

    int m_index = -1;
    qint64 m_segmentStart = 0; ///< Current segment's start, in session time.
    qint64 m_cursor = 0;       ///< Cues up to here (relative to the segment start) have been handled.
    qint64 m_addedMs = 0;      ///< Added to the current segment.
    int m_addedBreaths = 0;
    bool m_halfwayDone = false;

    QList<Status> m_status;
    QStringList m_skipReason;
    QList<SkippedMove> m_skippedMoves;
    int m_autoPauses = 0;
    quint64 m_generation = 0; ///< Bumped by every command, so a loop interrupted by a slot stops.
    SessionSummary m_summary;
};

/// What the player shows at one moment.
struct PlayerSnapshot {
    SessionPlayer::State state = SessionPlayer::State::Idle;
    int segmentIndex = -1;
    const Segment* segment = nullptr; ///< Points into the player's plan; nullptr when idle.
    qint64 segmentDurationMs = 0;     ///< Including added time.
    qint64 elapsedInSegmentMs = 0;
    qint64 remainingMs = 0;            ///< In the segment.
    qint64 sessionElapsedMs = 0;       ///< Pauses left out.
    qint64 sessionRemainingMs = 0;     ///< As planned from here.
    double sessionProgress = 0;        ///< 0..1 through the plan.
    std::optional<BreathState> breath; ///< For breath-counted segments.
    /// For a timed roll, hold or reps: slow breathing at the person's pace to follow, not counted
    /// (breathNumber and breathCount are 0).
    std::optional<BreathState> pacing;
    int moveNumber = 0; ///< 1-based: which of the plan's moves this segment belongs to (or follows).
    int moveCount = 0;  ///< How many moves the plan has.
};

} // namespace rollguide
