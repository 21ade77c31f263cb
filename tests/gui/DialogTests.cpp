// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CuePlayer.h"
#include "Dialogs.h"
#include "DisclaimerDialog.h"
#include "GuiTestUtil.h"
#include "ScreeningDialog.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>

using namespace rollguide;

namespace {
/// Shows the dialog, checks every visible control lies inside it with room for its text, and saves a
/// picture of it when ROLLGUIDE_TEST_SHOTS is set (dialogs cannot be screenshot under Xvfb alone).
void checkLayout(QDialog& dialog, const QString& name) {
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QRect inside = dialog.rect();
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() == 0)
            continue;
        INFO(name.toStdString() << ": " << w->metaObject()->className() << " "
                                << w->objectName().toStdString());
        const QRect r(w->mapTo(&dialog, QPoint(0, 0)), w->size());
        CHECK(inside.contains(r));
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            CHECK(b->width() >= b->minimumSizeHint().width());
    }
    const QImage shot = dialog.grab().toImage();
    CHECK_FALSE(shot.isNull());
    Dialogs::saveShot(&dialog, name);
}
} // namespace

TEST_CASE("The dialogs lay out all their content", "[gui][dialogs]") {
    Fixture f;
    const Catalog& c = bundledCatalog();
    ScreeningDialog screening(c, {QStringLiteral("pregnancy")}, true);
    checkLayout(screening, QStringLiteral("screening"));
    CHECK(
        screening.findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^condition_"))).size() ==
        c.contraindications.size());

    CuePlayer cues;
    SettingsDialog settings(f.settings, cues);
    checkLayout(settings, QStringLiteral("settings"));
    // Without an audio device or speech engine the dialog says why; with them it says they work.
    const QString audio = settings.findChild<QLabel*>(QStringLiteral("audioStatusLabel"))->text();
    CHECK_FALSE(audio.isEmpty());

    DisclaimerDialog disclaimer(c);
    checkLayout(disclaimer, QStringLiteral("disclaimer"));
}

TEST_CASE("Speech engines are tried by name, speech-dispatcher first, whatever order the system gives",
          "[gui][cues]") {
    const auto order = [](std::initializer_list<const char*> names) {
        QStringList l;
        for (const char* n : names)
            l << QLatin1String(n);
        return CuePlayer::engineOrder(l);
    };
    CHECK(order({"flite", "speechd"}) == QStringList{QStringLiteral("speechd"), QStringLiteral("flite")});
    CHECK(order({"other", "flite"}) == QStringList{QStringLiteral("flite"), QStringLiteral("other")});
    CHECK(order({}).isEmpty());
}
