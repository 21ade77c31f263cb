// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "../core/TestUtil.h"
#include "AppSettings.h"
#include "Clock.h"
#include "MainWindow.h"

#include "Dialogs.h"
#include "SettingsFile.h"
#include <QAbstractButton>
#include <QDialog>
#include <QFile>
#include <QPalette>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace gui_test {
using namespace rollguide;
struct Fixture {
    QTemporaryDir dir;
    SettingsFile qsettings{dir.filePath(QStringLiteral("rollguide.conf"))};
    AppSettings settings{qsettings};
    ManualClock clock;

    // Voice off unless a test turns it on: tests keep several windows open at once, and two speech
    // engines in one process (flite's) are not safe together. The app has one window.
    Fixture() { settings.setVoiceOn(false); }

    std::unique_ptr<MainWindow> open(const QString& catalogPath = Catalog::bundledPath()) {
        auto w = std::make_unique<MainWindow>(loadCatalogFile(catalogPath), catalogPath, settings, clock);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

/// An environment variable (XDG_DATA_HOME, HOME ...) pointing at a temporary folder of the test's own
/// while it lives, and restored afterwards.
struct OwnFolder {
    QTemporaryDir dir;
    const char* name;
    QByteArray old;
    explicit OwnFolder(const char* variable)
        : name(variable)
        , old(qgetenv(variable)) {
        qputenv(name, QFile::encodeName(dir.path()));
    }
    ~OwnFolder() { qputenv(name, old); }
    OwnFolder(const OwnFolder&) = delete;
    OwnFolder& operator=(const OwnFolder&) = delete;
};

/// Shows the dialog, checks every visible control lies inside it with room for its text, and saves a
/// picture of it when ROLLGUIDE_TEST_SHOTS is set (dialogs cannot be screenshot under Xvfb alone).
inline void checkLayout(QDialog& dialog, const QString& name) {
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

/// A dark desktop palette made from `base`, for looking at screens as a dark theme shows them.
inline QPalette darkPalette(QPalette dark) {
    dark.setColor(QPalette::Window, QColor(30, 32, 36));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Base, QColor(22, 24, 28));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    dark.setColor(QPalette::Button, QColor(50, 52, 58));
    dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
    dark.setColor(QPalette::Highlight, QColor(90, 170, 230));
    return dark;
}

template <typename T> T* child(QObject* parent, const char* name) {
    T* w = parent->findChild<T*>(QLatin1String(name));
    INFO("object name: " << name);
    REQUIRE(w);
    return w;
}

/// Brings the tab page `name` ("movesTab", "guideTab") to the front, as a click on it would; the Moves
/// and Guide pages are built then.
inline void openTab(QObject* window, const char* name) {
    auto* tabs = child<QTabWidget>(window, "tabs");
    tabs->setCurrentWidget(child<QWidget>(window, name));
}

} // namespace gui_test
using namespace gui_test;
