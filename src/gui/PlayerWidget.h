// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "History.h"
#include "SessionPlan.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class PlayerWidget;
}

namespace rollguide {

class CheckInWidget;
class Clock;
class CuePlayer;
class SessionPlayer;
struct SessionSummary;

/// The screen a person follows from the floor: a huge countdown, the move, the one instruction that
/// matters now, the breathing guide, what comes next, and keys for everything. It shows what the
/// SessionPlayer says and asks it again only when something can have changed (a precise single-shot
/// timer aimed at the next event), so it costs nothing while paused.
class PlayerWidget : public QWidget {
    Q_OBJECT
public:
    explicit PlayerWidget(CuePlayer& cues, QWidget* parent = nullptr);
    ~PlayerWidget() override;
    QSize minimumSizeHint() const override;

    /// Starts playing `plan` against `clock` (which must outlive the session). `beforeStart` is given
    /// the new SessionPlayer before its clock starts (the history connects to it there).
    void startSession(const SessionPlan& plan, const Clock& clock,
                      const std::function<void(SessionPlayer*)>& beforeStart = {});
    /// What the finish screen's check-in asks about, and the answers given before the session.
    void setCheckIn(const QList<Region>& regions, const Ratings& before);
    /// A line shown over the session (e.g. why it is not being recorded).
    void showNotice(const QString& text);
    /// The finish screen's check-in.
    CheckInWidget* afterCheckIn() const { return m_after; }
    /// The running session's player, or nullptr.
    SessionPlayer* player() const { return m_player.get(); }

    /// Re-reads the clock and refreshes the screen now (tests call it after moving a manual clock).
    void tick();

    // What the keys do, also for a remote control (MPRIS). Each does nothing without a session.
    void togglePause();
    /// Resumes a paused session; while the stop question is open, answers it "Keep going".
    void play();
    void pause();
    void skip();
    void back();
    /// Lengthens the current segment (Up adds 15 seconds).
    void addTime(qint64 ms = kAddTimeMs);
    /// Stop from a remote: the first opens the same question as Escape, on screen; a second within
    /// kRemoteStopConfirmMs answers it "Stop".
    void remoteStop();
    /// Ends the session now, without asking (it is recorded as stopped), and stays on its summary.
    void stopNow();
    /// Whether the "Stop the session?" question is open.
    bool stopQuestionOpen() const;

    static constexpr qint64 kAddTimeMs = 15000;
    static constexpr qint64 kRemoteStopConfirmMs = 5000;

Q_SIGNALS:
    /// A new session's player exists and is about to start.
    void sessionStarted(rollguide::SessionPlayer* player);
    /// A command changed the session (paused, skipped, added time ...); its player's signals say the rest.
    void commandApplied();
    /// The person left the session (stopped it, or pressed "Back to sessions" when it was done).
    void closed();
    void fullScreenToggleRequested();
    /// The check-in on the finish screen changed.
    void afterCheckInChanged(const rollguide::Ratings& after);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void schedule();
    void requestStop();
    void askToStop(bool fromRemote);
    QMessageBox* stopQuestion() const;
    void showSummary(const SessionSummary& summary);
    void onSegmentStarted(int index);
    void updateFonts();
    void fitButtonRow();
    void applyFontScale(int h);
    void addShortcut(const QKeySequence& key, void (PlayerWidget::*slot)());
    void addTimeKey() { addTime(); }
    void itHurts();

    std::unique_ptr<Ui::PlayerWidget> m_ui;
    CuePlayer& m_cues;
    std::unique_ptr<SessionPlayer> m_player;
    QTimer m_timer;
    int m_shownSegment = -1;
    CheckInWidget* m_after = nullptr;
    QLabel* m_change = nullptr; ///< "Lower back 6 → 3"
    QElapsedTimer m_remoteStop; ///< Since the last Stop from a remote.
    Ratings m_before;
    void updateChange();
};

} // namespace rollguide
