// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "GuiTestUtil.h"
#include "HistoryStore.h"
#include "PlayerWidget.h"
#include "ProgramCard.h"
#include "SessionPlayer.h"
#include "SessionSetup.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace gui_test;

namespace {

using O = StepOutcome;

/// A person in Berlin who started Start gently on Monday 2 November 2026; `day` counts from then.
struct Person {
    Fixture f;
    const QTimeZone zone{"Europe/Berlin"};
    const QDate start{2026, 11, 2};
    QList<SessionRecord> history;

    Person() {
        f.settings.setDisclaimerAcknowledged(true);
        f.settings.setScreening({});
        f.clock.setTimeZone(zone);
    }
    void follow() {
        ProgramChoice c;
        c.programId = QStringLiteral("start-gently");
        c.started = start;
        f.settings.setProgramChoice(c);
    }
    void at(int day, QTime time = QTime(19, 0)) {
        f.clock.jumpWall(QDateTime(start.addDays(day), time, zone).toMSecsSinceEpoch() - f.clock.wallMs());
    }
    void add(int day, Ratings before = {{Region::Lower, 5}}, Ratings after = {{Region::Lower, 3}},
             QList<O> outcomes = {O::Done, O::Done, O::Done}) {
        SessionRecord r = newSessionRecord(QDateTime(start.addDays(day), QTime(18, 0), zone).toUTC());
        r.utcOffsetSeconds = zone.offsetFromUtc(r.started);
        r.outcome = SessionOutcome::Completed;
        r.routineName = QStringLiteral("Start gently");
        r.routineJson = "{\"schemaVersion\": 1}";
        r.regions = {Region::Lower, Region::Mid, Region::Upper};
        const QStringList ids{QStringLiteral("lower-back-supine-roll"), QStringLiteral("side-lying-hip-roll"),
                              QStringLiteral("upper-back-seated-roll")};
        for (int i = 0; i < outcomes.size(); ++i)
            r.steps.append({ids[i % 3], bundledCatalog().exercise(ids[i % 3])->name, outcomes[i]});
        r.before = before;
        r.after = after;
        history.append(r);
    }
    /// Two good weeks: at week 3 from day 14.
    void twoGoodWeeks() {
        for (int day : {0, 2, 7, 9})
            add(day);
    }
    std::unique_ptr<ProgramCard> card() {
        auto c = std::make_unique<ProgramCard>(bundledCatalog(), f.settings, f.clock,
                                               [this] { return Result<QList<SessionRecord>>(history); });
        c->resize(1160, c->heightForWidth(1160) > 0 ? c->heightForWidth(1160) : c->sizeHint().height());
        c->show();
        REQUIRE(QTest::qWaitForWindowExposed(c.get()));
        c->refresh();
        return c;
    }
};

QString text(QWidget* card, const char* label) {
    return child<QLabel>(card, label)->text();
}
bool shown(QWidget* card, const char* name) {
    return child<QWidget>(card, name)->isVisible();
}

/// Every visible control lies inside the card, with room for its text; and a picture when asked.
void look(ProgramCard& card, const QString& name) {
    card.resize(1160, card.sizeHint().height());
    QCoreApplication::processEvents();
    for (QWidget* w : card.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() == 0)
            continue;
        INFO(name.toStdString() << ": " << w->objectName().toStdString());
        CHECK(card.rect().contains(QRect(w->mapTo(&card, QPoint(0, 0)), w->size())));
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            CHECK(b->width() >= b->minimumSizeHint().width());
    }
    CHECK(card.minimumSizeHint().width() <= 1160);
    Dialogs::saveShot(&card, name);
}

} // namespace

TEST_CASE("Today card: without a program it offers one, and following it gives week 1's session",
          "[gui][program]") {
    Person p;
    p.at(16);
    auto card = p.card();
    CHECK(card->state() == ProgramCard::State::NoProgram);
    CHECK(text(card.get(), "titleLabel") == QStringLiteral("Follow a program"));
    auto* combo = child<QComboBox>(card.get(), "programCombo");
    REQUIRE(combo->count() == 3);
    CHECK(combo->itemText(0) == QStringLiteral("Start gently (6 weeks)"));
    CHECK(shown(card.get(), "followButton"));
    CHECK_FALSE(shown(card.get(), "startTodayButton"));
    combo->setCurrentIndex(1);
    CHECK(text(card.get(), "detailLabel").contains(QStringLiteral("upper and mid back")));
    look(*card, QStringLiteral("today-no-program"));

    combo->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(card.get(), "followButton"), Qt::LeftButton);
    CHECK(p.f.settings.programChoice().programId == QStringLiteral("start-gently"));
    CHECK(p.f.settings.programChoice().started == p.start.addDays(16));
    CHECK(card->state() == ProgramCard::State::Ready);
    CHECK(text(card.get(), "titleLabel") == QStringLiteral("Today: Start gently, week 1 of 6"));
    CHECK(text(card.get(), "detailLabel").startsWith(QStringLiteral("Session 1 of 2 this week · ")));
    REQUIRE(card->todaysRoutine());
    CHECK(card->todaysRoutine()->id == QStringLiteral("program:start-gently"));
    const PlanResult plan =
        SessionPlanner::plan(*card->todaysRoutine(), bundledCatalog(), p.f.settings.planOptions());
    REQUIRE(plan.ok());
    CHECK(plan.plan->totalMs() <= 10 * 60000);
    look(*card, QStringLiteral("today-week-1"));

    QSignalSpy start(card.get(), &ProgramCard::startRequested);
    QTest::mouseClick(child<QPushButton>(card.get(), "startTodayButton"), Qt::LeftButton);
    REQUIRE(start.size() == 1);
    CHECK(start[0][0].value<Routine>().name == QStringLiteral("Start gently, week 1 of 6"));
}

TEST_CASE("Today card: moving on, holding, stepping back, each with its sentence", "[gui][program]") {
    Person p;
    p.follow();
    p.twoGoodWeeks();
    SECTION("moved on") {
        p.at(14);
        auto card = p.card();
        CHECK(card->state() == ProgramCard::State::Ready);
        CHECK(text(card.get(), "titleLabel") == QStringLiteral("Today: Start gently, week 3 of 6"));
        CHECK(
            text(card.get(), "reasonLabel") ==
            QStringLiteral("Moving on to week 3: you did 2 sessions last week and your back felt the same or "
                           "better after each."));
        look(*card, QStringLiteral("today-move-on"));
    }
    SECTION("held: a move hurt on Tuesday, and another takes its place") {
        p.add(15, {{Region::Lower, 5}}, {{Region::Lower, 4}}, {O::Done, O::Hurt, O::Done});
        p.at(16);
        auto card = p.card();
        CHECK(text(card.get(), "reasonLabel") ==
              QStringLiteral("Holding at week 3: the side-lying hip and low back roll hurt on Tuesday."));
        CHECK(text(card.get(), "detailLabel")
                  .contains(QStringLiteral("Left out for now: Side-lying hip and low back roll. It hurt on "
                                           "Tuesday, 17 November, so it rests until 1 December.")));
        REQUIRE(card->todaysRoutine());
        for (const RoutineStep& st : card->todaysRoutine()->steps)
            CHECK(st.exerciseId != QStringLiteral("side-lying-hip-roll"));
        look(*card, QStringLiteral("today-hold"));
    }
    SECTION("stepped back after two worse sessions") {
        p.add(14, {{Region::Lower, 3}}, {{Region::Lower, 5}});
        p.add(16, {{Region::Lower, 3}}, {{Region::Lower, 4}});
        p.at(17);
        auto card = p.card();
        CHECK(text(card.get(), "titleLabel") == QStringLiteral("Today: Start gently, week 2 of 6"));
        CHECK(text(card.get(), "reasonLabel") ==
              QStringLiteral(
                  "Stepping back to week 2: your back felt worse after each of your last two sessions."));
        look(*card, QStringLiteral("today-step-back"));
    }
    SECTION("done today") {
        p.add(14);
        p.at(14, QTime(21, 0));
        auto card = p.card();
        CHECK(card->state() == ProgramCard::State::DoneToday);
        CHECK(
            text(card.get(), "detailLabel").startsWith(QStringLiteral("You have rolled today: well done.")));
        CHECK(child<QPushButton>(card.get(), "startTodayButton")->text() ==
              QStringLiteral("Roll a&gain today"));
    }
}

TEST_CASE("Today card: a doctor is suggested, and the program goes on once the person says they asked",
          "[gui][program]") {
    Person p;
    p.follow();
    p.twoGoodWeeks();
    p.add(14, {{Region::Mid, 2}}, {{Region::Mid, 2}});
    p.add(16, {{Region::Mid, 3}}, {{Region::Mid, 3}});
    p.add(18, {{Region::Mid, 4}}, {{Region::Mid, 3}});
    p.at(19);
    auto card = p.card();
    CHECK(card->state() == ProgramCard::State::AskDoctor);
    CHECK(
        text(card.get(), "reasonLabel") ==
        QStringLiteral("Paused at week 3: your mid back has felt tighter before each session over two weeks "
                       "(2 → 4). Please ask a doctor before going on."));
    CHECK(shown(card.get(), "doctorDoneButton"));
    CHECK(shown(card.get(), "doctorListButton"));
    look(*card, QStringLiteral("today-ask-doctor"));
    QSignalSpy guide(card.get(), &ProgramCard::guideSectionRequested);
    QTest::mouseClick(child<QPushButton>(card.get(), "doctorListButton"), Qt::LeftButton);
    REQUIRE(guide.size() == 1);
    CHECK(guide[0][0].toString() == QStringLiteral("who-should-avoid"));

    Dialogs::setNextAnswer(-1); // cancelled: nothing changes
    QTest::mouseClick(child<QPushButton>(card.get(), "doctorDoneButton"), Qt::LeftButton);
    CHECK(card->state() == ProgramCard::State::AskDoctor);
    CHECK_FALSE(p.f.settings.programChoice().doctorConfirmed.isValid());
    Dialogs::setNextAnswer(0);
    QTest::mouseClick(child<QPushButton>(card.get(), "doctorDoneButton"), Qt::LeftButton);
    CHECK(Dialogs::lastShown().name == QStringLiteral("doctorQuestion"));
    CHECK(p.f.settings.programChoice().doctorConfirmed.isValid());
    CHECK(card->state() == ProgramCard::State::Ready);
    CHECK(text(card.get(), "reasonLabel") ==
          QStringLiteral("Carrying on at week 3 now that you have talked to a doctor."));
}

TEST_CASE("Today card: with pregnancy nothing is offered until the doctor agrees",
          "[gui][program][screening]") {
    Person p;
    p.follow();
    p.f.settings.setScreening({QStringLiteral("pregnancy")});
    p.at(3);
    auto card = p.card();
    CHECK(card->state() == ProgramCard::State::NeedsDoctorsOk);
    CHECK_FALSE(card->todaysRoutine());
    CHECK_FALSE(shown(card.get(), "startTodayButton"));
    CHECK(text(card.get(), "reasonLabel").contains(QStringLiteral("(pregnancy)")));
    CHECK(shown(card.get(), "clearedButton"));
    look(*card, QStringLiteral("today-needs-doctors-ok"));
    Dialogs::setNextAnswer(0);
    QTest::mouseClick(child<QPushButton>(card.get(), "clearedButton"), Qt::LeftButton);
    CHECK(p.f.settings.programChoice().flaggedCleared);
    CHECK(card->state() == ProgramCard::State::Ready);
    REQUIRE(card->todaysRoutine());
}

TEST_CASE("Today card: the program menu pauses, resumes, switches and stops", "[gui][program]") {
    Person p;
    p.follow();
    p.twoGoodWeeks();
    p.at(15);
    auto card = p.card();
    auto* menu = child<QMenu>(card.get(), "programMenu");
    const auto trigger = [&](const QString& text) {
        Q_EMIT menu->aboutToShow();
        for (QAction* a : menu->actions())
            if (a->text() == text) {
                a->trigger();
                return true;
            }
        return false;
    };
    REQUIRE(trigger(QStringLiteral("Pause the program")));
    CHECK(card->state() == ProgramCard::State::Paused);
    CHECK(p.f.settings.programChoice().paused);
    CHECK(text(card.get(), "reasonLabel") ==
          QStringLiteral("Paused. Your place is kept at week 3; resume when you are ready."));
    CHECK_FALSE(shown(card.get(), "startTodayButton"));
    look(*card, QStringLiteral("today-paused"));
    QTest::mouseClick(child<QPushButton>(card.get(), "resumeButton"), Qt::LeftButton);
    CHECK(card->state() == ProgramCard::State::Ready);
    CHECK(card->status().step == 2); // the place was kept

    Q_EMIT menu->aboutToShow();
    QMenu* other = nullptr;
    for (QAction* a : menu->actions())
        if (a->menu())
            other = a->menu();
    REQUIRE(other);
    REQUIRE(other->actions().size() == 2);
    other->actions()[0]->trigger(); // Desk back
    CHECK(p.f.settings.programChoice().programId == QStringLiteral("desk-back"));
    CHECK(p.f.settings.programChoice().started == p.start.addDays(15));
    CHECK(text(card.get(), "titleLabel") == QStringLiteral("Today: Desk back, week 1 of 4"));

    Dialogs::setNextAnswer(0);
    REQUIRE(trigger(QStringLiteral("Start again from week 1…")));
    CHECK(Dialogs::lastShown().name == QStringLiteral("restartQuestion"));
    REQUIRE(trigger(QStringLiteral("Stop following the program")));
    CHECK_FALSE(p.f.settings.programChoice().active());
    CHECK(card->state() == ProgramCard::State::NoProgram);
}

TEST_CASE("Session tab: today's session is in the preview, and the card's Start plays it into the history",
          "[gui][program]") {
    OwnFolder data("XDG_DATA_HOME");
    Person p;
    p.follow();
    p.at(2);
    auto w = p.f.open();
    auto* card = w->programCard();
    REQUIRE(card);
    QTRY_VERIFY(card->todaysRoutine().has_value()); // read once the first frame is up
    auto* setup = child<SessionSetup>(w.get(), "sessionSetup");
    REQUIRE(setup->routine());
    CHECK(setup->routine()->name == QStringLiteral("Start gently, week 1 of 6"));
    // The window keeps its size with the card in it.
    CHECK(w->minimumSizeHint().width() <= 1200);
    CHECK(w->width() <= 1200);
    if (const QByteArray shots = qgetenv("ROLLGUIDE_TEST_SHOTS"); !shots.isEmpty())
        w->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/session-tab-with-program.png"));

    // The History tab says where the person is in the program.
    openTab(w.get(), "historyTab");
    auto* line = child<QLabel>(w.get(), "historyProgram");
    CHECK(line->isVisible());
    CHECK(line->text() ==
          QStringLiteral("Your program: Start gently, week 1 of 6, since Monday 2 November. Week 1 of "
                         "Start gently: short, easy sessions to find out how your back takes it."));
    openTab(w.get(), "sessionTab");

    QTest::mouseClick(child<QPushButton>(card, "startTodayButton"), Qt::LeftButton);
    PlayerWidget* player = w->sessionPlayerWidget();
    REQUIRE(player);
    REQUIRE(player->player());
    CHECK(player->player()->state() == SessionPlayer::State::Running);
    const Result<QList<SessionRecord>> recorded = w->history().sessions();
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().routineId == QStringLiteral("program:start-gently"));
    CHECK(recorded->first().routineName == QStringLiteral("Start gently, week 1 of 6"));
}

TEST_CASE("Session tab: a later week's session is not warned about as too long for a first session",
          "[gui][program]") {
    OwnFolder data("XDG_DATA_HOME");
    Person p;
    p.follow();
    p.twoGoodWeeks();
    p.at(15);
    auto w = p.f.open();
    REQUIRE_NO_ERROR(w->history().merge(p.history));
    auto* card = w->programCard();
    card->refresh();
    auto* setup = child<SessionSetup>(w.get(), "sessionSetup");
    REQUIRE(setup->routine());
    CHECK(setup->routine()->name == QStringLiteral("Start gently, week 3 of 6"));
    const PlanResult plan =
        SessionPlanner::plan(*setup->routine(), *w->catalog(), p.f.settings.planOptions());
    REQUIRE(plan.ok());
    REQUIRE(plan.plan->totalMs() > 10 * 60000);
    auto* notes = child<QLabel>(w.get(), "planNotes");
    CHECK_FALSE(notes->text().contains(QStringLiteral("advised for your first sessions")));
    // A routine of the same length that is no program's still gets the warning.
    REQUIRE(setup->selectRoutine(QStringLiteral("full-back")));
    CHECK(notes->text().contains(QStringLiteral("advised for your first sessions")));
}
