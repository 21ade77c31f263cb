// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CuePlayer.h"
#include "Dialogs.h"
#include "DisclaimerDialog.h"
#include "GuiTestUtil.h"
#include "ScreeningDialog.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rollguide;

TEST_CASE("The dialogs lay out all their content", "[gui][dialogs]") {
    Fixture f;
    const Catalog& c = bundledCatalog();
    ScreeningDialog screening(c, {QStringLiteral("pregnancy")}, true);
    checkLayout(screening, QStringLiteral("screening"));
    CHECK(
        screening.findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^condition_"))).size() ==
        c.contraindications.size());

    CuePlayer cues;
    SettingsDialog settings(f.settings, cues, nullptr);
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

TEST_CASE("Sound and speech come from the cue module, loaded at the first need: a missing module is named",
          "[gui][cues]") {
    const auto mapped = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        REQUIRE(maps.open(QIODevice::ReadOnly));
        return maps.readAll().contains("librollguide_cues.so");
    };
    SECTION("the module as built loads and answers") {
        CuePlayer cues;
        const QString audio = cues.audioStatus();
        CHECK(mapped());
        // Whatever this machine's devices, the answer comes from the module, not from its absence.
        CHECK_FALSE(audio.contains(QStringLiteral("librollguide_cues.so")));
        CHECK_FALSE(cues.speechStatus().contains(QStringLiteral("librollguide_cues.so")));
    }
    SECTION("with no module anywhere, sessions are silent and the status says where it was looked for") {
        QTemporaryDir empty;
        const QByteArray saved = qgetenv("ROLLGUIDE_MODULE_DIR");
        qputenv("ROLLGUIDE_MODULE_DIR", empty.path().toLocal8Bit());
        CuePlayer cues;
        cues.setSettings({.sounds = true, .breathTones = true, .voice = true, .volume = 50});
        QSignalSpy requested(&cues, &CuePlayer::cueRequested);
        cues.prepare();
        cues.play(Cue::Start);
        cues.say(QStringLiteral("Roll slowly"));
        qputenv("ROLLGUIDE_MODULE_DIR", saved);
        CHECK(requested.size() == 1);
        const QString audio = cues.audioStatus();
        CHECK(audio.contains(QStringLiteral("librollguide_cues.so")));
        CHECK(audio.contains(empty.path()));
        CHECK(cues.speechStatus() == audio);
        CHECK_FALSE(cues.audioAvailable());
        CHECK_FALSE(cues.speechAvailable());
        CHECK(cues.speechEngine().isEmpty());
    }
    SECTION("a file of that name that is not a plugin is named with the loader's reason") {
        QTemporaryDir dir;
        QFile fake(dir.filePath(QStringLiteral("librollguide_cues.so")));
        REQUIRE(fake.open(QIODevice::WriteOnly));
        fake.write("not a library\n");
        fake.close();
        const QByteArray saved = qgetenv("ROLLGUIDE_MODULE_DIR");
        qputenv("ROLLGUIDE_MODULE_DIR", dir.path().toLocal8Bit());
        CuePlayer cues;
        const QString audio = cues.audioStatus();
        qputenv("ROLLGUIDE_MODULE_DIR", saved);
        CHECK(audio.contains(fake.fileName()));
        CHECK(audio.contains(QStringLiteral("could not be loaded")));
        CHECK_FALSE(cues.audioAvailable());
    }
}

TEST_CASE("The voice speaks the language shown, or stays off and says why", "[gui][cues][i18n]") {
    struct RestoreLocale {
        QLocale saved;
        ~RestoreLocale() { QLocale::setDefault(saved); }
    } restore;
    SECTION("English: an English voice speaks") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CuePlayer cues;
        cues.setSettings({.sounds = false, .breathTones = false, .voice = true, .volume = 50});
        INFO("speech: " << cues.speechStatus().toStdString());
        // flite, which the scripts install, speaks English without any daemon.
        REQUIRE(cues.speechAvailable());
        CHECK(cues.speechLocale().language() == QLocale::English);
    }
    SECTION("a language no engine has a voice for: no voice at all, and the reason names each engine") {
        QLocale::setDefault(QLocale(QLocale::Inuktitut));
        CuePlayer cues;
        cues.setSettings({.sounds = false, .breathTones = false, .voice = true, .volume = 50});
        CHECK_FALSE(cues.speechAvailable());
        CHECK(cues.speechEngine().isEmpty());
        INFO("speech: " << cues.speechStatus().toStdString());
        CHECK(cues.speechStatus().startsWith(QStringLiteral("No voice for ")));
        CHECK(cues.speechStatus().contains(QStringLiteral("has no voice for Inuktitut")));
        QSignalSpy spoken(&cues, &CuePlayer::speechRequested);
        cues.say(QStringLiteral("Roll slowly"));
        CHECK(spoken.size() == 1); // asked for, but no engine speaks it
    }
    SECTION("German: a German voice where one is installed, else none") {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CuePlayer cues;
        cues.setSettings({.sounds = false, .breathTones = false, .voice = true, .volume = 50});
        INFO("speech: " << cues.speechStatus().toStdString());
        if (cues.speechAvailable())
            CHECK(cues.speechLocale().language() == QLocale::German);
        else
            CHECK(cues.speechStatus().startsWith(QStringLiteral("No voice for Deutsch is installed")));
    }
}
