// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "AppSettings.h"
#include "SettingsFile.h"
#include "TestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace rollguide;

TEST_CASE("A settings file written by hand, as the README shows, is read as documented", "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[safety]\ndisclaimerAcknowledged=true\n"
            "[screening]\nanswered=true\nconditions=recent-injury-or-fracture, pregnancy\n"
            "[cues]\nvoice=false\nvolume=250\n"
            "[breath]\ninhaleMs=5000\nexhaleMs=abc\n");
    f.close();
    SettingsFile q(path);
    const AppSettings s(q);
    CHECK(s.disclaimerAcknowledged());
    CHECK(s.screeningAnswered());
    CHECK(s.screeningConditions() ==
          QStringList{QStringLiteral("recent-injury-or-fracture"), QStringLiteral("pregnancy")});
    CHECK_FALSE(s.voiceOn());
    CHECK(s.soundsOn());
    CHECK_FALSE(s.breathTonesOn());
    CHECK(s.volume() == 100); // out of range: kept within 0..100
    CHECK(s.inhaleMs() == 5000);
    CHECK(s.exhaleMs() == 6000); // not a number: the default
}

TEST_CASE("Settings round-trip and stay within their ranges", "[settings]") {
    QTemporaryDir dir;
    SettingsFile q(dir.filePath(QStringLiteral("rollguide.conf")));
    AppSettings s(q);
    CHECK_FALSE(s.screeningAnswered());
    s.setScreening({});
    CHECK(s.screeningAnswered());
    CHECK(s.screeningConditions().isEmpty());
    s.setScreening({QStringLiteral("pregnancy")});
    CHECK(s.screeningConditions() == QStringList{QStringLiteral("pregnancy")});
    s.setBreathPace(100, 99999);
    CHECK(s.inhaleMs() == 1000);
    CHECK(s.exhaleMs() == 15000);
    s.setVolume(-3);
    CHECK(s.volume() == 0);
}

TEST_CASE("A change to the settings keeps the comments and everything else a clinic wrote", "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    const QByteArray written = "; Set up by the clinic for Mrs. Example.\n"
                               "# Do not change the breath pace without asking us.\n"
                               "[breath]\ninhaleMs=5000\n   exhaleMs = 7000\n\n"
                               "[screening]\n; ruled out on 2026-11-02\nanswered=true\nconditions=pregnancy\n"
                               "[clinic]\nnote=keep this\n";
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(written);
    f.close();

    SettingsFile file(path);
    AppSettings s(file);
    CHECK(s.exhaleMs() == 7000);
    s.setDisclaimerAcknowledged(true);                                             // a new group
    s.setVoiceOn(false);                                                           // another new group
    s.setScreening({QStringLiteral("pregnancy"), QStringLiteral("osteoporosis")}); // changed in place
    const QByteArray after = readFileBytes(path);
    INFO(after.toStdString());
    CHECK(after.startsWith(
        "; Set up by the clinic for Mrs. Example.\n# Do not change the breath pace without asking us.\n"
        "[breath]\ninhaleMs=5000\n   exhaleMs = 7000\n\n"
        "[screening]\n; ruled out on 2026-11-02\nanswered=true\nconditions=pregnancy, osteoporosis\n"
        "[clinic]\nnote=keep this\n"));
    CHECK(after.contains("[safety]\ndisclaimerAcknowledged=true\n"));
    CHECK(after.contains("[cues]\nvoice=false\n"));

    // Read back by this class and by QSettings alike (files of RollGuide 0.1 were written by QSettings).
    SettingsFile again(path);
    const AppSettings back(again);
    CHECK(back.disclaimerAcknowledged());
    CHECK_FALSE(back.voiceOn());
    CHECK(back.screeningConditions() ==
          QStringList{QStringLiteral("pregnancy"), QStringLiteral("osteoporosis")});
    QSettings qt(path, QSettings::IniFormat);
    CHECK(qt.value(QStringLiteral("safety/disclaimerAcknowledged")).toBool());
    CHECK(qt.value(QStringLiteral("screening/conditions")).toStringList() ==
          QStringList{QStringLiteral("pregnancy"), QStringLiteral("osteoporosis")});
    CHECK(qt.value(QStringLiteral("clinic/note")).toString() == QStringLiteral("keep this"));
}

TEST_CASE("A settings file written by QSettings reads the same, empty lists included", "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    {
        QSettings qt(path, QSettings::IniFormat);
        qt.setValue(QStringLiteral("screening/answered"), true);
        qt.setValue(QStringLiteral("screening/conditions"), QStringList{});
        qt.setValue(QStringLiteral("cues/volume"), 35);
        qt.setValue(QStringLiteral("cues/sounds"), false);
    }
    SettingsFile file(path);
    const AppSettings s(file);
    CHECK(s.screeningAnswered());
    CHECK(s.screeningConditions().isEmpty());
    CHECK(s.volume() == 35);
    CHECK_FALSE(s.soundsOn());
    {
        QSettings qt(path, QSettings::IniFormat);
        qt.setValue(QStringLiteral("screening/conditions"), QStringList{QStringLiteral("pregnancy")});
    }
    SettingsFile one(path);
    CHECK(AppSettings(one).screeningConditions() == QStringList{QStringLiteral("pregnancy")});
}

TEST_CASE("A settings file that is a pipe, a folder or not text is named, never blocks and is never written",
          "[settings]") {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.conf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    SettingsFile pipe(fifo); // would block forever if opened for reading without O_NONBLOCK
    CHECK(pipe.problem().contains(fifo));
    CHECK(pipe.problem().contains(QStringLiteral("named pipe")));
    AppSettings s(pipe);
    CHECK(s.voiceOn()); // defaults
    s.setVoiceOn(false);
    CHECK_FALSE(s.voiceOn());                 // kept in memory for this run
    CHECK(QFileInfo(fifo).isFile() == false); // still the pipe

    SettingsFile folder(dir.path());
    CHECK(folder.problem().contains(QStringLiteral("folder")));

    const QString binary = dir.filePath(QStringLiteral("binary.conf"));
    QFile f(binary);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("[cues]\nvoice=false\n\0\xff", 22));
    f.close();
    SettingsFile notText(binary);
    CHECK(notText.problem().contains(QStringLiteral("NUL")));
    AppSettings t(notText);
    t.setVolume(10);
    CHECK(readFileBytes(binary) == QByteArray("[cues]\nvoice=false\n\0\xff", 22));
}

TEST_CASE("A failed settings write says why and keeps the value", "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    SettingsFile file(path);
    AppSettings s(file);
    s.setVolume(40);
    std::optional<QString> error;
    {
        FileSizeLimit limit(0);
        s.setVolume(20);
    }
    CHECK(file.writeError().contains(QStringLiteral("larger than this system allows")));
    CHECK(s.volume() == 20);
    CHECK(readFileBytes(path) == "[cues]\nvolume=40\n");
}

TEST_CASE("A settings file with Windows line ends keeps them", "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("; by the clinic\r\n[cues]\r\nvoice=false\r\n");
    f.close();
    SettingsFile file(path);
    AppSettings s(file);
    CHECK_FALSE(s.voiceOn());
    s.setVolume(30);
    CHECK(readFileBytes(path) == "; by the clinic\r\n[cues]\r\nvoice=false\r\nvolume=30\r\n");
}

TEST_CASE("Reminder settings: off by default, round-trip, and hand-written values are read",
          "[settings][reminders]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    {
        SettingsFile file(path);
        AppSettings s(file);
        const ReminderPlan fresh = s.reminderPlan();
        CHECK_FALSE(fresh.on);
        CHECK(fresh.daysText() == QStringLiteral("mon, tue, thu, sat")); // what turning them on suggests
        CHECK(fresh.time == QTime(18, 0));
        CHECK(s.reminderState() == ReminderState{});
        CHECK_FALSE(QFileInfo::exists(path)); // reading writes nothing

        ReminderPlan p;
        p.on = true;
        p.setDay(Qt::Wednesday, true);
        p.setDay(Qt::Sunday, true);
        p.time = QTime(7, 45);
        s.setReminderPlan(p);
        ReminderState st;
        st.handledUpTo = QDateTime(QDate(2027, 1, 4), QTime(17, 0, 0, 250), QTimeZone::utc());
        st.skippedDay = QDate(2027, 1, 5);
        s.setReminderState(st);
    }
    SettingsFile again(path);
    const AppSettings s(again);
    CHECK(s.reminderPlan().on);
    CHECK(s.reminderPlan().daysText() == QStringLiteral("wed, sun"));
    CHECK(s.reminderPlan().time == QTime(7, 45));
    CHECK(again.value(QStringLiteral("reminders/handledUpTo")) == QStringLiteral("2027-01-04T17:00:00.250Z"));
    CHECK(s.reminderState().handledUpTo ==
          QDateTime(QDate(2027, 1, 4), QTime(17, 0, 0, 250), QTimeZone::utc()));
    CHECK(s.reminderState().skippedDay == QDate(2027, 1, 5));
    CHECK_FALSE(s.reminderState().snoozedUntil.isValid());

    // By hand: seconds in the time, odd spacing and case in the days, a time that is not one.
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[reminders]\non=true\ndays= Fri ,MON\ntime=06:05:30\n");
    f.close();
    SettingsFile hand(path);
    const AppSettings h(hand);
    CHECK(h.reminderPlan().daysText() == QStringLiteral("mon, fri"));
    CHECK(h.reminderPlan().time == QTime(6, 5, 30));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[reminders]\non=true\ndays=\ntime=25:99\n");
    f.close();
    SettingsFile bad(path);
    const AppSettings b(bad);
    CHECK(b.reminderPlan().days == 0); // no days: no reminders
    CHECK(b.reminderPlan().time == QTime(18, 0));
}

TEST_CASE("Program settings: none by default, round-trip, and a hand-broken date means no program",
          "[settings][program]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    {
        SettingsFile file(path);
        AppSettings s(file);
        CHECK(s.programChoice() == ProgramChoice{});
        CHECK_FALSE(s.programChoice().active());
        CHECK_FALSE(QFileInfo::exists(path)); // reading writes nothing
        ProgramChoice c;
        c.programId = QStringLiteral("start-gently");
        c.started = QDate(2026, 11, 2);
        c.paused = true;
        c.doctorConfirmed = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
        c.flaggedCleared = true;
        s.setProgramChoice(c);
    }
    SettingsFile again(path);
    const AppSettings s(again);
    const ProgramChoice c = s.programChoice();
    CHECK(c.active());
    CHECK(c.programId == QStringLiteral("start-gently"));
    CHECK(c.started == QDate(2026, 11, 2));
    CHECK(c.paused);
    CHECK(c.flaggedCleared);
    CHECK(c.doctorConfirmed == QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()));
    CHECK(again.value(QStringLiteral("program/started")) == QStringLiteral("2026-11-02"));

    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[program]\nid=desk-back\nstarted=2026-13-40\n");
    f.close();
    SettingsFile hand(path);
    const AppSettings h(hand);
    CHECK(h.programChoice().programId == QStringLiteral("desk-back"));
    CHECK_FALSE(h.programChoice().started.isValid());
    CHECK_FALSE(h.programChoice().active());
}

TEST_CASE("The language chosen in Settings is saved under ui/language and read back as written",
          "[settings]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    {
        SettingsFile file(path);
        AppSettings s(file);
        CHECK(s.language().isEmpty()); // follow the system
        s.setLanguage(QStringLiteral("fr"));
    }
    SettingsFile again(path);
    CHECK(again.value(QStringLiteral("ui/language")) == QStringLiteral("fr"));
    AppSettings back(again);
    CHECK(back.language() == QStringLiteral("fr"));
    back.setLanguage(QString());
    CHECK(AppSettings(again).language().isEmpty());
}
