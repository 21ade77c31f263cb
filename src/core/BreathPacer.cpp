// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "BreathPacer.h"

#include <QCoreApplication>

#include <algorithm>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::BreathPacer)
};

QString checkPhase(const char* what, int ms) {
    if (ms >= BreathPace::kMinPhaseMs && ms <= BreathPace::kMaxPhaseMs)
        return {};
    return Text::tr("%1 lasts %2 ms; each part of a breath lasts %3 to %4 ms")
        .arg(QCoreApplication::translate("rollguide::BreathPacer", what))
        .arg(ms)
        .arg(BreathPace::kMinPhaseMs)
        .arg(BreathPace::kMaxPhaseMs);
}
} // namespace

QString BreathPace::validate() const {
    QStringList problems;
    if (QString p = checkPhase(QT_TRANSLATE_NOOP("rollguide::BreathPacer", "Breathing in"), inhaleMs);
        !p.isEmpty())
        problems << p;
    if (QString p = checkPhase(QT_TRANSLATE_NOOP("rollguide::BreathPacer", "Breathing out"), exhaleMs);
        !p.isEmpty())
        problems << p;
    return problems.join(QStringLiteral("; "));
}

BreathState BreathPacer::stateAt(qint64 elapsedMs, int breathCount, const BreathPace& pace) {
    BreathState s;
    s.breathCount = breathCount;
    const qint64 cycle = pace.cycleMs();
    if (breathCount <= 0 || cycle <= 0)
        return s;
    const qint64 end = qint64(breathCount) * cycle;
    const qint64 t = std::clamp<qint64>(elapsedMs, 0, end);
    const qint64 k = std::min<qint64>(t / cycle, breathCount - 1);
    const qint64 within = t - k * cycle;
    s.breathNumber = int(k + 1);
    if (within < pace.inhaleMs) {
        s.phase = BreathPhase::Inhale;
        s.progress = double(within) / pace.inhaleMs;
        s.phaseLeftMs = pace.inhaleMs - within;
    } else {
        s.phase = BreathPhase::Exhale;
        s.progress = double(within - pace.inhaleMs) / pace.exhaleMs;
        s.phaseLeftMs = cycle - within;
    }
    return s;
}

std::optional<qint64> BreathPacer::nextPhaseChangeAfter(qint64 elapsedMs, int breathCount,
                                                        const BreathPace& pace) {
    const qint64 cycle = pace.cycleMs();
    if (breathCount <= 0 || cycle <= 0)
        return std::nullopt;
    const qint64 t = std::max<qint64>(elapsedMs, -1);
    const qint64 k = t < 0 ? 0 : t / cycle;
    const qint64 exhaleStart = k * cycle + pace.inhaleMs;
    qint64 next = t < k * cycle ? k * cycle : (t < exhaleStart ? exhaleStart : (k + 1) * cycle);
    if (next >= qint64(breathCount) * cycle)
        return std::nullopt;
    return next;
}

int BreathPacer::breathsFor(qint64 ms, const BreathPace& pace) {
    const qint64 cycle = pace.cycleMs();
    if (cycle <= 0)
        return 1;
    return int(std::max<qint64>(1, (ms + cycle / 2) / cycle));
}

} // namespace rollguide
