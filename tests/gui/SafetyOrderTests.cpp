// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Fixes from a hostile sweep that show in the window: a session waits for the safety notice, the
// routine editor says which damaged file it moved and what it restored, and an illustration that
// links to a pipe neither blocks nor is drawn.
#include "DisclaimerDialog.h"
#include "GuiTestUtil.h"
#include "IllustrationView.h"
#include "PlayerWidget.h"
#include "Routine.h"
#include "RoutineStore.h"
#include "ScreeningDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>

#include <sys/stat.h>

namespace {
bool playing(MainWindow* w) {
    // The player page is built with the first session; before that nothing plays.
    auto* player = w->findChild<PlayerWidget*>(QStringLiteral("playerWidget"));
    return player && child<QStackedWidget>(w, "pages")->currentWidget() == player;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("A session opened with --start waits behind the safety notice, then asks the screening, then plays",
          "[gui][safety]") {
    Fixture f;
    REQUIRE_FALSE(f.settings.disclaimerAcknowledged());
    auto w = f.open();
    const Routine routine = builtInRoutine(*w->catalog(), QStringLiteral("first-session"));
    w->openRoutine(routine, true); // what --routine NAME --start does
    w->showFirstRunNotices();      // and what main does right after
    QCoreApplication::processEvents();
    auto* notice = child<DisclaimerDialog>(w.get(), "disclaimerDialog");
    CHECK(notice->isVisible());
    CHECK(w->findChildren<DisclaimerDialog*>().size() == 1);
    CHECK_FALSE(playing(w.get())); // no cue plays while the notice is read
    CHECK(w->findChild<ScreeningDialog*>() == nullptr);

    QTest::mouseClick(child<QPushButton>(notice, "acknowledgeButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.settings.disclaimerAcknowledged());
    CHECK_FALSE(playing(w.get())); // the screening comes first, as in the window
    auto* screening = child<ScreeningDialog>(w.get(), "screeningDialog");
    child<QCheckBox>(screening, "noneCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(screening, "saveScreeningButton"), Qt::LeftButton);
    CHECK(playing(w.get()));
}

TEST_CASE("With the screening answered, --start still waits for the safety notice", "[gui][safety]") {
    Fixture f;
    f.settings.setScreening({});
    auto w = f.open();
    w->openRoutine(builtInRoutine(*w->catalog(), QStringLiteral("first-session")), true);
    QCoreApplication::processEvents();
    CHECK_FALSE(playing(w.get())); // before the fix, this played at once behind the notice
    auto* notice = child<DisclaimerDialog>(w.get(), "disclaimerDialog");
    QTest::mouseClick(child<QPushButton>(notice, "acknowledgeButton"), Qt::LeftButton);
    CHECK(playing(w.get()));
}

TEST_CASE("A settings file that cannot be read is named in the window", "[gui][safety][settings]") {
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("rollguide.conf"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    SettingsFile file(pipe);
    AppSettings settings(file);
    ManualClock clock;
    MainWindow w(loadCatalogFile(Catalog::bundledPath()), Catalog::bundledPath(), settings, clock);
    w.show();
    w.showFirstRunNotices();
    QCoreApplication::processEvents();
    auto* box = child<QMessageBox>(&w, "settingsProblemBox");
    CHECK(box->isVisible());
    CHECK(box->text().contains(pipe));
    CHECK(box->text().contains(QStringLiteral("named pipe")));
    CHECK(box->textFormat() == Qt::PlainText);
    if (const QByteArray shots = qgetenv("ROLLGUIDE_TEST_SHOTS"); !shots.isEmpty())
        box->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/settings-problem.png"));
}

TEST_CASE("With --start and the notice closed unread leaves the session ready, not playing",
          "[gui][safety]") {
    Fixture f;
    auto w = f.open();
    w->openRoutine(builtInRoutine(*w->catalog(), QStringLiteral("first-session")), true);
    auto* notice = child<DisclaimerDialog>(w.get(), "disclaimerDialog");
    notice->reject();
    QCoreApplication::processEvents();
    CHECK_FALSE(f.settings.disclaimerAcknowledged());
    CHECK_FALSE(playing(w.get()));
    CHECK(w->findChild<ScreeningDialog*>() == nullptr);
}

TEST_CASE("The routine editor says which damaged file it moved aside and what it restored", "[gui][store]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    const QString folder = f.dir.filePath(QStringLiteral("routines"));
    REQUIRE(QDir().mkpath(folder));
    Routine good;
    good.name = QStringLiteral("Morning");
    good.steps = {{QStringLiteral("sacrum-hip-release"), Dose{}}};
    writeFile(folder + QStringLiteral("/morning.json.bak"), serializeRoutine(good));
    writeFile(folder + QStringLiteral("/morning.json"), "{\"schemaVersion\": 1, \"name\": \"Morn");
    RoutineStore store(folder);
    auto w = f.open();
    const QStringList problems = w->attachRoutineStore(store);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("morning.json could not be read")));
    CHECK(problems[0].contains(QStringLiteral("It was moved to morning.json.unreadable-")));
    CHECK(problems[0].contains(QStringLiteral("morning.json.bak, was restored and loaded")));
    QCoreApplication::processEvents();
    auto* box = child<QMessageBox>(w.get(), "storeProblemsBox");
    CHECK(box->isVisible());
    CHECK(box->text().contains(problems[0]));
    CHECK(w->personalRoutines().value(0).name == QStringLiteral("Morning"));
}

TEST_CASE("An illustration that links to a pipe is not drawn and does not block",
          "[gui][illustration][bad]") {
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.png"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const QString svg = dir.filePath(QStringLiteral("linked.svg"));
    writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 20\"><image href=\"" +
                       QFile::encodeName(pipe) + "\" width=\"30\" height=\"20\"/></svg>");
    IllustrationView view;
    view.setIllustration(svg, QStringLiteral("Alt")); // QtSvg itself would open the pipe and wait
    CHECK(view.showsPlaceholder());
    view.setIllustration(pipe, QStringLiteral("Alt"));
    CHECK(view.showsPlaceholder());
}
