// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// A notification server for tests: owns org.freedesktop.Notifications on the session bus it is started on,
// writes each call to a log file, and, when told, answers a reminder by clicking one of its buttons
// (ActionInvoked), as a person would. It can start with do-not-disturb on (Inhibited) and turn it off later.
//
//   fake_notification_server --log FILE [--invoke ACTION] [--delay MS] [--inhibited-for MS] [--no-actions]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QTimer>
#include <QVariantMap>

#include <cstdio>

namespace {

class Server : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ inhibited)
public:
    QString logPath, invoke;
    int delayMs = 300;
    bool actions = true;
    bool inhibitedNow = false;

    bool inhibited() const { return inhibitedNow; }

    void write(const QString& line) {
        QFile f(logPath);
        if (f.open(QIODevice::Append | QIODevice::Text))
            f.write((line + u'\n').toUtf8());
    }
    void setInhibited(bool on) {
        inhibitedNow = on;
        write(QStringLiteral("Inhibited\t%1").arg(on ? QStringLiteral("true") : QStringLiteral("false")));
        QDBusMessage s = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                    QStringLiteral("org.freedesktop.DBus.Properties"),
                                                    QStringLiteral("PropertiesChanged"));
        s << QStringLiteral("org.freedesktop.Notifications") << QVariantMap{{QStringLiteral("Inhibited"), on}}
          << QStringList();
        QDBusConnection::sessionBus().send(s);
    }

public Q_SLOTS:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actionList, const QVariantMap& hints, int timeout) {
        const uint id = replaces != 0 ? replaces : ++m_lastId;
        write(QStringLiteral("Notify\t%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9")
                  .arg(QString::number(id), app, icon, summary, body, actionList.join(u'|'),
                       hints.value(QStringLiteral("desktop-entry")).toString(), QString::number(timeout),
                       inhibitedNow ? QStringLiteral("inhibited") : QStringLiteral("-")));
        if (!invoke.isEmpty() && !actionList.isEmpty())
            QTimer::singleShot(delayMs, this, [this, id] {
                write(QStringLiteral("Invoke\t%1\t%2").arg(QString::number(id), invoke));
                Q_EMIT ActionInvoked(id, invoke);
                Q_EMIT NotificationClosed(id, 2); // dismissed by the person
            });
        return id;
    }
    QStringList GetCapabilities() {
        return actions ? QStringList{QStringLiteral("actions"), QStringLiteral("body")}
                       : QStringList{QStringLiteral("body")};
    }
    void CloseNotification(uint id) {
        write(QStringLiteral("Close\t%1").arg(id));
        Q_EMIT NotificationClosed(id, 3);
    }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion) {
        vendor = QStringLiteral("RollGuide tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_lastId = 0;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("log"), QStringLiteral("Where to write the calls."), QStringLiteral("file")},
         {QStringLiteral("invoke"), QStringLiteral("Action to invoke on each reminder."),
          QStringLiteral("key")},
         {QStringLiteral("delay"), QStringLiteral("Milliseconds before invoking."), QStringLiteral("ms")},
         {QStringLiteral("inhibited-for"), QStringLiteral("Do not disturb for this long."),
          QStringLiteral("ms")},
         {QStringLiteral("no-actions"), QStringLiteral("A server without buttons.")}});
    p.process(app);
    Server server;
    server.logPath = p.value(QStringLiteral("log"));
    server.invoke = p.value(QStringLiteral("invoke"));
    if (p.isSet(QStringLiteral("delay")))
        server.delayMs = p.value(QStringLiteral("delay")).toInt();
    server.actions = !p.isSet(QStringLiteral("no-actions"));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals |
                                QDBusConnection::ExportAllProperties) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "fake_notification_server: cannot own the name: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (p.isSet(QStringLiteral("inhibited-for"))) {
        server.setInhibited(true);
        QTimer::singleShot(p.value(QStringLiteral("inhibited-for")).toInt(), &server,
                           [&server] { server.setInhibited(false); });
    }
    server.write(QStringLiteral("Ready"));
    return QCoreApplication::exec();
}

#include "fake_notification_server.moc"
