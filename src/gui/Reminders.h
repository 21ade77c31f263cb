// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ReminderSchedule.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rollguide {

class AppSettings;
class Clock;
class MainWindow;
class SessionPlayer;

/// Reminders for the days the person planned: a freedesktop notification with "Start now",
/// "In 30 minutes" and "Not today", a tray icon while they are on, and an XDG autostart entry so that
/// they survive a login. When to remind is ReminderSchedule's call, on the clock given here; this class
/// asks it once a minute at most (and exactly at the planned time), so sleep, a changed clock and a
/// changed time zone are noticed within a minute.
///
/// With no notification service on the bus nothing breaks: problem() says why, for the settings.
/// While the desktop's do-not-disturb is on (the server's `Inhibited` property), a reminder waits until
/// it is off, on the same day.
class Reminders : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kService = "org.freedesktop.Notifications";
    static constexpr const char* kPath = "/org/freedesktop/Notifications";

    Reminders(MainWindow& window, AppSettings& settings, const Clock& clock, QDBusConnection bus,
              QObject* parent = nullptr);
    ~Reminders() override;

    /// Reads the plan and starts the schedule, the tray icon and the watch on sessions.
    void start();

    ReminderPlan plan() const { return m_schedule.plan(); }
    /// Saves a new plan, creates or removes the autostart entry and the tray icon. Returns why the
    /// autostart entry could not be written, or an empty string.
    QString setPlan(const ReminderPlan& plan);

    /// Why reminders cannot be shown here, in a sentence for the settings; empty when they can (or the
    /// notification service has not been asked yet).
    QString problem() const { return m_problem; }
    /// Asks the notification service again (the settings do, when they open).
    void probeServer();

    /// "Not today", from the notification or the tray menu.
    void skipToday();
    bool skippedToday() const;

    /// Where the autostart entry lives: $XDG_CONFIG_HOME/autostart/<app id>.desktop.
    static QString autostartPath();
    /// The tray icon, when reminders are on and the desktop has a tray (nullptr otherwise).
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* trayMenu() const { return m_trayMenu; }

    /// Whether closing the window should leave RollGuide running (reminders are on).
    bool keepsRunning() const { return m_schedule.plan().on; }
    /// The window was closed while reminders are on: says so, the first time.
    void closedToBackground();

Q_SIGNALS:
    /// A notification was sent (after the server answered with its id).
    void notified(uint id, const QString& summary, const QString& body);
    /// problem() changed.
    void problemChanged();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList&);

private:
    QDateTime now() const;
    void check();
    void arm(const QDateTime& nextCheck);
    void deliver(const ReminderDecision& decision);
    void notify(const ReminderDecision& decision);
    void sendNotification(const QString& summary, const QString& body, const QStringList& actions);
    void setProblem(const QString& why);
    static QString noBusText();
    static QString noServerText(const QString& error);
    void save();
    void updateTray();
    void watchSessions();
    void sessionStarted(SessionPlayer* player);
    void offerReminders();
    QString writeAutostart(bool on);
    /// The routine on the Session tab with its length ("Short session, 4:35"), or empty.
    QString routineText() const;

    MainWindow& m_window;
    AppSettings& m_settings;
    const Clock& m_clock;
    QDBusConnection m_bus;
    ReminderSchedule m_schedule;
    QTimer m_timer;
    QDateTime m_lastSessionEnd;
    bool m_historyRead = false;
    std::optional<ReminderDecision> m_held; ///< Waiting for do-not-disturb to end.
    uint m_shownId = 0;                     ///< The reminder on screen now, to replace or act on.
    bool m_serverHasActions = true;
    QString m_problem;
    bool m_offerDue = false;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QAction* m_skipAction = nullptr;
    QAction* m_startAction = nullptr;
};

} // namespace rollguide
