// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SessionPlayer.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>

namespace rollguide {

namespace {
enum class CueType { Breath, Halfway, LastSeconds };
/// A cue due inside the current segment, at `at` ms into it.
struct Cue {
    qint64 at;
    CueType type;
    BreathPhase phase = BreathPhase::Inhale; ///< Breath: the phase that begins.
    int breathNumber = 0;                    ///< Breath: 1-based.
    int breathCount = 0;                     ///< Breath: breaths in the segment.
    int secondsLeft = 0;                     ///< LastSeconds: 3, 2 or 1.
};

std::string exerciseLabel(const Segment& s) {
    return s.exerciseId.isEmpty() ? std::string("-") : s.exerciseId.toStdString();
}
} // namespace

SessionPlayer::SessionPlayer(SessionPlan plan, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_clock(clock) {
    // "Move 3 of 6": a move is a run of segments of one routine step; rests and switches belong to it.
    int lastStep = -1;
    for (const Segment& s : std::as_const(m_plan.segments)) {
        if (s.stepIndex >= 0 && s.stepIndex != lastStep) {
            ++m_moveCount;
            lastStep = s.stepIndex;
        }
        m_moveNumber << m_moveCount;
    }
}

// ---- Reading the timeline -------------------------------------------------------------------------

qint64 SessionPlayer::activeElapsed(qint64 monotonic) const {
    switch (m_state) {
    case State::Idle:
        return 0;
    case State::Running:
        return monotonic - m_startMono - m_pausedTotal;
    case State::Paused:
        return m_pauseStartMono - m_startMono - m_pausedTotal;
    case State::Finished:
        return m_endElapsed;
    }
    return 0;
}

qint64 SessionPlayer::durationOf(int index) const {
    const Segment& s = m_plan.segments[index];
    return index == m_index ? s.durationMs + m_addedMs : s.durationMs;
}

int SessionPlayer::breathsOf(int index) const {
    const Segment& s = m_plan.segments[index];
    return s.breaths > 0 && index == m_index ? s.breaths + m_addedBreaths : s.breaths;
}

SessionPlayer::Position SessionPlayer::resolve(qint64 elapsed) const {
    Position p{m_index, m_segmentStart, m_index >= 0 ? durationOf(m_index) : 0};
    // Between updates the clock may already be in a later segment; walk there as planned.
    const int last = int(m_plan.segments.size()) - 1;
    while (p.index >= 0 && p.index < last && elapsed >= p.startMs + p.durationMs) {
        p.startMs += p.durationMs;
        ++p.index;
        p.durationMs = m_plan.segments[p.index].durationMs;
    }
    return p;
}

qint64 SessionPlayer::nextCueAfter(qint64 t, qint64 duration) const {
    const Segment& s = m_plan.segments[m_index];
    qint64 next = duration; // The end of the segment is always an event.
    if (const int breaths = breathsOf(m_index); breaths > 0)
        if (auto b = BreathPacer::nextPhaseChangeAfter(t, breaths, m_plan.pace))
            next = std::min(next, *b);
    if (isWorkingKind(s.kind) && !m_halfwayDone && duration / 2 > t)
        next = std::min(next, duration / 2);
    for (int n = 3; n >= 1; --n) {
        const qint64 at = duration - n * 1000;
        if (at > 0 && at > t) {
            next = std::min(next, at);
            break;
        }
    }
    return next;
}

PlayerSnapshot SessionPlayer::snapshot() const {
    PlayerSnapshot snap;
    snap.state = m_state;
    const qint64 total = m_plan.totalMs();
    if (m_state == State::Idle || m_index < 0) {
        snap.sessionRemainingMs = total;
        return snap;
    }
    const qint64 elapsed = activeElapsed(m_clock.monotonicMs());
    const Position p = resolve(elapsed);
    const Segment& seg = m_plan.segments[p.index];
    const qint64 in = std::clamp<qint64>(elapsed - p.startMs, 0, p.durationMs);
    snap.segmentIndex = p.index;
    snap.segment = &seg;
    snap.segmentDurationMs = p.durationMs;
    snap.elapsedInSegmentMs = in;
    snap.remainingMs = p.durationMs - in;
    snap.sessionElapsedMs = elapsed;
    snap.sessionRemainingMs = snap.remainingMs + (total - seg.endMs());
    if (m_state == State::Finished && m_summary.completed) {
        snap.sessionProgress = 1;
    } else if (total > 0) {
        const double within = p.durationMs > 0 ? double(in) / double(p.durationMs) : 1.0;
        snap.sessionProgress =
            std::clamp((double(seg.startMs) + within * double(seg.durationMs)) / double(total), 0.0, 1.0);
    }
    const int breaths = p.index == m_index ? breathsOf(p.index) : seg.breaths;
    if (breaths > 0 && m_state != State::Finished) {
        snap.breath = BreathPacer::stateAt(in, breaths, m_plan.pace);
    } else if (isWorkingKind(seg.kind) && m_state != State::Finished && m_plan.pace.cycleMs() > 0) {
        BreathState b = BreathPacer::stateAt(in, int(p.durationMs / m_plan.pace.cycleMs()) + 1, m_plan.pace);
        b.breathNumber = 0;
        b.breathCount = 0;
        snap.pacing = b;
    }
    snap.moveCount = m_moveCount;
    snap.moveNumber = std::max(1, m_moveNumber.value(p.index));
    return snap;
}

qint64 SessionPlayer::msUntilNextEvent() const {
    if (m_state != State::Running)
        return -1;
    // Started but no segment entered yet (asked from a slot of stateChanged): update() is due now.
    if (m_index < 0)
        return 0;
    const qint64 elapsed = activeElapsed(m_clock.monotonicMs());
    const qint64 duration = durationOf(m_index);
    const qint64 in = elapsed - m_segmentStart;
    if (in >= duration)
        return 0;
    const qint64 cue = nextCueAfter(m_cursor, duration);
    if (cue <= in)
        return 0;
    // The next change of the remaining whole seconds, so a countdown on screen stays exact.
    const qint64 remaining = duration - in;
    const qint64 tick = remaining - ((remaining - 1) / 1000) * 1000;
    return std::min(cue - in, tick);
}

// ---- Moving through the timeline --------------------------------------------------------------------

void SessionPlayer::update() {
    if (m_state != State::Running)
        return;
    const qint64 mono = m_clock.monotonicMs();
    const qint64 wall = m_clock.wallMs();
    // The monotonic clock stops while the machine sleeps; the wall clock does not.
    const qint64 drift = (wall - m_lastWall) - (mono - m_lastMono);
    m_lastMono = mono;
    m_lastWall = wall;
    const quint64 generation = m_generation;
    advanceTo(activeElapsed(mono));
    if (generation != m_generation || m_state != State::Running || std::llabs(drift) <= kClockJumpMs)
        return;

    const qint64 minutes = (std::llabs(drift) + 30000) / 60000;
    QString reason = tr("The system clock changed, so the session is paused.");
    if (drift > 0 && minutes > 1)
        reason = tr("The computer was asleep for about %1 minutes, so the session is paused.").arg(minutes);
    else if (drift > 0 && minutes == 1)
        reason = tr("The computer was asleep for about a minute, so the session is paused.");
    else if (drift > 0)
        reason = tr("The computer was asleep for a moment, so the session is paused.");
    spdlog::warn("player: wall and monotonic time differ by {} ms; pausing", drift);
    ++m_autoPauses;
    ++m_generation;
    pauseAt(mono);
    Q_EMIT autoPaused(reason);
}

void SessionPlayer::sync() {
    if (m_state == State::Running)
        advanceTo(activeElapsed(m_clock.monotonicMs()));
}

void SessionPlayer::advanceTo(qint64 elapsed) {
    const quint64 generation = m_generation;
    while (active() && m_index >= 0) {
        const qint64 duration = durationOf(m_index);
        const qint64 in = elapsed - m_segmentStart;
        const qint64 upTo = std::min(in, duration);
        if (upTo > m_cursor) {
            const qint64 from = m_cursor;
            m_cursor = upTo;
            emitDue(from, upTo, in, generation);
            if (generation != m_generation)
                return;
        }
        if (in < duration)
            return;
        m_status[m_index] = Status::Done;
        const qint64 end = m_segmentStart + duration;
        if (m_index + 1 >= m_plan.segments.size()) {
            finish(end, true);
            return;
        }
        enterSegment(m_index + 1, end, elapsed);
        if (generation != m_generation)
            return;
    }
}

void SessionPlayer::emitDue(qint64 from, qint64 to, qint64 now, quint64 generation) {
    const qint64 duration = durationOf(m_index);
    const qint64 freshFrom = now - kStaleMs; // Older cues are dropped, not played in a burst.
    const Segment& seg = m_plan.segments[m_index];
    QList<Cue> cues;
    if (const int breaths = breathsOf(m_index); breaths > 0) {
        auto t = BreathPacer::nextPhaseChangeAfter(std::max(from, freshFrom - 1), breaths, m_plan.pace);
        while (t && *t <= to) {
            const BreathState b = BreathPacer::stateAt(*t, breaths, m_plan.pace);
            cues.append({.at = *t,
                         .type = CueType::Breath,
                         .phase = b.phase,
                         .breathNumber = b.breathNumber,
                         .breathCount = breaths});
            t = BreathPacer::nextPhaseChangeAfter(*t, breaths, m_plan.pace);
        }
    }
    if (isWorkingKind(seg.kind) && !m_halfwayDone && duration > 0 && duration / 2 <= to) {
        m_halfwayDone = true;
        if (duration / 2 >= freshFrom && duration / 2 > from)
            cues.append({.at = duration / 2, .type = CueType::Halfway});
    }
    for (int n = 3; n >= 1; --n) {
        const qint64 at = duration - n * 1000;
        if (at > 0 && at > from && at <= to && at >= freshFrom)
            cues.append({.at = at, .type = CueType::LastSeconds, .secondsLeft = n});
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.at < b.at; });
    const int index = m_index;
    for (const Cue& c : cues) {
        switch (c.type) {
        case CueType::Breath:
            Q_EMIT breathPhaseChanged(c.phase, c.breathNumber, c.breathCount);
            break;
        case CueType::Halfway:
            Q_EMIT halfway(index);
            break;
        case CueType::LastSeconds:
            Q_EMIT lastSeconds(c.secondsLeft);
            break;
        }
        if (generation != m_generation)
            return;
    }
}

void SessionPlayer::enterSegment(int index, qint64 startElapsed, qint64 now) {
    const quint64 generation = m_generation;
    const int leftStep = m_index >= 0 ? m_plan.segments[m_index].stepIndex : -1;
    if (leftStep >= 0 && leftStep != m_plan.segments[index].stepIndex) {
        Q_EMIT stepEnded(leftStep, stepOutcome(leftStep));
        if (generation != m_generation)
            return;
    }
    m_index = index;
    m_segmentStart = startElapsed;
    m_cursor = 0;
    m_addedMs = 0;
    m_addedBreaths = 0;
    m_halfwayDone = false;
    m_status[index] = Status::Current;
    m_skipReason[index].clear();
    const Segment& s = m_plan.segments[index];
    // planned: as in the plan; actual: when it really started, both in session time (pauses left out).
    spdlog::info("segment {} {} {} planned={} actual={} late={}", index, segmentKindKey(s.kind).toStdString(),
                 exerciseLabel(s), s.startMs, now, now - startElapsed);
    Q_EMIT segmentStarted(index);
    if (generation != m_generation)
        return;
    if (s.breaths > 0 && now - startElapsed <= kStaleMs)
        Q_EMIT breathPhaseChanged(BreathPhase::Inhale, 1, s.breaths);
}

void SessionPlayer::goTo(int index, qint64 now) {
    const quint64 generation = m_generation;
    if (index >= m_plan.segments.size()) {
        finish(now, true);
        return;
    }
    enterSegment(index, now, now);
    if (generation == m_generation)
        advanceTo(now); // Passes a zero-length Finish.
}

void SessionPlayer::finish(qint64 endElapsed, bool completed) {
    const int leftStep = m_index >= 0 ? m_plan.segments[m_index].stepIndex : -1;
    if (m_state == State::Paused)
        m_pausedTotal += m_clock.monotonicMs() - m_pauseStartMono;
    m_state = State::Finished;
    m_endElapsed = endElapsed;
    m_summary = buildSummary();
    m_summary.completed = completed;
    spdlog::info("session finished: {} planned={} actual={} paused={} done={} skipped={} completed={}",
                 m_plan.name.toStdString(), m_summary.plannedMs, m_summary.actualMs, m_summary.pausedMs,
                 m_summary.segmentsDone, m_summary.segmentsSkipped, completed);
    if (leftStep >= 0)
        Q_EMIT stepEnded(leftStep, stepOutcome(leftStep));
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished(m_summary);
}

void SessionPlayer::pauseAt(qint64 monotonic) {
    m_pauseStartMono = monotonic;
    m_state = State::Paused;
    spdlog::info("session paused at {} ms", activeElapsed(monotonic));
    Q_EMIT stateChanged(m_state);
}

StepOutcome SessionPlayer::stepOutcome(int stepIndex) const {
    for (const SkippedMove& m : m_skippedMoves)
        if (m.stepIndex == stepIndex && m.hurts)
            return StepOutcome::Hurt;
    int working = 0, done = 0, skipped = 0, current = 0;
    for (int i = 0; i < m_plan.segments.size() && i < m_status.size(); ++i) {
        const Segment& seg = m_plan.segments[i];
        if (seg.stepIndex != stepIndex || !isWorkingKind(seg.kind))
            continue;
        ++working;
        switch (m_status[i]) {
        case Status::Done:
            ++done;
            break;
        case Status::Skipped:
            ++skipped;
            break;
        case Status::Current:
            ++current;
            break;
        case Status::NotStarted:
            break;
        }
    }
    if (working > 0 && done == working)
        return StepOutcome::Done;
    if (done > 0 || current > 0)
        return StepOutcome::CutShort;
    if (skipped > 0)
        return StepOutcome::Skipped;
    return StepOutcome::NotReached;
}

SessionSummary SessionPlayer::buildSummary() const {
    SessionSummary s;
    s.name = m_plan.name;
    s.plannedMs = m_plan.totalMs();
    s.actualMs = m_endElapsed;
    s.pausedMs = m_pausedTotal;
    s.autoPauses = m_autoPauses;
    s.skippedMoves = m_skippedMoves;
    for (int i = 0; i < m_plan.segments.size(); ++i) {
        const Segment& seg = m_plan.segments[i];
        if (seg.kind == SegmentKind::Finish)
            continue;
        ++s.segmentCount;
        if (m_status[i] == Status::Done) {
            ++s.segmentsDone;
        } else if (m_status[i] == Status::Skipped) {
            ++s.segmentsSkipped;
            s.skipped.append({i, seg.kind, seg.exerciseName, m_skipReason[i]});
        }
    }
    return s;
}

// ---- Commands --------------------------------------------------------------------------------------

void SessionPlayer::start() {
    if (active())
        return;
    ++m_generation;
    const quint64 generation = m_generation;
    m_status = QList<Status>(m_plan.segments.size(), Status::NotStarted);
    m_skipReason = QStringList();
    m_skipReason.resize(m_plan.segments.size());
    m_skippedMoves.clear();
    m_summary = {};
    m_pausedTotal = 0;
    m_autoPauses = 0;
    m_index = -1;
    m_startMono = m_lastMono = m_clock.monotonicMs();
    m_lastWall = m_clock.wallMs();
    m_state = State::Running;
    spdlog::info("session started: {} ({} segments, planned={})", m_plan.name.toStdString(),
                 m_plan.segments.size(), m_plan.totalMs());
    Q_EMIT stateChanged(m_state);
    if (generation != m_generation)
        return;
    if (m_plan.segments.isEmpty()) {
        finish(0, true);
        return;
    }
    goTo(0, 0);
}

void SessionPlayer::pause() {
    if (m_state != State::Running)
        return;
    ++m_generation;
    const qint64 mono = m_clock.monotonicMs();
    advanceTo(activeElapsed(mono));
    if (m_state == State::Running)
        pauseAt(mono);
}

void SessionPlayer::resume() {
    if (m_state != State::Paused)
        return;
    ++m_generation;
    const qint64 mono = m_clock.monotonicMs();
    m_pausedTotal += mono - m_pauseStartMono;
    m_lastMono = mono;
    m_lastWall = m_clock.wallMs();
    m_state = State::Running;
    spdlog::info("session resumed at {} ms", activeElapsed(mono));
    Q_EMIT stateChanged(m_state);
}

void SessionPlayer::togglePause() {
    switch (m_state) {
    case State::Running:
        pause();
        break;
    case State::Paused:
        resume();
        break;
    case State::Idle:
    case State::Finished:
        start();
        break;
    }
}

bool SessionPlayer::beginCommand() {
    if (!active())
        return false;
    // Bring the timeline up to now first; its signals may run slots that stop the session.
    ++m_generation;
    sync();
    if (!active())
        return false;
    ++m_generation;
    return true;
}

void SessionPlayer::skip() {
    if (!beginCommand())
        return;
    const qint64 now = activeElapsed(m_clock.monotonicMs());
    m_status[m_index] = Status::Skipped;
    m_skipReason[m_index] = tr("Skipped");
    spdlog::info("segment {} skipped at {} ms", m_index, now);
    goTo(m_index + 1, now);
}

void SessionPlayer::back() {
    if (!beginCommand())
        return;
    const qint64 now = activeElapsed(m_clock.monotonicMs());
    int target = m_index;
    if (now - m_segmentStart < kBackWindowMs && m_index > 0) {
        m_status[m_index] = Status::NotStarted;
        m_skipReason[m_index].clear();
        target = m_index - 1;
    }
    // Going back into a move that was skipped means doing it after all.
    const int step = m_plan.segments[target].stepIndex;
    m_skippedMoves.erase(std::remove_if(m_skippedMoves.begin(), m_skippedMoves.end(),
                                        [step](const SkippedMove& m) { return m.stepIndex == step; }),
                         m_skippedMoves.end());
    spdlog::info("back from segment {} to {} at {} ms", m_index, target, now);
    enterSegment(target, now, now);
}

void SessionPlayer::addTime(qint64 ms) {
    if (!active() || ms <= 0)
        return;
    ++m_generation;
    sync();
    if (!active() || m_plan.segments[m_index].kind == SegmentKind::Finish)
        return;
    ++m_generation;
    const Segment& s = m_plan.segments[m_index];
    if (s.breaths > 0) {
        const qint64 cycle = m_plan.pace.cycleMs();
        const qint64 breaths = std::min((ms + cycle - 1) / cycle, (kMaxAddedMs - m_addedMs) / cycle);
        m_addedBreaths += int(std::max<qint64>(breaths, 0));
        m_addedMs = m_addedBreaths * cycle;
    } else {
        m_addedMs = std::min(m_addedMs + ms, kMaxAddedMs);
    }
    spdlog::info("segment {} lengthened by {} ms (now {} ms)", m_index, m_addedMs, durationOf(m_index));
}

void SessionPlayer::skipMove(const QString& reason, bool hurts) {
    if (!active())
        return;
    ++m_generation;
    sync();
    if (!active())
        return;
    const Segment& current = m_plan.segments[m_index];
    if (current.stepIndex < 0)
        return;
    ++m_generation;
    const QString why = reason.trimmed().isEmpty() ? tr("Skipped") : reason.trimmed();
    const qint64 now = activeElapsed(m_clock.monotonicMs());
    const int step = current.stepIndex;
    int next = m_index;
    for (; next < m_plan.segments.size() && m_plan.segments[next].stepIndex == step; ++next) {
        m_status[next] = Status::Skipped;
        m_skipReason[next] = why;
    }
    m_skippedMoves.append({step, current.exerciseId, current.exerciseName, why, hurts});
    spdlog::info("move {} ({}) skipped at {} ms: {}", step, current.exerciseId.toStdString(), now,
                 why.toStdString());
    goTo(next, now);
}

void SessionPlayer::stop() {
    if (!beginCommand())
        return;
    finish(activeElapsed(m_clock.monotonicMs()), false);
}

} // namespace rollguide
