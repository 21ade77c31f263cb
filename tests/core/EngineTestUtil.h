// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Shared helpers for the session engine tests: the engine fixture catalog, quick routines, and a
// recorder that writes down every cue the player gives with the moment it gave it.
#pragma once

#include "CatalogLoader.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"
#include "TestUtil.h"

#include <QObject>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace enginetest {

using namespace rollguide;

inline const Catalog& engineCatalog() {
    static const CatalogLoadResult r = loadCatalogFile(testData(QStringLiteral("engine/catalog.json")));
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    return *r.catalog;
}

/// A QStringList from plain literals (the project builds with QT_NO_CAST_FROM_ASCII).
inline QStringList texts(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

inline Dose seconds(int amount, int sets = 1, bool perSide = false, int rest = 0) {
    return {DoseUnit::Seconds, amount, sets, perSide, rest};
}

inline Dose breaths(int amount, int sets = 1, bool perSide = false, int rest = 0) {
    return {DoseUnit::Breaths, amount, sets, perSide, rest};
}

inline Routine routineOf(std::initializer_list<std::pair<const char*, Dose>> steps,
                         const char* name = "Test routine") {
    Routine r;
    r.name = QString::fromUtf8(name);
    for (const auto& [id, dose] : steps)
        r.steps.append({QString::fromUtf8(id), dose});
    return r;
}

inline SessionPlan planOf(const Routine& routine, const PlanOptions& options = {},
                          const Catalog* catalog = nullptr) {
    const PlanResult r = SessionPlanner::plan(routine, catalog ? *catalog : engineCatalog(), options);
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    return *r.plan;
}

/// The plan most player tests use (pace 4 s in, 6 s out; prepare 10 s; switch 5 s):
///   0 prepare Low roll | 10000 roll set 1 | 20000 rest | 25000 roll set 2 | 35000 prepare Upper hold |
///   45000 hold left (2 breaths) | 65000 switch | 70000 hold right (2 breaths) | 90000 finish
inline SessionPlan standardPlan() {
    return planOf(routineOf({{"low-roll", seconds(10, 2, false, 5)}, {"upper-hold", breaths(2, 1, true)}}));
}

/// A started player on a manual clock, moved to a moment of the session and asked what it shows there.
struct SteppedPlayer {
    ManualClock clock;
    SessionPlayer player;
    explicit SteppedPlayer(SessionPlan plan)
        : player(std::move(plan), clock) {
        player.start();
    }
    /// Moves to `ms` after the start (never back) and updates, as the window's timer would.
    PlayerSnapshot at(qint64 ms) {
        clock.advance(ms - clock.monotonicMs());
        player.update();
        return player.snapshot();
    }
};

/// Writes down every signal as "<monotonic ms> <what>".
class Recorder {
public:
    Recorder(SessionPlayer& player, const ManualClock& clock) {
        const ManualClock* c = &clock;
        const auto at = [c](const QString& what) {
            return QStringLiteral("%1 %2").arg(c->monotonicMs()).arg(what);
        };
        QObject::connect(&player, &SessionPlayer::segmentStarted, &m_context,
                         [this, at](int i) { events << at(QStringLiteral("segment %1").arg(i)); });
        QObject::connect(&player, &SessionPlayer::breathPhaseChanged, &m_context,
                         [this, at](BreathPhase p, int n, int of) {
                             events << at(QStringLiteral("%1 %2/%3")
                                              .arg(p == BreathPhase::Inhale ? QStringLiteral("inhale")
                                                                            : QStringLiteral("exhale"))
                                              .arg(n)
                                              .arg(of));
                         });
        QObject::connect(&player, &SessionPlayer::halfway, &m_context,
                         [this, at](int i) { events << at(QStringLiteral("halfway %1").arg(i)); });
        QObject::connect(&player, &SessionPlayer::lastSeconds, &m_context,
                         [this, at](int n) { events << at(QStringLiteral("last %1").arg(n)); });
        QObject::connect(&player, &SessionPlayer::finished, &m_context, [this, at](const SessionSummary& s) {
            summary = s;
            events << at(QStringLiteral("finished"));
        });
        QObject::connect(&player, &SessionPlayer::autoPaused, &m_context, [this, at](const QString& reason) {
            autoPauseReason = reason;
            events << at(QStringLiteral("autopaused"));
        });
    }

    /// The events whose text starts with `prefix` (after the time).
    QStringList only(const QString& prefix) const {
        QStringList out;
        for (const QString& e : events)
            if (e.section(u' ', 1).startsWith(prefix))
                out << e;
        return out;
    }

    QStringList events;
    SessionSummary summary;
    QString autoPauseReason;

private:
    QObject m_context;
};

/// Drives the player as the window does: wait exactly msUntilNextEvent(), then update(); for at most
/// `ms`. Returns the number of updates.
inline int runFor(SessionPlayer& player, ManualClock& clock, qint64 ms) {
    const qint64 until = clock.monotonicMs() + ms;
    int updates = 0;
    while (player.state() == SessionPlayer::State::Running && clock.monotonicMs() < until) {
        const qint64 wait = player.msUntilNextEvent();
        REQUIRE(wait >= 0);
        REQUIRE(wait <= 1000);
        clock.advance(std::min(wait, until - clock.monotonicMs()));
        player.update();
        REQUIRE(++updates < 1'000'000);
    }
    return updates;
}

inline int runToEnd(SessionPlayer& player, ManualClock& clock) {
    return runFor(player, clock, 24 * 3600 * 1000LL);
}

/// Starts the player and runs it to `ms` into the session.
inline void startAndRunTo(SessionPlayer& player, ManualClock& clock, qint64 ms) {
    player.start();
    runFor(player, clock, ms);
}

} // namespace enginetest
