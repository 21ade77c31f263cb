// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "AppInstance.h"
#include "MainWindow.h"
#include "RoutineLookup.h"

#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
constexpr const char* kInterface = "io.github.rollguide.RollGuide";
// A first RollGuide that is still starting answers once its window is up; one stuck in a question
// still answers, since D-Bus calls are served while a question waits.
constexpr int kHandOverTimeoutMs = 30000;
} // namespace

AppInstance::AppInstance(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus)) {}

AppInstance::~AppInstance() {
    for (const Pending& p : std::as_const(m_pending))
        m_bus.send(
            p.call.createErrorReply(QDBusError::Failed, tr("RollGuide closed before it could answer.")));
    if (m_owned)
        m_bus.unregisterService(QLatin1String(kServiceName));
    if (m_exported)
        m_bus.unregisterObject(QLatin1String(kObjectPath));
}

AppInstance::Claim AppInstance::claim() {
    if (!m_bus.isConnected()) {
        spdlog::info("one instance: no session bus ({}); this RollGuide runs on its own",
                     m_bus.lastError().message().toStdString());
        return Claim::NoBus;
    }
    m_exported = m_bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAllSlots);
    if (!m_exported) {
        spdlog::warn("one instance: could not export {}: {}", kObjectPath,
                     m_bus.lastError().message().toStdString());
        return Claim::NoBus;
    }
    QDBusConnectionInterface* bus = m_bus.interface();
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus->registerService(QLatin1String(kServiceName), QDBusConnectionInterface::DontQueueService,
                             QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        m_owned = true;
        return Claim::First;
    }
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceNotRegistered)
        return Claim::Running;
    spdlog::warn("one instance: the session bus did not give out {}: {}", kServiceName,
                 reply.error().message().toStdString());
    return Claim::NoBus;
}

void AppInstance::attach(MainWindow* window) {
    m_window = window;
    const QList<Pending> waiting = std::exchange(m_pending, {});
    for (const Pending& p : waiting) {
        QString error;
        const QString answer = serve(p, &error);
        m_bus.send(error.isEmpty() ? p.call.createReply(answer)
                                   : p.call.createErrorReply(QLatin1String(kNoSuchRoutine), error));
    }
}

QString AppInstance::Activate(bool background) {
    Pending p{message(), {}, false, background, false};
    if (!m_window) {
        setDelayedReply(true);
        m_pending << p;
        return {};
    }
    QString error;
    return serve(p, &error);
}

QString AppInstance::OpenRoutine(const QString& routine, bool start) {
    Pending p{message(), routine, start, false, true};
    if (!m_window) {
        setDelayedReply(true);
        m_pending << p;
        return {};
    }
    QString error;
    const QString answer = serve(p, &error);
    if (!error.isEmpty())
        sendErrorReply(QLatin1String(kNoSuchRoutine), error);
    return answer;
}

QString AppInstance::serve(const Pending& p, QString* error) {
    if (!p.open) {
        if (p.background)
            return tr("RollGuide is already running.");
        m_window->bringToFront();
        return tr("RollGuide was already running; its window is in front now.");
    }
    if (!m_window->catalog()) {
        *error = tr("RollGuide is running, but its catalog did not load; it shows why in its window.");
        m_window->bringToFront();
        return {};
    }
    const RoutineLookup found = findRoutine(p.routine, *m_window->catalog(), m_window->personalRoutines());
    if (!found.routine) {
        *error = QStringLiteral("--routine: %1").arg(found.error);
        return {};
    }
    return m_window->openRoutineFromElsewhere(*found.routine, p.start);
}

AppInstance::HandOver AppInstance::handOver(QDBusConnection bus, const QString& routine, bool start,
                                            bool background) {
    QDBusMessage call;
    if (routine.isEmpty()) {
        call = QDBusMessage::createMethodCall(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                                              QLatin1String(kInterface), QStringLiteral("Activate"));
        call << background;
    } else {
        // The running RollGuide has its own working folder: a file named here is sent as an absolute path.
        QString sent = routine;
        if (looksLikeRoutinePath(routine) && QFileInfo::exists(routine))
            sent = QFileInfo(routine).absoluteFilePath();
        call = QDBusMessage::createMethodCall(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                                              QLatin1String(kInterface), QStringLiteral("OpenRoutine"));
        call << sent << start;
    }
    const QDBusMessage reply = bus.call(call, QDBus::Block, kHandOverTimeoutMs);
    HandOver out;
    if (reply.type() == QDBusMessage::ReplyMessage) {
        out.reached = true;
        out.message = reply.arguments().value(0).toString();
    } else if (reply.errorName() == QLatin1String(kNoSuchRoutine)) {
        out.reached = true;
        out.failed = true;
        out.message = reply.errorMessage();
    } else {
        out.message = reply.errorMessage();
    }
    return out;
}

} // namespace rollguide
