// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "AppSettings.h"
#include "CatalogLoader.h"
#include "Routine.h"

#include <QMainWindow>

#include <functional>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rollguide {

class CatalogBrowser;
class Clock;
class CuePlayer;
class DisclaimerDialog;
class HistoryStore;
class HistoryTab;
class SessionRecorder;
class PlayerWidget;
class ProgramCard;
class Reminders;
class RoutineLibrary;
class RoutinesTab;
class RoutineStore;
class SessionSetup;
struct SessionPlan;
struct Routine;

/// The main window: the catalog browser and the guide. If the catalog failed to load it shows why.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `catalogName` names the catalog's file in messages; `clock` (which must outlive the window)
    /// times every session.
    MainWindow(CatalogLoadResult catalog, const QString& catalogName, AppSettings& settings,
               const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the disclaimer when it has not been acknowledged yet. Call once the window is shown.
    void showFirstRunNotices();
    /// Opens the disclaimer (window-modal, non-blocking) and returns it.
    DisclaimerDialog* showDisclaimer();

    const Catalog* catalog() const { return m_catalog ? &*m_catalog : nullptr; }

    /// Shows `routine` on the Session tab; with `start`, starts it straight away.
    void openRoutine(const Routine& routine, bool start);
    /// Plays `plan` full-window.
    void playSession(const SessionPlan& plan);

    CuePlayer& cues() { return *m_cues; }

    /// Gives the window the person's routines folder (the Routines tab edits it). Returns what was
    /// wrong with any routine file, in plain words (also shown to the person).
    QStringList attachRoutineStore(RoutineStore& store);
    /// The person's own routines as they are now.
    QList<Routine> personalRoutines() const;
    /// The session history, opened at its first use (a session, or the History tab).
    HistoryStore& history();
    SessionRecorder& recorder();
    /// Opens the Guide tab at one of its sections (by the section's id in the catalog).
    void showGuideSection(const QString& sectionId);

    /// The player page, once a session has been played (nullptr before).
    PlayerWidget* sessionPlayerWidget() const { return m_player; }
    /// Whether a session is running or paused now.
    bool inSession() const;
    /// Whether the Session tab has a routine to start.
    bool canStartChosenRoutine() const;
    /// The routine chosen on the Session tab, if any.
    std::optional<Routine> chosenRoutine() const;
    /// Starts the routine chosen on the Session tab (after the safety notice, as Start does).
    void startChosenRoutine();
    /// Today's session of the program followed (read afresh), or else the routine chosen.
    std::optional<Routine> todaysRoutine();
    /// Starts today's session of the program followed, or else the routine chosen (reminders, tray).
    void startToday();
    /// The program's "Today" card on the Session tab (nullptr without a catalog).
    ProgramCard* programCard() const { return m_card; }
    /// The reminders (for the settings dialog, and to keep running when the window closes).
    void setReminders(Reminders* reminders) { m_reminders = reminders; }
    /// File > Quit, the tray's Quit and MPRIS Quit: closes the window (asking about unsaved changes
    /// first) and ends RollGuide, also when reminders would keep it running.
    void quit();
    /// Shows the window in front of the others (from the tray, a second launch, a remote).
    void bringToFront();
    /// A routine given to a second `rollguide` (--routine X [--start]): opened here, or, in the middle
    /// of a session, asked about on screen without waiting. Returns what happened, in a sentence.
    QString openRoutineFromElsewhere(const Routine& routine, bool start);

Q_SIGNALS:
    /// The window's first frame is on screen: work that the first screen does not need can start.
    void firstFramePainted();
    /// The player page was built (before the first session).
    void sessionPlayerCreated();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Builds the tab in front the first time it is opened (Moves, Guide).
    void buildOpenedTab();
    /// The routine editor, built when its tab is first opened (or a save needs it).
    RoutinesTab* routinesTab();
    /// The player page, built before the first session.
    PlayerWidget* player();
    void showAbout();
    void showSettings();
    void leaveSession();
    void setFullScreen(bool on);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    std::optional<Catalog> m_catalog;
    const Clock& m_clock;
    CuePlayer* m_cues;
    CatalogBrowser* m_browser = nullptr;
    SessionSetup* m_setup = nullptr;
    ProgramCard* m_card = nullptr;
    bool m_todayShown = false; ///< Today's session has been put in the preview once.
    PlayerWidget* m_player = nullptr;
    RoutineLibrary* m_library = nullptr; // the routines, built-in and personal
    RoutinesTab* m_routines = nullptr;
    std::unique_ptr<HistoryStore> m_history;
    SessionRecorder* m_recorder = nullptr;
    HistoryTab* m_historyTab = nullptr;
    bool m_firstFramePainted = false;
    Reminders* m_reminders = nullptr;
    bool m_quitting = false;
};

} // namespace rollguide
