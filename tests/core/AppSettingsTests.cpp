// SPDX-License-Identifier: MIT
#include "AppSettings.h"
#include "TestUtil.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace rollguide;

TEST_CASE("A settings file written by hand, as the README shows, is read as documented", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollguide.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[safety]\ndisclaimerAcknowledged=true\n"
            "[screening]\nanswered=true\nconditions=recent-injury-or-fracture, pregnancy\n"
            "[cues]\nvoice=false\nvolume=250\n"
            "[breath]\ninhaleMs=5000\nexhaleMs=abc\n");
    f.close();
    QSettings q(path, QSettings::IniFormat);
    const AppSettings s(q);
    CHECK(s.disclaimerAcknowledged());
    CHECK(s.screeningAnswered());
    CHECK(s.screeningConditions() == QStringList{QStringLiteral("recent-injury-or-fracture"), QStringLiteral("pregnancy")});
    CHECK_FALSE(s.voiceOn());
    CHECK(s.soundsOn());
    CHECK_FALSE(s.breathTonesOn());
    CHECK(s.volume() == 100);     // out of range: kept within 0..100
    CHECK(s.inhaleMs() == 5000);
    CHECK(s.exhaleMs() == 6000);  // not a number: the default
}

TEST_CASE("Settings round-trip and stay within their ranges", "[settings]")
{
    QTemporaryDir dir;
    QSettings q(dir.filePath(QStringLiteral("rollguide.conf")), QSettings::IniFormat);
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
