// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Reminder scheduling on a manual clock: planned days, sessions, "In 30 minutes", "Not today", sleep,
// a missed week, daylight-saving changes, a move to another time zone and a clock set back.
#include "Clock.h"
#include "ReminderSchedule.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace rollguide;
using Kind = ReminderDecision::Kind;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

QDateTime local(int y, int mo, int d, int h, int mi, const QTimeZone& zone = kBerlin) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

/// A computer running RollGuide: it checks the schedule once a minute while awake, as the app does.
struct Computer {
    ManualClock clock;
    ReminderSchedule schedule;
    SessionContext sessions;
    struct Shown {
        Kind kind;
        QDateTime at;   // UTC, when it showed
        QDateTime slot; // UTC
    };
    QList<Shown> shown;
    QStringList skipped;

    Computer(const ReminderPlan& plan, const QDateTime& start, const QTimeZone& zone = kBerlin)
        : clock(start.toMSecsSinceEpoch())
        , schedule(plan, {}) {
        clock.setTimeZone(zone);
        schedule.setPlan(plan, now());
    }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(clock.wallMs(), QTimeZone::utc()); }
    ReminderDecision check() {
        const ReminderDecision d = schedule.check(now(), clock.timeZone(), sessions);
        if (d.shows())
            shown << Shown{d.kind, now(), d.slot};
        if (!d.skipped.isEmpty())
            skipped << d.skipped;
        return d;
    }
    /// Awake for `minutes`, checking each minute.
    void awake(int minutes) {
        for (int i = 0; i < minutes; ++i) {
            clock.advance(60'000);
            check();
        }
    }
    void awakeUntil(const QDateTime& when) {
        while (now() < when.toUTC()) {
            clock.advance(60'000);
            check();
        }
    }
    /// Asleep or off: the wall clock moves, nothing runs.
    void sleepUntil(const QDateTime& when) { clock.jumpWall(now().msecsTo(when.toUTC())); }
};

ReminderPlan plan(std::initializer_list<int> days, QTime time) {
    ReminderPlan p;
    p.on = true;
    p.time = time;
    for (int d : days)
        p.setDay(d, true);
    return p;
}

ReminderPlan everyDay(QTime time) {
    return plan({1, 2, 3, 4, 5, 6, 7}, time);
}

} // namespace

TEST_CASE("A reminder comes at the planned time on the planned days, and not on the others", "[reminders]") {
    // Monday 4 January 2027, noon in Berlin; reminders on Monday and Wednesday at 18:00.
    Computer pc(plan({Qt::Monday, Qt::Wednesday}, QTime(18, 0)), local(2027, 1, 4, 12, 0));
    pc.awakeUntil(local(2027, 1, 6, 23, 59)); // through Wednesday
    REQUIRE(pc.shown.size() == 2);
    CHECK(pc.shown[0].kind == Kind::Remind);
    CHECK(pc.shown[0].at == local(2027, 1, 4, 18, 0).toUTC()); // on the minute
    CHECK(pc.shown[0].slot == local(2027, 1, 4, 18, 0).toUTC());
    CHECK(pc.shown[1].at == local(2027, 1, 6, 18, 0).toUTC()); // nothing on Tuesday
}

TEST_CASE("The next check is the next planned time", "[reminders]") {
    Computer pc(plan({Qt::Monday, Qt::Wednesday}, QTime(18, 0)), local(2027, 1, 4, 12, 0));
    CHECK(pc.check().nextCheck == local(2027, 1, 4, 18, 0).toUTC());
    pc.awakeUntil(local(2027, 1, 4, 18, 0));
    CHECK(pc.check().nextCheck == local(2027, 1, 6, 18, 0).toUTC());
    ReminderPlan off = pc.schedule.plan();
    off.on = false;
    pc.schedule.setPlan(off, pc.now());
    CHECK_FALSE(pc.check().nextCheck.isValid());
    pc.awake(3 * 24 * 60);
    CHECK(pc.shown.size() == 1);
}

TEST_CASE("A plan chosen after today's time does not remind about it", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 20, 0));
    pc.awakeUntil(local(2027, 1, 5, 17, 59));
    CHECK(pc.shown.isEmpty());
    pc.awake(2);
    CHECK(pc.shown.size() == 1);
}

TEST_CASE("No reminder during a session or within 4 hours after one", "[reminders]") {
    SECTION("during a session") {
        Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 17, 50));
        pc.sessions.inSession = true;
        pc.awakeUntil(local(2027, 1, 4, 18, 30));
        pc.sessions.inSession = false;
        pc.sessions.lastSessionEnd = pc.now();
        pc.awakeUntil(local(2027, 1, 4, 23, 59));
        CHECK(pc.shown.isEmpty());
        CHECK(pc.skipped.contains(QStringLiteral("a session is running")));
        pc.awakeUntil(local(2027, 1, 5, 18, 1)); // the next day's comes (more than 4 h later)
        CHECK(pc.shown.size() == 1);
    }
    SECTION("a session late the evening before, ending 3 hours before the planned time") {
        Computer pc(everyDay(QTime(1, 0)), local(2027, 1, 4, 20, 0));
        pc.sessions.lastSessionEnd = local(2027, 1, 4, 22, 0).toUTC();
        pc.awakeUntil(local(2027, 1, 5, 2, 0));
        CHECK(pc.shown.isEmpty());
        CHECK(pc.skipped.contains(QStringLiteral("a session ended less than 4 hours ago")));
    }
    SECTION("a session 4.5 hours before, the day before") {
        Computer pc(everyDay(QTime(2, 0)), local(2027, 1, 4, 20, 0));
        pc.sessions.lastSessionEnd = local(2027, 1, 4, 21, 30).toUTC();
        pc.awakeUntil(local(2027, 1, 5, 3, 0));
        CHECK(pc.shown.size() == 1);
    }
    SECTION("a session earlier the same day: no reminder that day") {
        Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 7, 0));
        pc.sessions.lastSessionEnd = local(2027, 1, 4, 8, 0).toUTC();
        pc.awakeUntil(local(2027, 1, 4, 23, 0));
        CHECK(pc.shown.isEmpty());
        CHECK(pc.skipped.contains(QStringLiteral("there was a session that day")));
    }
}

TEST_CASE("\"In 30 minutes\" reminds once, 30 minutes later", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 17, 0));
    pc.awakeUntil(local(2027, 1, 4, 18, 0));
    REQUIRE(pc.shown.size() == 1);
    pc.awake(1);
    pc.schedule.snooze(pc.now()); // 18:01
    CHECK(pc.check().nextCheck == local(2027, 1, 4, 18, 31).toUTC());
    pc.awakeUntil(local(2027, 1, 4, 23, 0));
    REQUIRE(pc.shown.size() == 2);
    CHECK(pc.shown[1].kind == Kind::Snoozed);
    CHECK(pc.shown[1].at == local(2027, 1, 4, 18, 31).toUTC());

    SECTION("but not when a session started meanwhile") {
        pc.awakeUntil(local(2027, 1, 5, 18, 0));
        REQUIRE(pc.shown.size() == 3);
        pc.schedule.snooze(pc.now());
        pc.sessions.inSession = true;
        pc.awakeUntil(local(2027, 1, 5, 19, 0));
        CHECK(pc.shown.size() == 3);
    }
}

TEST_CASE("\"Not today\" keeps today quiet, and tomorrow's reminder comes", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 9, 0));
    pc.schedule.skipToday(pc.now(), pc.clock.timeZone());
    CHECK(pc.schedule.skippedToday(pc.now(), pc.clock.timeZone()));
    pc.awakeUntil(local(2027, 1, 4, 23, 59));
    CHECK(pc.shown.isEmpty());
    pc.awakeUntil(local(2027, 1, 5, 18, 0));
    REQUIRE(pc.shown.size() == 1);
    CHECK_FALSE(pc.schedule.skippedToday(pc.now(), pc.clock.timeZone()));

    SECTION("also after \"In 30 minutes\"") {
        pc.schedule.snooze(pc.now());
        pc.schedule.skipToday(pc.now(), pc.clock.timeZone());
        pc.awakeUntil(local(2027, 1, 5, 23, 0));
        CHECK(pc.shown.size() == 1);
    }
}

TEST_CASE("A planned time slept through gives one catch-up on waking", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 17, 0));
    pc.awakeUntil(local(2027, 1, 4, 17, 50));
    pc.sleepUntil(local(2027, 1, 4, 21, 10)); // the lid closed at 17:50, opened at 21:10
    pc.awake(60);
    REQUIRE(pc.shown.size() == 1);
    CHECK(pc.shown[0].kind == Kind::CatchUp);
    CHECK(pc.shown[0].at == local(2027, 1, 4, 21, 11).toUTC());
    CHECK(pc.shown[0].slot == local(2027, 1, 4, 18, 0).toUTC());

    SECTION("a short sleep over the time is still on time") {
        Computer nap(everyDay(QTime(18, 0)), local(2027, 1, 4, 17, 0));
        nap.awakeUntil(local(2027, 1, 4, 17, 58));
        nap.sleepUntil(local(2027, 1, 4, 18, 2));
        nap.awake(5);
        REQUIRE(nap.shown.size() == 1);
        CHECK(nap.shown[0].kind == Kind::Remind);
    }
}

TEST_CASE("A week switched off gives one catch-up, never a pile", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 12, 0));
    pc.awakeUntil(local(2027, 1, 4, 19, 0));
    REQUIRE(pc.shown.size() == 1);

    SECTION("switched on in the evening, after the planned time") {
        pc.sleepUntil(local(2027, 1, 12, 20, 0)); // eight planned times missed
        pc.awake(3 * 60);
        REQUIRE(pc.shown.size() == 2);
        CHECK(pc.shown[1].kind == Kind::CatchUp);
        CHECK(pc.shown[1].slot == local(2027, 1, 12, 18, 0).toUTC());
        pc.awakeUntil(local(2027, 1, 13, 18, 0)); // and the next day's as planned
        REQUIRE(pc.shown.size() == 3);
        CHECK(pc.shown[2].kind == Kind::Remind);
    }
    SECTION("switched on in the morning: today's planned time covers the missed ones") {
        pc.sleepUntil(local(2027, 1, 12, 9, 0));
        pc.awakeUntil(local(2027, 1, 12, 17, 59));
        CHECK(pc.shown.size() == 1);
        CHECK(pc.skipped.contains(QStringLiteral("today's planned time is still ahead")));
        pc.awake(1);
        REQUIRE(pc.shown.size() == 2);
        CHECK(pc.shown[1].kind == Kind::Remind);
    }
    SECTION("with Monday-only reminders, switched on on a Thursday") {
        Computer weekly(plan({Qt::Monday}, QTime(18, 0)), local(2027, 1, 4, 12, 0));
        weekly.sleepUntil(local(2027, 1, 21, 10, 0)); // Thursday, two Mondays later
        weekly.awake(24 * 60);
        REQUIRE(weekly.shown.size() == 1);
        CHECK(weekly.shown[0].kind == Kind::CatchUp);
        CHECK(weekly.shown[0].slot == local(2027, 1, 18, 18, 0).toUTC());
    }
}

TEST_CASE("Daylight-saving changes keep the local time", "[reminders]") {
    SECTION("18:00 stays 18:00 on both sides of the spring change") {
        Computer pc(everyDay(QTime(18, 0)), local(2027, 3, 27, 12, 0));
        pc.awakeUntil(local(2027, 3, 28, 23, 0));
        REQUIRE(pc.shown.size() == 2);
        CHECK(pc.shown[0].at == QDateTime(QDate(2027, 3, 27), QTime(17, 0), QTimeZone::utc())); // CET
        CHECK(pc.shown[1].at == QDateTime(QDate(2027, 3, 28), QTime(16, 0), QTimeZone::utc())); // CEST
    }
    SECTION("a time in the spring-forward gap comes at the first minute after it") {
        Computer pc(plan({Qt::Sunday}, QTime(2, 30)), local(2027, 3, 27, 22, 0));
        pc.awakeUntil(local(2027, 3, 28, 6, 0));
        REQUIRE(pc.shown.size() == 1);
        CHECK(pc.shown[0].kind == Kind::Remind);
        CHECK(pc.shown[0].at.toTimeZone(kBerlin).time() == QTime(3, 0));
    }
    SECTION("a time that comes twice in the autumn reminds once") {
        Computer pc(plan({Qt::Sunday}, QTime(2, 30)), local(2027, 10, 30, 22, 0));
        pc.awakeUntil(local(2027, 10, 31, 6, 0));
        REQUIRE(pc.shown.size() == 1);
        CHECK(pc.shown[0].at.toTimeZone(kBerlin).time() == QTime(2, 30)); // one of the two 02:30s
        CHECK(pc.skipped.isEmpty());
    }
    SECTION("18:00 stays 18:00 after the autumn change") {
        Computer pc(everyDay(QTime(18, 0)), local(2027, 10, 30, 12, 0));
        pc.awakeUntil(local(2027, 10, 31, 23, 0));
        REQUIRE(pc.shown.size() == 2);
        CHECK(pc.shown[1].at == QDateTime(QDate(2027, 10, 31), QTime(17, 0), QTimeZone::utc())); // CET again
    }
}

TEST_CASE("Moving to another time zone: the local time counts, and one reminder a day", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 12, 0));
    pc.awakeUntil(local(2027, 1, 4, 18, 5));
    REQUIRE(pc.shown.size() == 1);
    pc.clock.setTimeZone(kNewYork); // 12:05 in New York, still Monday there
    pc.awakeUntil(local(2027, 1, 4, 23, 0, kNewYork));
    CHECK(pc.shown.size() == 1); // 18:00 in New York is the same day: no second reminder
    pc.awakeUntil(local(2027, 1, 5, 18, 0, kNewYork));
    REQUIRE(pc.shown.size() == 2);
    CHECK(pc.shown[1].at == QDateTime(QDate(2027, 1, 5), QTime(23, 0), QTimeZone::utc()));
}

TEST_CASE("A clock set back never repeats a reminder", "[reminders]") {
    Computer pc(everyDay(QTime(18, 0)), local(2027, 1, 4, 17, 0));
    pc.awakeUntil(local(2027, 1, 4, 18, 30));
    REQUIRE(pc.shown.size() == 1);
    pc.clock.jumpWall(-2 * 3600 * 1000); // back to 16:30
    pc.awakeUntil(local(2027, 1, 4, 23, 0));
    CHECK(pc.shown.size() == 1);
}

TEST_CASE("The plan's days are stored as words", "[reminders]") {
    const ReminderPlan four = ReminderPlan::fourTimesAWeek(QTime(18, 30));
    CHECK(four.daysText() == QStringLiteral("mon, tue, thu, sat"));
    CHECK(four.dayCount() == 4);
    CHECK(ReminderPlan::daysFromText(QStringLiteral(" Sat,mon , nonsense,tue,thu")) == four.days);
    CHECK(ReminderPlan::daysFromText(QString()) == 0);
    ReminderPlan none = four;
    none.days = 0;
    Computer pc(none, local(2027, 1, 4, 12, 0));
    pc.awake(8 * 24 * 60);
    CHECK(pc.shown.isEmpty());
}
