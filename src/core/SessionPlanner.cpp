// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SessionPlanner.h"

#include "PlanWarnings.h"

#include <QCoreApplication>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SessionPlanner)
};

SegmentKind workingKind(ExerciseKind k) {
    switch (k) {
    case ExerciseKind::Roll:
        return SegmentKind::Roll;
    case ExerciseKind::Hold:
        return SegmentKind::Hold;
    case ExerciseKind::Reps:
        return SegmentKind::Reps;
    }
    return SegmentKind::Hold;
}

QString bulletList(const QStringList& items) {
    QStringList lines;
    for (const QString& s : items)
        lines << QStringLiteral("\u2022 ") + s;
    return lines.join(u'\n');
}

/// Builds the segments of one session, keeping the running start time.
class Builder {
public:
    Builder(const PlanOptions& options, SessionPlan& plan)
        : m_options(options)
        , m_plan(plan) {}

    void addStep(int stepIndex, const Exercise& e, const Dose& dose) {
        const auto [setMs, breaths] = SessionPlanner::setLength(dose, e.kind, m_options);
        const QList<Side> sides =
            dose.perSide ? QList<Side>{Side::Left, Side::Right} : QList<Side>{Side::None};
        if (m_options.prepareMs > 0)
            add(prepare(stepIndex, e, sides.first(), dose.sets));
        for (int si = 0; si < sides.size(); ++si) {
            const Side side = sides[si];
            if (si > 0 && m_options.switchSideMs > 0)
                add(switchSide(stepIndex, e, side, dose.sets));
            for (int set = 1; set <= dose.sets; ++set) {
                if (set > 1 && dose.restSeconds > 0)
                    add(rest(stepIndex, e, side, set, dose.sets, qint64(dose.restSeconds) * 1000));
                add(working(stepIndex, e, side, set, dose.sets, setMs, breaths));
            }
        }
    }

    void addFinish() {
        Segment s;
        s.kind = SegmentKind::Finish;
        s.title = Text::tr("Well done");
        s.instruction = Text::tr("Session complete");
        s.speech = Text::tr("Well done. Roll onto your side and get up slowly.");
        add(std::move(s));
    }

private:
    static Segment base(SegmentKind kind, int stepIndex, const Exercise& e, Side side, int set,
                        int setCount) {
        Segment s;
        s.kind = kind;
        s.stepIndex = stepIndex;
        s.exerciseId = e.id;
        s.exerciseName = e.name;
        s.illustrationPath = e.illustrationPath();
        s.illustrationAlt = e.illustrationAlt();
        s.side = side;
        s.set = set;
        s.setCount = setCount;
        return s;
    }

    Segment prepare(int stepIndex, const Exercise& e, Side side, int setCount) const {
        Segment s = base(SegmentKind::Prepare, stepIndex, e, side, 1, setCount);
        s.durationMs = m_options.prepareMs;
        s.title = e.name;
        s.instruction = side == Side::None ? Text::tr("Get into position")
                                           : Text::tr("Get into position on your %1").arg(sideName(side));
        QStringList detail{e.setup};
        if (!e.roller.placement.isEmpty())
            detail << Text::tr("Roller: %1").arg(e.roller.placement);
        if (!e.avoid.isEmpty())
            detail << Text::tr("Avoid:") + u'\n' + bulletList(e.avoid);
        s.detail = detail.join(QStringLiteral("\n\n"));
        s.speech = Text::tr("Next: %1. %2").arg(e.name, e.setup);
        if (side != Side::None)
            s.speech += u' ' + Text::tr("Start on your %1.").arg(sideName(side));
        return s;
    }

    Segment switchSide(int stepIndex, const Exercise& e, Side side, int setCount) const {
        Segment s = base(SegmentKind::SwitchSide, stepIndex, e, side, 1, setCount);
        s.durationMs = m_options.switchSideMs;
        s.title = Text::tr("Switch sides");
        s.instruction = Text::tr("Turn to your %1").arg(sideName(side));
        s.speech = Text::tr("Switch to your %1.").arg(sideName(side));
        return s;
    }

    static Segment rest(int stepIndex, const Exercise& e, Side side, int set, int setCount, qint64 ms) {
        Segment s = base(SegmentKind::Rest, stepIndex, e, side, set, setCount);
        s.durationMs = ms;
        s.title = Text::tr("Rest");
        s.instruction = Text::tr("Rest and breathe");
        s.speech = Text::tr("Rest. Set %1 of %2 is next.").arg(set).arg(setCount);
        return s;
    }

    static Segment working(int stepIndex, const Exercise& e, Side side, int set, int setCount, qint64 ms,
                           int breaths) {
        Segment s = base(workingKind(e.kind), stepIndex, e, side, set, setCount);
        s.durationMs = ms;
        s.breaths = breaths;
        s.title = e.name;
        QStringList speech;
        if (side != Side::None)
            speech << (side == Side::Left ? Text::tr("Left side.") : Text::tr("Right side."));
        switch (s.kind) {
        case SegmentKind::Roll:
            s.instruction = breaths > 0 ? Text::tr("Roll slowly: one pass per breath")
                                        : Text::tr("Roll slowly and keep breathing");
            speech << Text::tr("Start rolling.");
            break;
        case SegmentKind::Reps:
            s.instruction = Text::tr("One repetition per breath");
            speech << Text::tr("Begin.");
            break;
        default:
            s.instruction = Text::tr("Hold still and breathe slowly");
            speech << Text::tr("Hold.");
            break;
        }
        const int secs = int((ms + 500) / 1000);
        if (breaths > 0)
            speech << Text::tr("%n breath(s).", nullptr, breaths);
        else
            speech << Text::tr("%n second(s).", nullptr, secs);
        if (setCount > 1)
            speech << Text::tr("Set %1 of %2.").arg(set).arg(setCount);
        s.speech = speech.join(u' ');
        QStringList steps;
        for (int i = 0; i < e.steps.size(); ++i)
            steps << QStringLiteral("%1. %2").arg(i + 1).arg(e.steps[i].text);
        s.detail = steps.join(u'\n');
        return s;
    }

    void add(Segment s) {
        s.startMs = m_time;
        m_time += s.durationMs;
        m_plan.segments.append(std::move(s));
    }

    const PlanOptions& m_options;
    SessionPlan& m_plan;
    qint64 m_time = 0;
};
} // namespace

QString PlanResult::errorText() const {
    QStringList lines;
    for (const PlanError& e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

std::pair<qint64, int> SessionPlanner::setLength(const Dose& dose, ExerciseKind kind,
                                                 const PlanOptions& options) {
    if (dose.unit == DoseUnit::Breaths)
        return {BreathPacer::durationMs(dose.amount, options.pace), dose.amount};
    const qint64 ms = qint64(dose.amount) * 1000;
    if (kind == ExerciseKind::Reps || (kind == ExerciseKind::Roll && options.breathPacedRolling)) {
        const int breaths = BreathPacer::breathsFor(ms, options.pace);
        return {BreathPacer::durationMs(breaths, options.pace), breaths};
    }
    return {ms, 0};
}

qint64 SessionPlanner::stepDurationMs(const Dose& dose, ExerciseKind kind, const PlanOptions& options) {
    const qint64 setMs = setLength(dose, kind, options).first;
    const int sides = dose.perSide ? 2 : 1;
    const qint64 perSide = dose.sets * setMs + qint64(dose.sets - 1) * dose.restSeconds * 1000;
    return options.prepareMs + sides * perSide + (sides - 1) * options.switchSideMs;
}

QList<PlanError> SessionPlanner::validateOptions(const PlanOptions& options) {
    QList<PlanError> errors;
    if (const QString p = options.pace.validate(); !p.isEmpty())
        errors.append({-1, Text::tr("breath pace"), p});
    if (options.prepareMs < 0 || options.prepareMs > PlanOptions::kMaxTransitionMs)
        errors.append({-1, Text::tr("getting into position"),
                       Text::tr("%1 ms is outside the 0 to %2 ms allowed")
                           .arg(options.prepareMs)
                           .arg(PlanOptions::kMaxTransitionMs)});
    if (options.switchSideMs < 0 || options.switchSideMs > PlanOptions::kMaxTransitionMs)
        errors.append({-1, Text::tr("switching sides"),
                       Text::tr("%1 ms is outside the 0 to %2 ms allowed")
                           .arg(options.switchSideMs)
                           .arg(PlanOptions::kMaxTransitionMs)});
    return errors;
}

PlanResult SessionPlanner::plan(const Routine& routine, const Catalog& catalog, const PlanOptions& options) {
    PlanResult result;
    result.errors = validateOptions(options) + validateRoutine(routine);
    if (!result.errors.isEmpty())
        return result;

    SessionPlan plan;
    plan.name = routine.name.isEmpty() ? Text::tr("Untitled routine") : routine.name;
    plan.routine = routine;
    plan.pace = options.pace;
    Builder builder(options, plan);
    int playable = 0;
    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps[i];
        if (const Exercise* e = catalog.exercise(step.exerciseId)) {
            builder.addStep(i, *e, step.dose);
            ++playable;
        }
    }
    if (playable == 0) {
        result.errors.append({-1, Text::tr("routine"),
                              Text::tr("none of its moves is in the catalog, so there is nothing to play")});
        return result;
    }
    builder.addFinish();
    plan.warnings = routineWarnings(routine, catalog, options, plan.totalMs());
    result.plan = std::move(plan);
    return result;
}

} // namespace rollguide
