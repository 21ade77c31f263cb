// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "History.h"
#include "ProgramCoach.h"
#include "Result.h"

#include <QFrame>

#include <functional>
#include <memory>
#include <optional>

class QMenu;

namespace Ui {
class ProgramCard;
}

namespace rollguide {

class AppSettings;
class Clock;

/// The "Today" card at the top of the Session tab: the program the person follows, the week they are
/// in and why, and today's session, one press to start. Without a program it offers one. Every
/// decision comes from ProgramCoach; the card only shows it and keeps the person's choices.
class ProgramCard : public QFrame {
    Q_OBJECT
public:
    using HistorySource = std::function<Result<QList<SessionRecord>>()>;
    enum class State {
        NoProgram,      ///< Offers the programs.
        Ready,          ///< Today's session, to start.
        DoneToday,      ///< Rolled today already; another session can still start.
        AskDoctor,      ///< Progression paused until the person says they asked a doctor.
        NeedsDoctorsOk, ///< The screening flags every move: nothing until the doctor agrees.
        Blocked,        ///< No move of the program suits the person.
        Paused,         ///< Paused by the person.
    };

    /// `history` is read at each refresh(); `clock` gives the wall time and the time zone.
    ProgramCard(const Catalog& catalog, AppSettings& settings, const Clock& clock, HistorySource history,
                QWidget* parent = nullptr);
    ~ProgramCard() override;

    /// Reads the settings and the history again and shows where the program stands.
    void refresh();
    State state() const { return m_state; }
    /// Today's session, when there is one to start.
    const std::optional<Routine>& todaysRoutine() const { return m_today; }
    const ProgramStatus& status() const { return m_status; }
    /// The program followed, or nullptr.
    const Program* program() const;
    /// "Start gently, week 3 of 6, since Monday 2 November: <the latest decision>" (empty: no program).
    QString summaryLine() const;
    /// Starts following `programId` from today (week 1).
    void follow(const QString& programId);

Q_SIGNALS:
    /// "Start today's session" was pressed.
    void startRequested(const rollguide::Routine& routine);
    /// Today's session changed (after a refresh that found another one, or none).
    void todayChanged();
    /// The card shows something new (each refresh).
    void refreshed();
    /// Opens the Guide at a section ("who-should-avoid": when to ask a doctor first).
    void guideSectionRequested(const QString& sectionId);

private:
    void setChoice(const ProgramChoice& choice);
    void setPaused(bool paused);
    void confirmDoctor();
    void confirmCleared();
    void restart();
    void stopFollowing();
    void rebuildMenu();
    void present(State state, const QString& title, const QString& reason, const QString& detail);
    QDateTime now() const;

    std::unique_ptr<Ui::ProgramCard> m_ui;
    const Catalog& m_catalog;
    AppSettings& m_settings;
    const Clock& m_clock;
    HistorySource m_history;
    QMenu* m_menu = nullptr;
    State m_state = State::NoProgram;
    ProgramStatus m_status;
    std::optional<Routine> m_today;
};

} // namespace rollguide
