// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Reminders.h"

#include "AppInstance.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Dialogs.h"
#include "HistoryStore.h"
#include "IllustrationView.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "PlayerWidget.h"
#include "SafeFile.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"

#include <QAction>
#include <QApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QSystemTrayIcon>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rollguide {

namespace {
constexpr const char* kInterface = "org.freedesktop.Notifications";
constexpr int kMaxTickMs = 60'000; // look at the clock at least once a minute
constexpr int kCallTimeoutMs = 5'000;
const QString kStart = QStringLiteral("start");
const QString kSnooze = QStringLiteral("snooze");
const QString kSkip = QStringLiteral("skip");
const QString kDefault = QStringLiteral("default");

// The desktop entry's name, which is also the app's D-Bus name.
QString appId() {
    return QString::fromLatin1(AppInstance::kServiceName);
}

std::string utf8(const QString& s) {
    return s.toStdString();
}

/// A path as the Exec key of a desktop entry wants it: quoted when it holds anything special.
QString execArgument(const QString& path) {
    static const QString special = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(path.begin(), path.end(), [](QChar c) { return special.contains(c); }))
        return path;
    QString q = path;
    q.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"))
        .replace(u'$', QStringLiteral("\\$"));
    // In a desktop file's string value, a backslash itself must be escaped once more.
    q.replace(u'\\', QStringLiteral("\\\\"));
    return u'"' + q + u'"';
}
QDBusMessage notificationsCall(const QString& method) {
    return QDBusMessage::createMethodCall(QString::fromLatin1(Reminders::kService),
                                          QString::fromLatin1(Reminders::kPath),
                                          QString::fromLatin1(kInterface), method);
}

/// "Mon, Tue, Thu and Sat" in the user's language.
QString daysText(const ReminderPlan& plan, QLocale::FormatType format) {
    const QLocale locale;
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        if (plan.hasDay(d))
            days << locale.dayName(d, format);
    return locale.createSeparatedList(days);
}
} // namespace

Reminders::Reminders(MainWindow& window, AppSettings& settings, const Clock& clock, QDBusConnection bus,
                     QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_bus(std::move(bus))
    , m_schedule(settings.reminderPlan(), settings.reminderState()) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
}

Reminders::~Reminders() = default;

QDateTime Reminders::now() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), QTimeZone::utc());
}

void Reminders::start() {
    if (m_bus.isConnected()) {
        const QString service = QString::fromLatin1(kService), path = QString::fromLatin1(kPath);
        m_bus.connect(service, path, QString::fromLatin1(kInterface), QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(service, path, QString::fromLatin1(kInterface), QStringLiteral("NotificationClosed"),
                      this, SLOT(onNotificationClosed(uint, uint)));
        m_bus.connect(service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("PropertiesChanged"), this,
                      SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    }
    watchSessions();
    QApplication::setQuitOnLastWindowClosed(!keepsRunning());
    if (keepsRunning())
        probeServer();
    updateTray();
    // The first check reads the history: once the event loop runs, not before the first frame.
    QTimer::singleShot(0, this, &Reminders::check);
}

QString Reminders::setPlan(const ReminderPlan& plan) {
    m_schedule.setPlan(plan, now());
    m_settings.setReminderPlan(plan);
    save();
    m_held.reset();
    QApplication::setQuitOnLastWindowClosed(!plan.on);
    spdlog::info("reminders: {} {} at {}", plan.on ? "on" : "off", utf8(plan.daysText()),
                 utf8(plan.time.toString(QStringLiteral("HH:mm"))));
    const QString why = writeAutostart(plan.on);
    if (plan.on)
        probeServer();
    updateTray();
    check();
    return why;
}

void Reminders::save() {
    m_settings.setReminderState(m_schedule.state());
}

bool Reminders::skippedToday() const {
    return m_schedule.skippedToday(now(), m_clock.timeZone());
}

void Reminders::skipToday() {
    m_schedule.skipToday(now(), m_clock.timeZone());
    m_held.reset();
    save();
    spdlog::info("reminders: none more today");
    updateTray();
}

void Reminders::check() {
    if (!m_historyRead && keepsRunning()) {
        // The last session in the history: no reminder within 4 hours after it, even across a restart.
        m_historyRead = true;
        const auto last = m_window.history().sessions(1);
        if (last && !last->isEmpty()) {
            const SessionRecord& r = last->first();
            m_lastSessionEnd = r.started.addMSecs(r.actualMs + r.pausedMs);
        }
    }
    const QDateTime t = now();
    const ReminderDecision d =
        m_schedule.check(t, m_clock.timeZone(), SessionContext{m_window.inSession(), m_lastSessionEnd});
    save();
    if (!d.skipped.isEmpty())
        spdlog::info("reminders: no reminder: {}", utf8(d.skipped));
    if (d.shows())
        deliver(d);
    else if (m_held && !m_window.inSession() &&
             m_held->slot.toTimeZone(m_clock.timeZone()).date() == t.toTimeZone(m_clock.timeZone()).date())
        deliver(*m_held); // do-not-disturb may be over: ask again
    else
        m_held.reset();
    arm(d.nextCheck);
    // The tray menu refreshes itself when it opens: a check once a minute does not ask the desktop
    // about its tray (an X round trip each time).
}

void Reminders::arm(const QDateTime& nextCheck) {
    if (!keepsRunning()) {
        m_timer.stop();
        return;
    }
    qint64 ms = kMaxTickMs;
    if (nextCheck.isValid())
        ms = std::clamp<qint64>(now().msecsTo(nextCheck) + 1, 1, kMaxTickMs);
    m_timer.start(int(ms));
}

void Reminders::deliver(const ReminderDecision& decision) {
    if (!m_bus.isConnected()) {
        setProblem(noBusText());
        spdlog::warn("reminders: a reminder is due, but there is no session bus");
        return;
    }
    // Do not disturb: read the server's Inhibited property first (servers without it never inhibit).
    QDBusMessage get = QDBusMessage::createMethodCall(
        QString::fromLatin1(kService), QString::fromLatin1(kPath),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QString::fromLatin1(kInterface) << QStringLiteral("Inhibited");
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, decision](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (reply.isError() &&
            (reply.error().type() == QDBusError::ServiceUnknown ||
             reply.error().type() == QDBusError::NoReply || reply.error().type() == QDBusError::Timeout)) {
            setProblem(noServerText(reply.error().message()));
            spdlog::warn("reminders: a reminder is due, but no notification service answers: {}",
                         utf8(reply.error().message()));
            return;
        }
        if (reply.isValid() && reply.value().variant().toBool()) {
            spdlog::info("reminders: do not disturb is on; the reminder waits until it is off");
            m_held = decision;
            return;
        }
        m_held.reset();
        notify(decision);
    });
}

QString Reminders::routineText() const {
    const std::optional<Routine> routine = m_window.todaysRoutine();
    if (!routine || !m_window.catalog())
        return {};
    const QString name = plainLine(routine->name);
    const PlanResult plan = SessionPlanner::plan(*routine, *m_window.catalog(), m_settings.planOptions());
    return plan.ok() ? tr("%1, %2").arg(name, formatMinutesSeconds(plan.plan->totalMs())) : name;
}

void Reminders::notify(const ReminderDecision& d) {
    const QString routine = routineText();
    const QString what = routine.isEmpty() ? tr("Your session is ready.") : tr("Today: %1.").arg(routine);
    QString summary, body;
    switch (d.kind) {
    case ReminderDecision::Kind::CatchUp: {
        const QDateTime planned = d.slot.toTimeZone(m_clock.timeZone());
        const QLocale locale;
        const bool today = planned.date() == now().toTimeZone(m_clock.timeZone()).date();
        summary = tr("You planned a back session");
        body = (today ? tr("It was planned for %1, while the computer was off or asleep.")
                            .arg(locale.toString(planned.time(), QLocale::ShortFormat))
                      : tr("It was planned for %1 at %2, while the computer was off or asleep.")
                            .arg(locale.dayName(planned.date().dayOfWeek()),
                                 locale.toString(planned.time(), QLocale::ShortFormat))) +
               u' ' + what;
        break;
    }
    case ReminderDecision::Kind::Snoozed:
        summary = tr("Ready to roll now?");
        body = what + u' ' + tr("Lie down on the roller; RollGuide talks you through each move.");
        break;
    case ReminderDecision::Kind::Remind:
    case ReminderDecision::Kind::Nothing:
        summary = tr("Time for your back session");
        body = what + u' ' + tr("Lie down on the roller; RollGuide talks you through each move.");
        break;
    }
    if (!m_serverHasActions)
        body += u' ' + tr("Open RollGuide to start.");
    sendNotification(summary, body,
                     {kStart, tr("Start now"), kSnooze, tr("In 30 minutes"), kSkip, tr("Not today"), kDefault,
                      tr("Open RollGuide")});
}

void Reminders::sendNotification(const QString& summary, const QString& body, const QStringList& actions) {
    QDBusMessage call = notificationsCall(QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), appId());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1));
    hints.insert(QStringLiteral("category"), QStringLiteral("reminder"));
    // Replace a reminder still on screen rather than stack another one on it.
    call << QStringLiteral("RollGuide") << m_shownId << appId() << summary << body << actions << hints
         << int(actions.isEmpty() ? -1 : 0);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    const bool isReminder = !actions.isEmpty();
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body, isReminder](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    setProblem(tr("The desktop's notification service did not take the reminder: %1")
                                   .arg(reply.error().message()));
                    spdlog::warn("reminders: Notify failed: {}", utf8(reply.error().message()));
                    return;
                }
                setProblem({});
                if (isReminder)
                    m_shownId = reply.value();
                spdlog::info("reminders: notification {}: {} / {}", reply.value(), utf8(summary), utf8(body));
                Q_EMIT notified(reply.value(), summary, body);
            });
}

void Reminders::probeServer() {
    if (!m_bus.isConnected()) {
        setProblem(noBusText());
        return;
    }
    const QDBusMessage call = notificationsCall(QStringLiteral("GetCapabilities"));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            setProblem(noServerText(reply.error().message()));
            return;
        }
        m_serverHasActions = reply.value().contains(QStringLiteral("actions"));
        setProblem(m_serverHasActions ? QString()
                                      : tr("This desktop shows notifications without buttons: a reminder "
                                           "says when, and you start the session in RollGuide."));
    });
}

QString Reminders::noBusText() {
    return tr("Reminders need the desktop's notification service, and RollGuide found no session bus to "
              "reach it.");
}

QString Reminders::noServerText(const QString& error) {
    return tr("Reminders are shown by the desktop's notification service, and none answers on this desktop "
              "(%1). Nothing else is affected.")
        .arg(error);
}

void Reminders::setProblem(const QString& why) {
    if (why == m_problem)
        return;
    m_problem = why;
    Q_EMIT problemChanged();
}

void Reminders::onActionInvoked(uint id, const QString& action) {
    if (id == 0 || id != m_shownId)
        return;
    spdlog::info("reminders: \"{}\" chosen on notification {}", utf8(action), id);
    m_shownId = 0;
    if (action == kStart) {
        if (m_window.inSession()) {
            m_window.bringToFront();
            return;
        }
        m_window.startToday();
        m_window.bringToFront();
    } else if (action == kSnooze) {
        m_schedule.snooze(now());
        save();
        check();
    } else if (action == kSkip) {
        skipToday();
    } else {
        m_window.bringToFront();
    }
}

void Reminders::onNotificationClosed(uint id, uint) {
    if (id == m_shownId)
        m_shownId = 0;
}

void Reminders::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                    const QStringList&) {
    if (interface == QLatin1String(kInterface) && changed.contains(QStringLiteral("Inhibited")) &&
        !changed.value(QStringLiteral("Inhibited")).toBool() && m_held)
        QTimer::singleShot(0, this, &Reminders::check);
}

void Reminders::watchSessions() {
    const auto hook = [this] {
        if (PlayerWidget* w = m_window.sessionPlayerWidget()) {
            connect(w, &PlayerWidget::sessionStarted, this, &Reminders::sessionStarted, Qt::UniqueConnection);
            connect(w, &PlayerWidget::closed, this, [this] {
                if (m_offerDue) {
                    m_offerDue = false;
                    QTimer::singleShot(0, this, &Reminders::offerReminders);
                }
            });
        }
    };
    if (m_window.sessionPlayerWidget())
        hook();
    else
        connect(&m_window, &MainWindow::sessionPlayerCreated, this, hook, Qt::SingleShotConnection);
}

void Reminders::sessionStarted(SessionPlayer* player) {
    connect(player, &SessionPlayer::finished, this, [this](const SessionSummary& summary) {
        m_lastSessionEnd = now();
        // The end of a reminder on screen: the session it was about has happened.
        if (m_shownId != 0) {
            QDBusMessage close = notificationsCall(QStringLiteral("CloseNotification"));
            close << m_shownId;
            m_bus.asyncCall(close);
            m_shownId = 0;
        }
        if (summary.completed && !m_settings.reminderOffered() && !keepsRunning())
            m_offerDue = true; // asked when the person leaves the summary, not over it
    });
}

void Reminders::offerReminders() {
    if (m_settings.reminderOffered() || keepsRunning())
        return;
    m_settings.setReminderOffered(true);
    // The time of day the person just rolled, to the half hour below: a time that suits them.
    const QTime t = now().toTimeZone(m_clock.timeZone()).time();
    const QTime at(t.hour(), t.minute() < 30 ? 0 : 30);
    const ReminderPlan offer = ReminderPlan::fourTimesAWeek(at);
    const QLocale locale;
    enum { Yes, No };
    const int answer = Dialogs::ask(
        &m_window, QMessageBox::Question, tr("Remind me 4 times a week?"),
        tr("Rolling 4 to 5 times a week helps most, starting with short sessions. RollGuide can remind you "
           "on %1 at %2. You can change the days and the time in Settings.")
            .arg(daysText(offer, QLocale::LongFormat), locale.toString(at, QLocale::ShortFormat)),
        {{tr("Remind me"), QMessageBox::AcceptRole}, {tr("Not now"), QMessageBox::RejectRole}}, Yes,
        QStringLiteral("reminderOffer"));
    if (answer == Yes)
        if (const QString why = setPlan(offer); !why.isEmpty())
            Dialogs::tell(&m_window, QMessageBox::Warning, tr("Reminders"), why,
                          QStringLiteral("autostartProblemBox"));
}

QString Reminders::autostartPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + appId() + QStringLiteral(".desktop");
}

QString Reminders::writeAutostart(bool on) {
    const QString path = autostartPath();
    if (!on) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return tr("RollGuide could not remove %1, so it may still start when you log in.").arg(path);
        return {};
    }
    const QString exec =
        execArgument(QCoreApplication::applicationFilePath()) + QStringLiteral(" --background");
    const QByteArray text = QStringLiteral("[Desktop Entry]\n"
                                           "Type=Application\n"
                                           "Name=RollGuide reminders\n"
                                           "Comment=Reminds you of the foam-rolling sessions you planned\n"
                                           "Exec=%1\n"
                                           "Icon=%2\n"
                                           "Terminal=false\n"
                                           "NoDisplay=true\n"
                                           "X-GNOME-Autostart-enabled=true\n")
                                .arg(exec, appId())
                                .toUtf8();
    QFile current(path);
    if (current.open(QIODevice::ReadOnly) && current.read(64 * 1024) == text)
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("RollGuide could not create the folder %1, so reminders stop when you log out.")
            .arg(QFileInfo(path).absolutePath());
    if (const Status written = writeFileAtomically(path, text, false); !written.ok())
        return tr("RollGuide could not write %1 (%2), so reminders stop when you log out.")
            .arg(path, written.error());
    spdlog::info("reminders: autostart entry {}", utf8(path));
    return {};
}

void Reminders::updateTray() {
    if (!keepsRunning()) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_trayMenu) {
        // The menu is built even where the desktop has no tray, so it can be looked at and tested.
        m_trayMenu = new QMenu(&m_window);
        m_trayMenu->setObjectName(QStringLiteral("trayMenu"));
        m_startAction = m_trayMenu->addAction(tr("Start today's session"), this, [this] {
            m_window.startToday();
            m_window.bringToFront();
        });
        m_skipAction = m_trayMenu->addAction(tr("No reminders today"), this, &Reminders::skipToday);
        m_trayMenu->addAction(tr("Open RollGuide"), &m_window, &MainWindow::bringToFront);
        m_trayMenu->addSeparator();
        m_trayMenu->addAction(tr("Quit"), &m_window, &MainWindow::quit);
        connect(m_trayMenu, &QMenu::aboutToShow, this, &Reminders::updateTray);
    }
    const bool skipped = skippedToday();
    m_skipAction->setEnabled(!skipped);
    m_skipAction->setText(skipped ? tr("No reminders today (chosen)") : tr("No reminders today"));
    m_startAction->setEnabled(!m_window.inSession() && m_window.canStartChosenRoutine());
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                m_window.bringToFront();
        });
    }
    m_tray->setToolTip(tr("RollGuide: reminders on %1 at %2")
                           .arg(daysText(plan(), QLocale::ShortFormat),
                                QLocale().toString(plan().time, QLocale::ShortFormat)));
    m_tray->show();
}

void Reminders::closedToBackground() {
    spdlog::info("reminders: window closed; RollGuide keeps running for the reminders");
    if (m_settings.backgroundNoticeShown())
        return;
    m_settings.setBackgroundNoticeShown(true);
    const QString summary = tr("RollGuide is still running");
    const QString body = m_tray ? tr("It stays in the tray to remind you on the days you planned. To quit, "
                                     "choose Quit in its tray menu.")
                                : tr("It keeps running to remind you on the days you planned. Open it again "
                                     "from your applications; to quit, choose File, Quit.");
    if (m_tray)
        m_tray->showMessage(summary, body, applicationIcon());
    else if (m_bus.isConnected())
        sendNotification(summary, body, {});
}

} // namespace rollguide
