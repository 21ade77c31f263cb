// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The one test main: an isolated home for settings and data, an offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef ROLLGUIDE_GUI_TESTS
#include "Dialogs.h"

#include <QApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>
using TestApp = QApplication;

namespace {
/// With ROLLGUIDE_TEST_SHOTS=DIR, every window and dialog a test shows is saved there as a PNG
/// ("NNN-test-name-objectName.png"), once it has been laid out. Dialogs paint black under Xvfb, so
/// this is how anyone looks at them.
class ShotTaker : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* w = qobject_cast<QWidget*>(watched);
        if (!w || !w->isWindow())
            return false;
        if (event->type() == QEvent::Show) {
            const QString name =
                QStringLiteral("%1-%2-%3")
                    .arg(++m_count, 3, 10, QLatin1Char('0'))
                    .arg(slug(QString::fromStdString(Catch::getResultCapture().getCurrentTestName())))
                    .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                   : w->objectName());
            m_pending.insert(w, name);
            connect(w, &QObject::destroyed, this, [this, w] { m_pending.remove(w); });
            // Once it is laid out; or, if a test closes it first, as it goes (below).
            QPointer<QWidget> shown(w);
            QTimer::singleShot(0, this, [this, shown] {
                if (shown)
                    take(shown);
            });
        } else if (event->type() == QEvent::Hide) {
            take(w);
        }
        return false;
    }

private:
    static QString slug(QString s) {
        s = s.left(48);
        for (QChar& c : s)
            if (!c.isLetterOrNumber())
                c = u'-';
        return s;
    }
    void take(QWidget* w) {
        const auto it = m_pending.find(w);
        if (it == m_pending.end())
            return;
        const QString name = it.value();
        m_pending.erase(it);
        rollguide::Dialogs::saveShot(w, name);
    }
    QHash<QWidget*, QString> m_pending;
    int m_count = 0;
};
} // namespace
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
#ifdef ROLLGUIDE_GUI_TESTS
    // The cue module as built, unless a test run points elsewhere.
    if (!qEnvironmentVariableIsSet("ROLLGUIDE_MODULE_DIR"))
        qputenv("ROLLGUIDE_MODULE_DIR", ROLLGUIDE_TEST_MODULE_DIR);
#endif

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
#ifdef ROLLGUIDE_GUI_TESTS
    ShotTaker shots;
    if (qEnvironmentVariableIsSet("ROLLGUIDE_TEST_SHOTS"))
        app.installEventFilter(&shots);
#endif
    return Catch::Session().run(argc, argv);
}
