// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SessionRecorder.h"
#include "HistoryStore.h"
#include "Routine.h"
#include "SessionPlayer.h"

#include <spdlog/spdlog.h>

namespace rollguide {

SessionRecorder::SessionRecorder(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store) {
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &SessionRecorder::saveNow);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SessionRecorder::saveNow);
}

SessionRecorder::~SessionRecorder() {
    blockSignals(true); // whoever listened may be gone already
    if (hasRecord() && m_record.outcome == SessionOutcome::Running && m_player) {
        // The window is closing during a session: it ends here, as if stopped.
        for (int i = 0; i < m_record.steps.size(); ++i)
            if (const int step = m_position.key(i, -1); step >= 0)
                m_record.steps[i].outcome = m_player->stepOutcome(step);
        m_record.outcome = SessionOutcome::Stopped;
        m_record.actualMs = m_player->snapshot().sessionElapsedMs;
        m_dirty = true;
    }
    if (m_dirty)
        saveNow();
}

SessionRecord SessionRecorder::recordFor(const SessionPlan& plan, const Catalog& catalog,
                                         const QDateTime& startedUtc, const Ratings& before) {
    SessionRecord r = newSessionRecord(startedUtc);
    r.routineId = plan.routine.id;
    r.routineName = plan.name;
    if (!plan.routine.steps.isEmpty())
        r.routineJson = serializeRoutine(plan.routine);
    r.plannedMs = plan.totalMs();
    r.inhaleMs = plan.pace.inhaleMs;
    r.exhaleMs = plan.pace.exhaleMs;
    int lastStep = -1;
    for (const Segment& s : plan.segments) {
        if (s.stepIndex < 0 || s.stepIndex == lastStep)
            continue;
        lastStep = s.stepIndex;
        r.steps.append({s.exerciseId, s.exerciseName, StepOutcome::NotReached});
        if (const Exercise* e = catalog.exercise(s.exerciseId))
            for (Region region : e->regions)
                if (!r.regions.contains(region))
                    r.regions << region;
    }
    std::sort(r.regions.begin(), r.regions.end());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (r.regions.contains(it.key()))
            r.before.insert(it.key(), std::clamp(it.value(), 0, kMaxRating));
    return r;
}

void SessionRecorder::begin(SessionPlayer* player, SessionRecord record) {
    if (m_dirty)
        saveNow(); // the last session's late changes first
    if (m_player)
        disconnect(m_player, nullptr, this, nullptr);
    m_player = player;
    m_record = std::move(record);
    m_position.clear();
    int lastStep = -1;
    for (const Segment& s : player->plan().segments) {
        if (s.stepIndex < 0 || s.stepIndex == lastStep)
            continue;
        lastStep = s.stepIndex;
        m_position.insert(s.stepIndex, int(m_position.size()));
    }
    connect(player, &SessionPlayer::stepEnded, this, &SessionRecorder::onStepEnded);
    connect(player, &SessionPlayer::finished, this, &SessionRecorder::onFinished);
    m_dirty = true;
    saveNow(); // before the first cue: the session exists from its first moment
}

void SessionRecorder::onStepEnded(int stepIndex, StepOutcome outcome) {
    const int at = m_position.value(stepIndex, -1);
    if (at < 0 || at >= m_record.steps.size())
        return;
    m_record.steps[at].outcome = outcome;
    if (m_player)
        m_record.actualMs = m_player->snapshot().sessionElapsedMs;
    changed();
}

void SessionRecorder::onFinished(const SessionSummary& summary) {
    m_record.outcome = summary.completed ? SessionOutcome::Completed : SessionOutcome::Stopped;
    m_record.actualMs = summary.actualMs;
    m_record.pausedMs = summary.pausedMs;
    // Steps the session never reached stay "not reached"; every other one was reported by stepEnded.
    changed();
}

void SessionRecorder::setAfter(const Ratings& after) {
    if (!hasRecord())
        return;
    Ratings kept;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (m_record.regions.contains(it.key()))
            kept.insert(it.key(), std::clamp(it.value(), 0, kMaxRating));
    if (kept == m_record.after)
        return;
    m_record.after = kept;
    changed();
}

void SessionRecorder::setNote(const QString& note) {
    if (!hasRecord() || note == m_record.note)
        return;
    m_record.note = note;
    changed();
}

void SessionRecorder::changed() {
    m_dirty = true;
    m_soon.start();
}

bool SessionRecorder::saveNow() {
    m_soon.stop();
    if (!m_dirty || !hasRecord())
        return true;
    if (!m_store) {
        m_dirty = false;
        return true;
    }
    const Status s = m_store->save(m_record);
    if (!s.ok()) {
        const bool first = m_problem != s.error();
        m_problem = s.error();
        if (first)
            spdlog::warn("history: {} (kept in memory; trying again every {} s)", m_problem.toStdString(),
                         kRetryMs / 1000);
        if (m_store->isWritable())
            m_retry.start();
        Q_EMIT saveFailed(m_problem);
        return false;
    }
    m_retry.stop();
    if (!m_problem.isEmpty())
        spdlog::info("history: saved again after a failed write");
    m_problem.clear();
    m_dirty = false;
    spdlog::debug("history: session {} saved ({})", m_record.uuid.toStdString(),
                  sessionOutcomeKey(m_record.outcome).toStdString());
    Q_EMIT saved();
    return true;
}

} // namespace rollguide
