// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rollguide {

class MainWindow;

/// One RollGuide per desktop session. The first owns io.github.rollguide.RollGuide on the session bus
/// and serves this object; a second `rollguide` calls it instead of opening a window of its own, and
/// prints the answer. Requests that come while the first is still starting wait for its window.
///
/// With no session bus every `rollguide` runs on its own, as before; the routine store's lock still keeps
/// two from writing the same files.
class AppInstance : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.rollguide.RollGuide")
public:
    static constexpr const char* kServiceName = "io.github.rollguide.RollGuide";
    static constexpr const char* kObjectPath = "/io/github/rollguide/RollGuide";
    static constexpr const char* kNoSuchRoutine = "io.github.rollguide.RollGuide.Error.NoSuchRoutine";

    enum class Claim {
        First,   ///< This process owns the name: it is the one RollGuide.
        Running, ///< Another RollGuide owns it: hand the command line over with handOver().
        NoBus,   ///< No session bus (or it refused): run alone.
    };

    explicit AppInstance(QDBusConnection bus, QObject* parent = nullptr);
    ~AppInstance() override;

    /// Exports the object, then asks for the name (so a second process never finds the name without the
    /// object behind it).
    Claim claim();
    /// Serves requests with `window` from now on, including any that came before.
    void attach(MainWindow* window);

    /// What a second process gets for its command line.
    struct HandOver {
        bool reached = false; ///< The running RollGuide answered (with a message or an error).
        bool failed = false;  ///< It answered with an error (e.g. no such routine).
        QString message;
    };
    /// Sends `routine` (empty: just show the window) and `start` to the running RollGuide; a routine that
    /// names a file here is sent as an absolute path. Waits for its answer.
    static HandOver handOver(QDBusConnection bus, const QString& routine, bool start, bool background);

public Q_SLOTS:
    /// Brings the window to the front (or, with `background`, leaves it where it is). Returns what happened.
    QString Activate(bool background);
    /// Opens `routine` (a name or a file) on the Session tab, and with `start` starts it; in the middle of
    /// a session it asks on screen first. Returns what happened; a routine that cannot be found is an error.
    QString OpenRoutine(const QString& routine, bool start);

private:
    struct Pending {
        QDBusMessage call;
        QString routine;
        bool start = false;
        bool background = false;
        bool open = false;
    };
    QString serve(const Pending& p, QString* error);

    QDBusConnection m_bus;
    QPointer<MainWindow> m_window;
    QList<Pending> m_pending;
    bool m_exported = false;
    bool m_owned = false;
};

} // namespace rollguide
