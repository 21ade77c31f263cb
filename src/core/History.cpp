// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "History.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace rollguide {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(History)
};

constexpr StepOutcome kStepOutcomes[] = {StepOutcome::NotReached, StepOutcome::Done, StepOutcome::CutShort,
                                         StepOutcome::Skipped, StepOutcome::Hurt};
constexpr SessionOutcome kSessionOutcomes[] = {SessionOutcome::Running, SessionOutcome::Completed,
                                               SessionOutcome::Stopped};

bool workedOn(const SessionRecord& s) {
    return std::any_of(s.steps.cbegin(), s.steps.cend(), [](const StepRecord& r) {
        return r.outcome == StepOutcome::Done || r.outcome == StepOutcome::CutShort;
    });
}
} // namespace

QString stepOutcomeKey(StepOutcome o) {
    switch (o) {
    case StepOutcome::NotReached:
        return QStringLiteral("not-reached");
    case StepOutcome::Done:
        return QStringLiteral("done");
    case StepOutcome::CutShort:
        return QStringLiteral("cut-short");
    case StepOutcome::Skipped:
        return QStringLiteral("skipped");
    case StepOutcome::Hurt:
        return QStringLiteral("hurt");
    }
    return {};
}

std::optional<StepOutcome> stepOutcomeFromKey(const QString& key) {
    for (StepOutcome o : kStepOutcomes)
        if (stepOutcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString stepOutcomeName(StepOutcome o) {
    switch (o) {
    case StepOutcome::NotReached:
        return Text::tr("not reached");
    case StepOutcome::Done:
        return Text::tr("done");
    case StepOutcome::CutShort:
        return Text::tr("cut short");
    case StepOutcome::Skipped:
        return Text::tr("skipped");
    case StepOutcome::Hurt:
        return Text::tr("it hurt");
    }
    return {};
}

QString sessionOutcomeKey(SessionOutcome o) {
    switch (o) {
    case SessionOutcome::Running:
        return QStringLiteral("running");
    case SessionOutcome::Completed:
        return QStringLiteral("completed");
    case SessionOutcome::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

std::optional<SessionOutcome> sessionOutcomeFromKey(const QString& key) {
    for (SessionOutcome o : kSessionOutcomes)
        if (sessionOutcomeKey(o) == key)
            return o;
    return std::nullopt;
}

int SessionRecord::count(StepOutcome o) const {
    return int(
        std::count_if(steps.cbegin(), steps.cend(), [o](const StepRecord& r) { return r.outcome == o; }));
}

SessionRecord newSessionRecord(const QDateTime& startedUtc) {
    SessionRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.started = startedUtc.toUTC();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    r.utcOffsetSeconds =
        zone.isValid() ? zone.offsetFromUtc(r.started) : startedUtc.toLocalTime().offsetFromUtc();
    r.timeZone = QString::fromUtf8(zone.id());
    return r;
}

bool isMeaningfulChange(int from, int to) {
    const int change = std::abs(to - from);
    if (change >= 2)
        return true;
    return from > 0 && change > 0 && change * 10 >= from * 3;
}

QString ratingsSummary(const SessionRecord& s) {
    QStringList parts;
    for (Region r : kAllRegions) {
        if (!s.before.contains(r) && !s.after.contains(r))
            continue;
        const QString b = s.before.contains(r) ? QString::number(s.before.value(r)) : QStringLiteral("–");
        const QString a = s.after.contains(r) ? QString::number(s.after.value(r)) : QStringLiteral("–");
        parts << Text::tr("%1 %2 → %3").arg(regionName(r), b, a);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList ratingChanges(const Ratings& before, const Ratings& after) {
    QStringList lines;
    for (Region r : kAllRegions)
        if (before.contains(r) && after.contains(r))
            lines << Text::tr("%1 %2 → %3").arg(regionName(r)).arg(before.value(r)).arg(after.value(r));
    return lines;
}

QList<WeekCount> weeklyCounts(const QList<SessionRecord>& sessions, const QDate& today, int weeks) {
    QList<WeekCount> out;
    if (weeks <= 0 || !today.isValid())
        return out;
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    const QDate first = thisMonday.addDays(-7 * (weeks - 1));
    for (int w = 0; w < weeks; ++w)
        out.append({first.addDays(7 * w), 0});
    for (const SessionRecord& s : sessions) {
        if (!workedOn(s))
            continue;
        const QDate day = s.startedLocal().date();
        if (day < first || day > thisMonday.addDays(6))
            continue;
        ++out[int(first.daysTo(day) / 7)].sessions;
    }
    return out;
}

int weeksOnTarget(const QList<WeekCount>& weeks) {
    return int(std::count_if(weeks.cbegin(), weeks.cend(),
                             [](const WeekCount& w) { return w.sessions >= kWeeklyTargetMin; }));
}

QList<MoveTally> moveTallies(const QList<SessionRecord>& sessions, const QDateTime& now) {
    QHash<QString, MoveTally> byId;
    QHash<QString, QList<QDateTime>> hurts;
    QList<const SessionRecord*> ordered;
    for (const SessionRecord& s : sessions)
        ordered << &s;
    std::sort(ordered.begin(), ordered.end(),
              [](const SessionRecord* a, const SessionRecord* b) { return a->started < b->started; });
    for (const SessionRecord* s : std::as_const(ordered)) {
        for (const StepRecord& step : s->steps) {
            MoveTally& t = byId[step.exerciseId];
            t.exerciseId = step.exerciseId;
            t.exerciseName = step.exerciseName;
            switch (step.outcome) {
            case StepOutcome::Done:
                ++t.done;
                break;
            case StepOutcome::CutShort:
                ++t.cutShort;
                break;
            case StepOutcome::Skipped:
                ++t.skipped;
                break;
            case StepOutcome::Hurt:
                ++t.hurt;
                t.lastHurt = s->started;
                hurts[step.exerciseId] << s->started;
                break;
            case StepOutcome::NotReached:
                break;
            }
        }
    }
    QList<MoveTally> out;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        const QList<QDateTime>& times = hurts.value(it.key());
        const QDateTime since = now.addDays(-14);
        it->hurtTwiceRecently = std::count_if(times.cbegin(), times.cend(), [&](const QDateTime& t) {
                                    return t >= since && t <= now;
                                }) >= 2;
        out << *it;
    }
    std::sort(out.begin(), out.end(), [](const MoveTally& a, const MoveTally& b) {
        if (a.done != b.done)
            return a.done > b.done;
        return a.exerciseName < b.exerciseName;
    });
    return out;
}

QList<Region> risingTightness(const QList<SessionRecord>& sessions, const QDateTime& now) {
    QList<Region> out;
    const QDateTime since = now.addDays(-14);
    for (Region r : kAllRegions) {
        std::optional<std::pair<QDateTime, int>> first, last;
        for (const SessionRecord& s : sessions) {
            if (!s.before.contains(r) || s.started < since || s.started > now)
                continue;
            const std::pair<QDateTime, int> point{s.started, s.before.value(r)};
            if (!first || point.first < first->first)
                first = point;
            if (!last || point.first > last->first)
                last = point;
        }
        if (first && last && last->first > first->first && last->second - first->second >= 2)
            out << r;
    }
    return out;
}

} // namespace rollguide
