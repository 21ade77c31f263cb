// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CuePlayer.h"
#include "Dialogs.h"
#include "GuiTestUtil.h"
#include "PlayerWidget.h"
#include "ScreeningDialog.h"
#include "SessionPlayer.h"
#include "SessionSetup.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace rollguide;

namespace {
const QString kMini = testData(QStringLiteral("catalogs/valid-mini.json"));

/// The window's player page, looked up at each use: it is built when the first session starts.
struct PlayerRef {
    const std::unique_ptr<MainWindow>& w;
    PlayerWidget* get() const { return child<PlayerWidget>(w.get(), "playerWidget"); }
    PlayerWidget* operator->() const { return get(); }
    operator PlayerWidget*() const { return get(); }
};

struct Session {
    Fixture f;
    std::unique_ptr<MainWindow> w;
    PlayerRef player{w};

    explicit Session(const QStringList& conditions = {}, bool answered = true,
                     const QString& catalog = kMini) {
        f.settings.setDisclaimerAcknowledged(true);
        if (answered)
            f.settings.setScreening(conditions);
        w = f.open(catalog);
        QApplication::setActiveWindow(w.get());
        REQUIRE(QTest::qWaitForWindowActive(w.get()));
    }

    SessionSetup* setup() { return child<SessionSetup>(w.get(), "sessionSetup"); }
    void start() { QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton); }
    bool playing() {
        auto* built = w->findChild<PlayerWidget*>(QStringLiteral("playerWidget"));
        return built && child<QStackedWidget>(w.get(), "pages")->currentWidget() == built;
    }
    QString text(const char* label) { return child<QLabel>(player, label)->text(); }
    PlayerSnapshot snap() { return player->player()->snapshot(); }
    void advance(qint64 ms) {
        f.clock.advance(ms);
        player->tick();
    }
    void key(Qt::Key k) { QTest::keyClick(player, k); }
    /// Plays on in half-second steps until the finish page shows (or a generous limit).
    void playToEnd() {
        for (int i = 0; i < 20000 && child<QStackedWidget>(player, "playerPages")->currentIndex() == 0; ++i)
            advance(500);
    }
};
} // namespace

TEST_CASE("A whole session plays through the real window with the right cues", "[gui][player]") {
    Session s;
    s.w->cues().setSettings({true, false, true, 80}); // sounds and voice on, breath tones off
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    QSignalSpy cues(&s.w->cues(), &CuePlayer::cueRequested);
    QSignalSpy speech(&s.w->cues(), &CuePlayer::speechRequested);
    s.start();
    REQUIRE(s.playing());
    const SessionPlan& plan = s.player->player()->plan();

    CHECK(s.text("kindLabel") == QStringLiteral("GET READY"));
    CHECK(s.text("nameLabel") == QStringLiteral("Low roll"));
    CHECK(s.text("countdownLabel") == QStringLiteral("0:10"));
    CHECK(s.text("nextUpLabel").contains(QStringLiteral("Low roll")));
    CHECK(child<QLabel>(s.player, "detailLabel")->text().contains(QStringLiteral("Lie on your back")));
    REQUIRE_FALSE(speech.isEmpty());
    CHECK(speech.first().first().toString().contains(QStringLiteral("Low roll")));

    for (int i = 0; i < 20; ++i) // half-second steps, as the window's timer would wake
        s.advance(500);
    CHECK(s.text("kindLabel") == QStringLiteral("ROLL SLOWLY"));
    CHECK(s.text("countdownLabel") == QStringLiteral("0:45"));
    s.advance(1);
    CHECK(s.text("countdownLabel") == QStringLiteral("0:45"));
    s.advance(999);
    CHECK(s.text("countdownLabel") == QStringLiteral("0:44"));

    s.playToEnd();
    REQUIRE(child<QStackedWidget>(s.player, "playerPages")->currentWidget()->objectName() ==
            QStringLiteral("finishPage"));
    CHECK(s.text("summaryLabel").contains(QStringLiteral("You finished \"Quick\"")));

    int working = 0, switches = 0, timed = 0;
    for (const Segment& seg : plan.segments) {
        working += isWorkingKind(seg.kind);
        switches += seg.kind == SegmentKind::SwitchSide;
        timed += seg.kind != SegmentKind::Finish && seg.durationMs >= 3000;
    }
    REQUIRE(switches == 1);
    const auto count = [&](Cue c) {
        return std::count_if(cues.begin(), cues.end(),
                             [c](const QList<QVariant>& a) { return a[0].value<Cue>() == c; });
    };
    CHECK(count(Cue::Start) == working);
    CHECK(count(Cue::Halfway) == working);
    CHECK(count(Cue::SwitchSide) == 1);
    CHECK(count(Cue::Tick) == 3 * timed);
    CHECK(count(Cue::Done) == 1);
    CHECK(count(Cue::Inhale) == 0); // breath tones are off by default

    // The finish screen leads back to the session tab.
    QTest::mouseClick(child<QPushButton>(s.player, "doneButton"), Qt::LeftButton);
    CHECK_FALSE(s.playing());
}

TEST_CASE("Keys drive the player: pause, skip, back, more time, it hurts, stop", "[gui][player]") {
    Session s;
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    s.start();
    REQUIRE(s.playing());
    SessionPlayer* p = s.player->player();

    s.advance(12000); // 2 s into the first roll
    REQUIRE(s.snap().segment->kind == SegmentKind::Roll);
    const QString before = s.text("countdownLabel");
    s.key(Qt::Key_Space);
    CHECK(p->state() == SessionPlayer::State::Paused);
    CHECK(s.text("kindLabel").startsWith(QStringLiteral("PAUSED")));
    s.advance(7000);
    CHECK(s.text("countdownLabel") == before);
    s.key(Qt::Key_Space);
    CHECK(p->state() == SessionPlayer::State::Running);

    const int roll = s.snap().segmentIndex;
    s.key(Qt::Key_Right);
    CHECK(s.snap().segmentIndex == roll + 1);
    s.key(Qt::Key_Left); // at the start of a segment: back to the previous one
    CHECK(s.snap().segmentIndex == roll);
    s.key(Qt::Key_N);
    CHECK(s.snap().segmentIndex == roll + 1);
    s.key(Qt::Key_B);
    CHECK(s.snap().segmentIndex == roll);

    const qint64 remaining = s.snap().remainingMs;
    s.key(Qt::Key_Up);
    CHECK(s.snap().remainingMs == remaining + 15000);

    // It hurts: the rest of this move is skipped and the summary says so.
    s.key(Qt::Key_H);
    REQUIRE(s.snap().segment);
    CHECK(s.snap().segment->exerciseId != QStringLiteral("low-roll"));
    REQUIRE(p->summary().skippedMoves.isEmpty()); // recorded in the summary at the end
    s.playToEnd();
    CHECK(s.text("summaryLabel").contains(QStringLiteral("Skipped Low roll: it hurt.")));

    // Escape asks first; "no" keeps the session going, "yes" stops it.
    Session t;
    REQUIRE(t.setup()->selectRoutine(QStringLiteral("quick")));
    t.start();
    Dialogs::setNextAnswer(1); // "Keep going"
    t.key(Qt::Key_Escape);
    CHECK_FALSE(Dialogs::scriptPending());
    CHECK(Dialogs::lastShown().name == QStringLiteral("stopQuestion"));
    CHECK(t.playing());
    CHECK(t.player->player()->state() == SessionPlayer::State::Running);
    Dialogs::setNextAnswer(-1); // Escape on the question keeps going too
    t.key(Qt::Key_Escape);
    CHECK(t.playing());
    Dialogs::setNextAnswer(0); // "Stop"
    t.key(Qt::Key_Escape);
    CHECK_FALSE(Dialogs::scriptPending());
    CHECK_FALSE(t.playing());
}

TEST_CASE("Moves the screening flags need a choice before the session starts", "[gui][screening]") {
    Session s({QStringLiteral("pregnancy")});
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    Dialogs::setNextAnswer(0); // "Leave them out"
    s.start();
    REQUIRE_FALSE(Dialogs::scriptPending());
    const Dialogs::Shown asked = Dialogs::lastShown();
    CHECK(asked.name == QStringLiteral("flaggedQuestion"));
    CHECK(asked.text.contains(QStringLiteral("\n\nUpper hold (Pregnancy)\n\n")));
    REQUIRE(s.playing());
    for (const Segment& seg : s.player->player()->plan().segments)
        CHECK(seg.exerciseId != QStringLiteral("upper-hold"));

    Session t({QStringLiteral("pregnancy")});
    REQUIRE(t.setup()->selectRoutine(QStringLiteral("quick")));
    Dialogs::setNextAnswer(-1); // Cancel
    t.start();
    CHECK_FALSE(t.playing());
    Dialogs::setNextAnswer(1); // "Do them anyway"
    t.start();
    REQUIRE_FALSE(Dialogs::scriptPending());
    REQUIRE(t.playing());
    const auto& segs = t.player->player()->plan().segments;
    CHECK(std::any_of(segs.begin(), segs.end(),
                      [](const Segment& x) { return x.exerciseId == QStringLiteral("upper-hold"); }));
}

TEST_CASE("The first start asks the safety questions and remembers the answers", "[gui][screening]") {
    Session s({}, false);
    CHECK_FALSE(s.f.settings.screeningAnswered());
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    s.start();
    CHECK_FALSE(s.playing());
    auto* dialog = child<ScreeningDialog>(s.w.get(), "screeningDialog");
    auto* save = child<QPushButton>(dialog, "saveScreeningButton");
    CHECK_FALSE(save->isEnabled()); // nothing answered yet
    child<QCheckBox>(dialog, "condition_recent-injury")->setChecked(true);
    CHECK(save->isEnabled());
    child<QCheckBox>(dialog, "noneCheck")->setChecked(true);
    CHECK_FALSE(child<QCheckBox>(dialog, "condition_recent-injury")->isChecked());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(s.f.settings.screeningAnswered());
    CHECK(s.f.settings.screeningConditions().isEmpty());
    CHECK(s.playing());
}

TEST_CASE("A quick plan leaves out what the screening rules out and says why", "[gui][screening]") {
    Session s({QStringLiteral("recent-injury")});
    child<QPushButton>(s.w.get(), "makePlanButton")->click();
    const QString notes =
        child<QLabel>(s.w.get(), "planNotes")->text() + child<QLabel>(s.w.get(), "planSummary")->text();
    CHECK(notes.contains(QStringLiteral("Low roll")));
    REQUIRE(s.setup()->routine().has_value() == child<QPushButton>(s.w.get(), "startButton")->isEnabled());
    if (s.setup()->routine())
        for (const RoutineStep& step : s.setup()->routine()->steps)
            CHECK(step.exerciseId != QStringLiteral("low-roll"));
}

TEST_CASE("The current instruction is exposed to screen readers", "[gui][a11y]") {
    Session s;
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    s.start();
    s.advance(10000);
    auto* instruction = child<QLabel>(s.player, "instructionLabel");
    CHECK_FALSE(instruction->text().isEmpty());
    CHECK(instruction->accessibleDescription() == instruction->text());
    for (QPushButton* b : s.player->findChildren<QPushButton*>())
        CHECK_FALSE((b->accessibleName().isEmpty() && b->text().isEmpty()));
}

TEST_CASE("The player is readable in a dark palette", "[gui][palette]") {
    const QPalette original = QApplication::palette();
    const QPalette dark = darkPalette(original);
    QApplication::setPalette(dark);
    {
        Session s;
        s.w->resize(1280, 800);
        REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
        s.start();
        for (int i = 0; i < 24; ++i)
            s.advance(500);
        const QImage shot = s.w->grab().toImage();
        Dialogs::saveShot(s.w.get(), QStringLiteral("player-dark"));
        // The countdown's text is light on the dark window: compare the lightest and darkest pixels in it.
        auto* countdown = child<QLabel>(s.player, "countdownLabel");
        const QRect r(countdown->mapTo(s.w.get(), QPoint(0, 0)), countdown->size());
        int lightest = 0, darkest = 255;
        for (int y = r.top(); y < r.bottom(); y += 2)
            for (int x = r.left(); x < r.right(); x += 2) {
                const int l = qGray(shot.pixel(x, y));
                lightest = std::max(lightest, l);
                darkest = std::min(darkest, l);
            }
        CHECK(darkest < 60);
        CHECK(lightest > 200);
        CHECK(qGray(shot.pixel(r.right() - 2, r.top() + 2)) < 60); // background stays dark
    }
    QApplication::setPalette(original);
}

TEST_CASE("A routine handed over in the middle of a session is asked about on screen, without stopping it",
          "[gui][player][remote]") {
    Session s;
    REQUIRE(s.setup()->selectRoutine(QStringLiteral("quick")));
    s.start();
    REQUIRE(s.playing());
    s.advance(3000);
    Routine other = s.w->catalog()->routines.first();
    other.name = QStringLiteral("Quick, again");

    // The first hand-over: a question on screen that takes no focus; the session plays on meanwhile.
    const QString said = s.w->openRoutineFromElsewhere(other, true);
    CHECK(said.contains(QStringLiteral("middle of a session")));
    auto* box = s.w->findChild<QMessageBox*>(QStringLiteral("switchQuestion"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->windowModality() == Qt::NonModal);
    CHECK(box->text().contains(QStringLiteral("\"Quick, again\"")));
    Dialogs::saveShot(box, QStringLiteral("switch-question"));
    s.advance(1000);
    CHECK(s.player->player()->state() == SessionPlayer::State::Running);
    s.key(Qt::Key_Space); // the player's keys still work while the question is up
    CHECK(s.player->player()->state() == SessionPlayer::State::Paused);
    s.key(Qt::Key_Space);

    // "Keep going": nothing changes.
    QPushButton* keep = nullptr;
    for (QAbstractButton* b : box->buttons())
        if (b->text() == QStringLiteral("Keep going"))
            keep = qobject_cast<QPushButton*>(b);
    REQUIRE(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTest::qWait(10);
    CHECK(s.w->findChild<QMessageBox*>(QStringLiteral("switchQuestion")) == nullptr);
    CHECK(s.player->player()->plan().name == QStringLiteral("Quick"));
    CHECK(s.w->inSession());

    // A second hand-over, and "Switch and start": the old session ends (kept as stopped), the new one plays.
    s.w->openRoutineFromElsewhere(other, true);
    box = s.w->findChild<QMessageBox*>(QStringLiteral("switchQuestion"));
    REQUIRE(box);
    QAbstractButton* switchButton = nullptr;
    for (QAbstractButton* b : box->buttons())
        if (b->text() == QStringLiteral("Switch and start"))
            switchButton = b;
    REQUIRE(switchButton);
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QTest::qWait(10);
    REQUIRE(s.playing());
    CHECK(s.player->player()->plan().name == QStringLiteral("Quick, again"));
    CHECK(s.player->player()->state() == SessionPlayer::State::Running);
}
