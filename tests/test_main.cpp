// SPDX-License-Identifier: MIT
// The one test main: an isolated home for settings and data, an offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef ROLLGUIDE_GUI_TESTS
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif
#include <QStandardPaths>
#include <QTemporaryDir>

#include "Translations.h"

#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    // Discovery runs this binary at build time, often with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the real user's files.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);

    // Keep test output readable; ROLLGUIDE_TEST_LOG=info shows the engine's timing lines.
    spdlog::set_level(qEnvironmentVariableIsSet("ROLLGUIDE_TEST_LOG")
                          ? spdlog::level::from_str(qgetenv("ROLLGUIDE_TEST_LOG").toStdString())
                          : spdlog::level::warn);

    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("rollguide"));
    // English, with its plural forms, unless a test run asks for another (ROLLGUIDE_TEST_LANGUAGE=en_XA).
    rollguide::installTranslations(qEnvironmentVariableIsSet("ROLLGUIDE_TEST_LANGUAGE")
                                       ? QString::fromLocal8Bit(qgetenv("ROLLGUIDE_TEST_LANGUAGE"))
                                       : QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
