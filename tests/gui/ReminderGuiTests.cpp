// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Reminders in the window: the Settings group, the tray menu, closing to the background, and the offer
// after the first finished session. (The notifications themselves are tested with the real binary and a
// notification server: tests/desktop/reminder_tests.sh.)
#include "Dialogs.h"
#include "GuiTestUtil.h"
#include "PlayerWidget.h"
#include "Reminders.h"
#include "SessionSetup.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeEdit>

using namespace gui_test;

namespace {
/// HOME in a temporary folder: in Qt's test mode the autostart folder lies under HOME.
struct OwnHome : OwnFolder {
    OwnHome()
        : OwnFolder("HOME") {}
};

/// A session bus that is not there, as on a machine without one.
QDBusConnection noBus() {
    return QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/rollguide-test-bus"),
                                         QStringLiteral("rollguide-test-no-bus"));
}
} // namespace

TEST_CASE("Reminders are set in Settings, with an autostart entry, a tray menu and the window closing to "
          "the background",
          "[gui][reminders]") {
    OwnHome home;
    Fixture f;
    auto w = f.open();
    Reminders reminders(*w, f.settings, f.clock, noBus());
    w->setReminders(&reminders);
    reminders.start();
    CHECK_FALSE(reminders.keepsRunning()); // off by default
    CHECK(reminders.trayMenu() == nullptr);
    CHECK(QApplication::quitOnLastWindowClosed());

    SettingsDialog dialog(f.settings, w->cues(), &reminders, w.get());
    checkLayout(dialog, QStringLiteral("settings-with-reminders")); // the Reminders group fits too
    auto* on = child<QCheckBox>(&dialog, "remindersCheck");
    CHECK_FALSE(on->isChecked());
    CHECK_FALSE(child<QTimeEdit>(&dialog, "timeEdit")->isEnabled());
    // No session bus here: the settings say why reminders cannot show.
    CHECK(child<QLabel>(&dialog, "remindersStatusLabel")->text().contains(QStringLiteral("no session bus")));
    on->setChecked(true);
    for (int d = 1; d <= 7; ++d)
        child<QCheckBox>(&dialog, QStringLiteral("day%1Check").arg(d).toLatin1().constData())
            ->setChecked(d == Qt::Monday || d == Qt::Thursday);
    child<QTimeEdit>(&dialog, "timeEdit")->setTime(QTime(7, 30));
    Dialogs::saveShot(&dialog, QStringLiteral("settings-reminders"));
    dialog.accept();

    const ReminderPlan saved = f.settings.reminderPlan();
    CHECK(saved.on);
    CHECK(saved.daysText() == QStringLiteral("mon, thu"));
    CHECK(saved.time == QTime(7, 30));
    CHECK(f.qsettings.value(QStringLiteral("reminders/time")) == QStringLiteral("07:30"));
    QFile entry(Reminders::autostartPath());
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    CHECK(Reminders::autostartPath().startsWith(home.dir.path()));
    CHECK(text.contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath() +
                        QStringLiteral(" --background\n")));
    CHECK_FALSE(QApplication::quitOnLastWindowClosed());
    entry.close();
    // As the desktop reads it: desktop-file-validate (installed by ./scripts/test) accepts it.
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    REQUIRE_FALSE(validator.isEmpty());
    QProcess validate;
    validate.start(validator, {Reminders::autostartPath()});
    REQUIRE(validate.waitForFinished(10000));
    INFO(validate.readAllStandardOutput().toStdString() << validate.readAllStandardError().toStdString());
    CHECK(validate.exitCode() == 0);

    // An entry the person removed (their desktop's startup settings) is not put back by a launch.
    REQUIRE(QFile::remove(Reminders::autostartPath()));
    {
        Reminders again(*w, f.settings, f.clock, noBus());
        again.start();
        QTest::qWait(10);
        CHECK(again.keepsRunning());
        CHECK_FALSE(QFile::exists(Reminders::autostartPath()));
    }
    // Where the autostart folder cannot be made (a file stands there), the plan is still saved and the
    // message names the folder.
    const QString folder = QFileInfo(Reminders::autostartPath()).absolutePath();
    REQUIRE(QDir(folder).removeRecursively());
    {
        QFile blocker(folder);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    ReminderPlan later = saved;
    later.time = QTime(8, 0);
    const QString why = reminders.setPlan(later);
    CHECK(why.contains(folder));
    CHECK(f.settings.reminderPlan().time == QTime(8, 0));
    REQUIRE(QFile::remove(folder));
    CHECK(reminders.setPlan(saved).isEmpty()); // and once it can, the entry is there again
    CHECK(QFile::exists(Reminders::autostartPath()));

    // The tray menu (shown where the desktop has a tray).
    QMenu* menu = reminders.trayMenu();
    REQUIRE(menu);
    QStringList items;
    for (QAction* a : menu->actions())
        items << (a->isSeparator() ? QStringLiteral("--") : a->text());
    CHECK(items == QStringList{QStringLiteral("Start today's session"), QStringLiteral("No reminders today"),
                               QStringLiteral("Open RollGuide"), QStringLiteral("--"),
                               QStringLiteral("Quit")});
    CHECK(menu->actions()[0]->isEnabled()); // the Session tab has a routine
    menu->adjustSize();
    Dialogs::saveShot(menu, QStringLiteral("tray-menu"));
    menu->actions()[1]->trigger();
    CHECK(reminders.skippedToday());
    CHECK_FALSE(menu->actions()[1]->isEnabled());
    CHECK(f.qsettings.value(QStringLiteral("reminders/skippedDay")) ==
          QDateTime::fromMSecsSinceEpoch(f.clock.wallMs(), QTimeZone::utc()).date().toString(Qt::ISODate));

    // Closing the window leaves RollGuide running, and says so the first time.
    CHECK_FALSE(f.settings.backgroundNoticeShown());
    REQUIRE(w->close());
    QTest::qWait(20);
    CHECK_FALSE(w->isVisible());
    CHECK(f.settings.backgroundNoticeShown());
    w->bringToFront();
    CHECK(w->isVisible());

    // Reminders off: the autostart entry goes, and closing the window ends RollGuide again.
    ReminderPlan off = saved;
    off.on = false;
    CHECK(reminders.setPlan(off).isEmpty());
    CHECK_FALSE(QFile::exists(Reminders::autostartPath()));
    CHECK(QApplication::quitOnLastWindowClosed());
    CHECK(f.settings.reminderPlan().daysText() == QStringLiteral("mon, thu")); // kept for next time
    QApplication::setQuitOnLastWindowClosed(false); // the other tests' windows close without ending the run
}

TEST_CASE("After the first finished session RollGuide offers reminders once", "[gui][reminders]") {
    OwnHome home;
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({});
    auto w = f.open(testData(QStringLiteral("catalogs/valid-mini.json")));
    Reminders reminders(*w, f.settings, f.clock, noBus());
    w->setReminders(&reminders);
    reminders.start();
    REQUIRE(child<SessionSetup>(w.get(), "sessionSetup")->selectRoutine(QStringLiteral("quick")));

    const auto playOnce = [&](bool first) {
        QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
        auto* player = child<PlayerWidget>(w.get(), "playerWidget");
        for (int i = 0; i < 20000 && child<QStackedWidget>(player, "playerPages")->currentIndex() == 0; ++i) {
            f.clock.advance(500);
            player->tick();
        }
        REQUIRE(child<QStackedWidget>(player, "playerPages")->currentWidget()->objectName() ==
                QStringLiteral("finishPage"));
        // Not over the finish screen: the question comes when the person leaves it.
        if (first)
            CHECK(Dialogs::lastShown().name != QStringLiteral("reminderOffer"));
        Dialogs::setNextAnswer(0); // "Remind me"
        QTest::mouseClick(child<QPushButton>(player, "doneButton"), Qt::LeftButton);
        QTest::qWait(20);
    };
    playOnce(true);
    CHECK(Dialogs::lastShown().name == QStringLiteral("reminderOffer"));
    CHECK(Dialogs::lastShown().title == QStringLiteral("Remind me 4 times a week?"));
    CHECK_FALSE(Dialogs::scriptPending());
    const ReminderPlan plan = f.settings.reminderPlan();
    CHECK(plan.on);
    CHECK(plan.daysText() == QStringLiteral("mon, tue, thu, sat"));
    // At the time of day the person rolled, to the half hour below.
    const QTime now = QDateTime::fromMSecsSinceEpoch(f.clock.wallMs(), QTimeZone::utc()).time();
    CHECK(plan.time == QTime(now.hour(), now.minute() < 30 ? 0 : 30));
    CHECK(Dialogs::lastShown().text.contains(QLocale().toString(plan.time, QLocale::ShortFormat)));
    CHECK(f.settings.reminderOffered());
    CHECK(QFile::exists(Reminders::autostartPath()));

    // Asked once: after turning them off and another session, no question.
    ReminderPlan off = plan;
    off.on = false;
    reminders.setPlan(off);
    const QString before = Dialogs::lastShown().text;
    f.clock.advance(5 * 3600 * 1000);
    playOnce(false);
    CHECK(Dialogs::scriptPending()); // the scripted answer was not used
    Dialogs::setNextAnswer(-1);
    CHECK_FALSE(f.settings.reminderPlan().on);
    QApplication::setQuitOnLastWindowClosed(false);
}
