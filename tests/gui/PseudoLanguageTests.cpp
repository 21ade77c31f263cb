// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Run with ROLLGUIDE_TEST_LANGUAGE=en_XA (ctest does): in the pseudo-language every string RollGuide owns
// is inside ⟦ ⟧, so a string the program shows without them is not translatable. Two nets:
// - every lookup under one of RollGuide's contexts must find a translation (a string filed by lupdate
//   under another context than the one the code asks for can never be translated);
// - every text a window, the player, a dialog or the sheet shows is pseudo text, content from the
//   catalog, or has no words at all.
#include "CommandLine.h"
#include "Dialogs.h"
#include "GuiTestUtil.h"
#include "PlayerWidget.h"
#include "RoutineSheet.h"
#include "RoutineStore.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"
#include "SessionSetup.h"
#include "SheetLayout.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <nlohmann/json.hpp>

#include <set>

using namespace rollguide;

namespace {

/// The en_XA translation, recording every lookup of RollGuide's own strings that finds nothing.
class RecordingTranslator : public QTranslator {
public:
    std::set<std::string> misses;

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        const QString found = QTranslator::translate(context, source, disambiguation, n);
        if (found.isNull() && ours(context) && source && *source)
            const_cast<RecordingTranslator*>(this)->misses.insert(std::string(context) + ": " + source);
        return found;
    }

private:
    static bool ours(const char* context) {
        static const QStringList forms = {QStringLiteral("CatalogBrowser"),
                                          QStringLiteral("DisclaimerDialog"),
                                          QStringLiteral("MainWindow"),
                                          QStringLiteral("PlayerWidget"),
                                          QStringLiteral("RoutinesTab"),
                                          QStringLiteral("ScreeningDialog"),
                                          QStringLiteral("SessionSetup"),
                                          QStringLiteral("SettingsDialog"),
                                          QStringLiteral("main")};
        const QString c = QString::fromLatin1(context);
        return c.startsWith(QStringLiteral("rollguide::")) || forms.contains(c);
    }
};

bool isPseudo(const QString& s) {
    return s.contains(u'⟦');
}

/// Every string of the catalog: what the person reads there is content, not the program's text.
QStringList catalogStrings() {
    QFile f(Catalog::bundledPath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList out;
    const std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (j.is_string())
            out << QString::fromStdString(j.get<std::string>());
        else if (j.is_structured())
            for (const auto& v : j)
                walk(v);
    };
    walk(nlohmann::json::parse(f.readAll().toStdString()));
    // Longest first, so that removing them from a text takes whole names before their parts.
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

/// True when `text` needs no translation: pseudo text, or nothing but catalog content, numbers,
/// punctuation and symbols.
bool acceptable(QString text, const QStringList& content) {
    if (text.isEmpty() || isPseudo(text))
        return true;
    // Languages are listed by their own names (Settings ▸ Language).
    for (const QString& code : availableLanguages())
        if (text == languageName(code))
            return true;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // markup
    for (const QString& c : content)
        if (c.size() > 1)
            text.replace(c, QStringLiteral(" "));
    return !std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

/// Every text the visible widgets under `root` show, with where it is.
QStringList untranslatedIn(QWidget* root, const QStringList& content) {
    QStringList bad;
    const auto check = [&](const QWidget* w, const char* what, const QString& text) {
        if (!acceptable(text, content))
            bad << QStringLiteral("%1 %2 %3: \"%4\"")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            QString::fromLatin1(what), text);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        if (w->isWindow())
            check(w, "window title", w->windowTitle().remove(QStringLiteral("[*]")));
        check(w, "tool tip", w->toolTip());
        check(w, "accessible name", w->accessibleName());
        check(w, "accessible description", w->accessibleDescription());
        if (auto* l = qobject_cast<QLabel*>(w))
            check(w, "text", l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            // OK, Cancel and the like are Qt's own, translated by Qt's translations.
            auto* box = qobject_cast<QDialogButtonBox*>(w->parentWidget());
            if (!box || box->standardButton(b) == QDialogButtonBox::NoButton)
                check(w, "text", b->text());
        }
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(w, "title", g->title());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(w, "placeholder", e->placeholderText());
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                check(w, "tab", t->tabText(i));
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                check(w, "item", c->itemText(i));
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            check(w, "special value", s->specialValueText());
        if (auto* m = qobject_cast<QMenuBar*>(w)) {
            QList<QAction*> actions = m->actions();
            for (qsizetype i = 0; i < actions.size(); ++i) {
                check(w, "menu", actions[i]->text());
                check(w, "menu tip",
                      actions[i]->toolTip() == actions[i]->text().remove(u'&') ? QString()
                                                                               : actions[i]->toolTip());
                if (actions[i]->menu())
                    actions << actions[i]->menu()->actions();
            }
        }
    }
    return bad;
}

void requireNone(const QStringList& bad, const QString& where) {
    INFO(where.toStdString() << ":\n" << bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

/// The longer text must not push the window past the 1280x800 it was given.
void requireFits(QWidget* w, const QString& where) {
    QCoreApplication::processEvents();
    INFO(where.toStdString() << ": " << w->width() << "x" << w->height());
    CHECK(w->width() <= 1280);
    CHECK(w->height() <= 800);
}

/// The en_XA run only: the suite's other tests assert English.
bool runningInPseudo() {
    return qEnvironmentVariable("ROLLGUIDE_TEST_LANGUAGE") == QStringLiteral("en_XA");
}

} // namespace

TEST_CASE("In en_XA every string the program shows is translated", "[.pseudo][gui][i18n]") {
    REQUIRE(runningInPseudo());
    RecordingTranslator recorder;
    REQUIRE(recorder.load(QStringLiteral(":/i18n/rollguide_en_XA.qm")));
    QCoreApplication::installTranslator(&recorder);
    // The net itself: a string under a context lupdate never saw is caught, one it saw is not.
    QCoreApplication::translate("rollguide::NoSuchContext", "Lost");
    QCoreApplication::translate("rollguide::CommandLine", "FILE");
    REQUIRE(recorder.misses == std::set<std::string>{"rollguide::NoSuchContext: Lost"});
    recorder.misses.clear();
    const QStringList content = catalogStrings();

    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({QStringLiteral("pregnancy")});
    auto w = f.open();
    w->resize(1280, 800);
    RoutineStore store(f.dir.filePath(QStringLiteral("routines")));
    w->attachRoutineStore(store);
    auto* tabs = child<QTabWidget>(w.get(), "tabs");

    SECTION("every tab, its menus and the command line") {
        // A routine of the person's own, with a move, so that the editor shows all its parts.
        tabs->setCurrentWidget(child<QWidget>(w.get(), "routinesTab"));
        auto* editor = child<QWidget>(w.get(), "routinesEditor");
        QTest::mouseClick(child<QPushButton>(editor, "newButton"), Qt::LeftButton);
        auto* moves = child<QAbstractItemView>(editor, "catalogList");
        moves->setCurrentIndex(moves->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(editor, "addMoveButton"), Qt::LeftButton);
        REQUIRE(child<QAbstractItemView>(editor, "stepsView")->model()->rowCount() == 1);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            requireNone(untranslatedIn(w.get(), content), QStringLiteral("tab %1").arg(i));
            requireFits(w.get(), QStringLiteral("tab %1").arg(i));
            Dialogs::saveShot(w.get(), QStringLiteral("en_XA-tab-%1").arg(i));
        }
        // The command line: every option's help, and its own messages.
        const CommandLineResult help =
            parseCommandLine({QStringLiteral("rollguide"), QStringLiteral("--help")});
        for (const QString& line : help.helpText.split(u'\n')) {
            const QString described = line.section(QRegularExpression(QStringLiteral("\\s{2,}")), 1);
            if (line.startsWith(QStringLiteral("  -")) && !described.isEmpty() &&
                !line.contains(QStringLiteral("--help")))
                CHECK(isPseudo(described));
        }
        CHECK(isPseudo(parseCommandLine({QStringLiteral("rollguide"), QStringLiteral("--start")}).error));
        CHECK(isPseudo(parseCommandLine({QStringLiteral("rollguide"), QStringLiteral("extra")}).error));
    }

    SECTION("the player in each kind of part") {
        tabs->setCurrentWidget(child<QWidget>(w.get(), "sessionTab"));
        auto* setup = child<SessionSetup>(w.get(), "sessionSetup");
        PlayerWidget* player = nullptr; // built with the first session
        QStackedWidget* playerPages = nullptr;
        std::set<int> kindsSeen;
        const auto play = [&](const QString& routine) {
            REQUIRE(setup->selectRoutine(routine));
            requireNone(untranslatedIn(w.get(), content), QStringLiteral("session setup"));
            Dialogs::setNextAnswer(1); // do the flagged moves anyway: that question is pictured too
            QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
            REQUIRE_FALSE(Dialogs::scriptPending());
            CHECK(isPseudo(Dialogs::lastShown().title));
            CHECK(isPseudo(Dialogs::lastShown().text));
            player = child<PlayerWidget>(w.get(), "playerWidget");
            playerPages = child<QStackedWidget>(player, "playerPages");
            REQUIRE(child<QStackedWidget>(w.get(), "pages")->currentWidget() == player);
            int lastSegment = -1;
            for (int step = 0; step < 20000 && playerPages->currentIndex() == 0; ++step) {
                const PlayerSnapshot s = player->player()->snapshot();
                if (s.segmentIndex != lastSegment) {
                    lastSegment = s.segmentIndex;
                    const int kind = int(player->player()->plan().segments[s.segmentIndex].kind);
                    if (kindsSeen.insert(kind).second) {
                        requireNone(untranslatedIn(w.get(), content),
                                    QStringLiteral("segment kind %1").arg(kind));
                        requireFits(w.get(), QStringLiteral("segment kind %1").arg(kind));
                        Dialogs::saveShot(w.get(), QStringLiteral("en_XA-player-kind-%1").arg(kind));
                    }
                    if (kind == int(SegmentKind::Hold) && kindsSeen.insert(100).second) {
                        QTest::mouseClick(child<QPushButton>(player, "pauseButton"), Qt::LeftButton);
                        player->tick();
                        REQUIRE(player->player()->state() == SessionPlayer::State::Paused);
                        requireNone(untranslatedIn(w.get(), content), QStringLiteral("paused"));
                        requireFits(w.get(), QStringLiteral("paused"));
                        Dialogs::saveShot(w.get(), QStringLiteral("en_XA-player-paused"));
                        QTest::mouseClick(child<QPushButton>(player, "pauseButton"), Qt::LeftButton);
                    }
                }
                f.clock.advance(500);
                player->tick();
            }
            requireNone(untranslatedIn(w.get(), content), QStringLiteral("summary"));
            requireFits(w.get(), QStringLiteral("summary"));
            Dialogs::saveShot(w.get(), QStringLiteral("en_XA-player-finished"));
            QTest::mouseClick(child<QPushButton>(player, "doneButton"), Qt::LeftButton);
        };
        // Between them: rolls, a hold, moves with the breath, sides, rests between sets.
        play(QStringLiteral("first-session"));
        play(QStringLiteral("full-back"));
        for (SegmentKind k : {SegmentKind::Prepare, SegmentKind::Roll, SegmentKind::Hold, SegmentKind::Reps,
                              SegmentKind::SwitchSide, SegmentKind::Rest}) {
            INFO("segment kind " << int(k));
            CHECK(kindsSeen.count(int(k)) == 1);
        }
        CHECK(kindsSeen.count(100) == 1); // paused once
    }

    SECTION("every dialog") {
        child<QAction>(w.get(), "actionSettings")->trigger();
        child<QAction>(w.get(), "actionDisclaimer")->trigger();
        child<QAction>(w.get(), "actionAbout")->trigger();
        child<SessionSetup>(w.get(), "sessionSetup")->askScreening();
        QCoreApplication::processEvents();
        int dialogs = 0;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible() || top == w.get())
                continue;
            ++dialogs;
            requireNone(untranslatedIn(top, content), top->objectName());
            Dialogs::saveShot(top, QStringLiteral("en_XA-dialog-") + top->objectName());
            top->close();
        }
        CHECK(dialogs >= 4);
    }

    SECTION("the printed sheet") {
        const Catalog& c = *w->catalog();
        const Routine routine = builtInRoutine(c, QStringLiteral("full-back"));
        const RoutineSheet sheet = RoutineSheet::build(routine, c, f.settings.planOptions());
        for (const QString& s : {sheet.totalText, sheet.movesText, sheet.paceText, sheet.safety.heading,
                                 sheet.grid.heading, sheet.grid.caption})
            CHECK(isPseudo(s));
        for (const QString& s : sheet.safety.rules + sheet.grid.weekLabels)
            CHECK(isPseudo(s));
        for (const SheetMove& m : sheet.moves) {
            CHECK(isPseudo(m.dose));
            CHECK(isPseudo(m.orientation));
            CHECK(acceptable(m.regions, content));
        }
        QTemporaryDir dir;
        CHECK(SheetLayout::exportPdf(sheet, dir.filePath(QStringLiteral("sheet.pdf"))).ok());
    }

    QCoreApplication::removeTranslator(&recorder);
    // Every lookup above, in windows, player, dialogs, sheet and command line, found its string.
    std::string missed;
    for (const std::string& m : recorder.misses)
        missed += m + "\n";
    INFO("looked up but not in en_XA:\n" << missed);
    CHECK(recorder.misses.empty());
}
