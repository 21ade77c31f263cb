// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "History.h"
#include "SessionPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rollguide {

class HistoryStore;
class SessionPlayer;
struct SessionSummary;

/// Keeps the history of one session as it is played: the record is written when the session starts,
/// again as each step ends, and when it finishes. Writes happen just after the player's signal, never
/// inside it, so a slow disk cannot delay a cue.
///
/// A write that fails keeps the whole record in memory, says why (saveFailed), and is tried again every
/// kRetryMs and at the next change, so nothing is lost while RollGuide runs.
class SessionRecorder : public QObject {
    Q_OBJECT
public:
    static constexpr int kRetryMs = 30000;

    /// `store` may be null (no history); it must outlive the recorder.
    explicit SessionRecorder(HistoryStore* store, QObject* parent = nullptr);
    /// Writes what is still unsaved; a session still running is recorded as stopped.
    ~SessionRecorder() override;

    /// The record a session of `plan` starts with, at `startedUtc`: the routine's copy, the regions it
    /// works (from `catalog`), every step not reached yet, and the check-in given before it.
    static SessionRecord recordFor(const SessionPlan& plan, const Catalog& catalog,
                                   const QDateTime& startedUtc, const Ratings& before);

    /// Follows `player` (which must not have started yet) and writes `record` now.
    void begin(SessionPlayer* player, SessionRecord record);
    /// The session being or last recorded.
    const SessionRecord& record() const { return m_record; }
    bool hasRecord() const { return !m_record.uuid.isEmpty(); }

    /// The check-in after the session, and its note (both may be changed until the next begin()).
    void setAfter(const Ratings& after);
    void setNote(const QString& note);

    /// True while a change is not in the history yet.
    bool hasUnsavedChanges() const { return m_dirty; }
    /// Why the last write failed; empty after a write that worked.
    const QString& problem() const { return m_problem; }
    /// Writes now; false when it failed (it will be tried again).
    bool saveNow();
    /// How long after a failed write the next try comes (kRetryMs unless changed).
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

Q_SIGNALS:
    /// After every write that worked.
    void saved();
    /// A write failed; `why` names the file and the reason. The record is kept and tried again.
    void saveFailed(const QString& why);

private:
    void onStepEnded(int stepIndex, StepOutcome outcome);
    void onFinished(const SessionSummary& summary);
    void changed();

    HistoryStore* m_store;
    QPointer<SessionPlayer> m_player;
    SessionRecord m_record;
    QHash<int, int> m_position; ///< Routine step index -> position in m_record.steps.
    bool m_dirty = false;
    QString m_problem;
    QTimer m_soon;  ///< Writes right after the current event.
    QTimer m_retry; ///< Writes again after a failure.
};

} // namespace rollguide
