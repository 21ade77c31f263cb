// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineSheet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::RoutineSheet)
};

/// Seconds from milliseconds, with one decimal only when it is not a whole number.
QString seconds(int ms) {
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

QString orientationName(RollerOrientation o) {
    switch (o) {
    case RollerOrientation::Across:
        return Text::tr("Across");
    case RollerOrientation::Lengthwise:
        return Text::tr("Lengthwise");
    }
    return {};
}

QString regionsText(const QList<Region>& regions) {
    QStringList names;
    for (Region r : regions)
        names << regionName(r);
    return names.join(QStringLiteral(" · "));
}

/// The illustration's file when it is there, else empty.
QString illustrationPath(const Exercise& e) {
    const QString path = e.illustrationPath();
    return QFileInfo(path).isFile() ? path : QString();
}

SheetMove makeMove(int index, const RoutineStep& step, const Catalog& catalog) {
    SheetMove m;
    m.number = index + 1;
    m.exerciseId = step.exerciseId;
    m.dose = describeDose(step.dose);
    const Exercise* e = catalog.exercise(step.exerciseId);
    if (!e) {
        m.name = step.exerciseId;
        m.inCatalog = false;
        m.cautions << Text::tr("This move is not in the catalog, so the session leaves it out.");
        return m;
    }
    m.name = e->name;
    m.regions = regionsText(e->regions);
    m.orientation = orientationName(e->roller.orientation);
    m.placement = e->roller.placement;
    for (const Step& s : e->steps)
        m.steps << s.text;
    m.breathing = e->breathing;
    m.avoid = e->avoid;
    m.illustrationPath = illustrationPath(*e);
    m.illustrationAlt = e->illustrationAlt();
    return m;
}
} // namespace

QString formatDurationWords(qint64 ms) {
    const qint64 total = (qMax<qint64>(0, ms) + 500) / 1000;
    const qint64 minutes = total / 60, secs = total % 60;
    if (minutes == 0)
        return Text::tr("%1 s").arg(secs);
    if (secs == 0)
        return Text::tr("%1 min").arg(minutes);
    return Text::tr("%1 min %2 s").arg(minutes).arg(secs);
}

QStringList SheetSafety::namesFor(ContraAction action) const {
    QStringList names;
    for (const SheetCondition& c : conditions)
        if (c.action == action)
            names << c.name;
    return names;
}

RoutineSheet RoutineSheet::build(const Routine& routine, const Catalog& catalog, const PlanOptions& options,
                                 const QLocale& locale) {
    RoutineSheet sheet;
    sheet.title = routine.name;
    sheet.notes = routine.description;
    sheet.paceText = Text::tr("Breathe in for %1 s and out for %2 s")
                         .arg(seconds(options.pace.inhaleMs), seconds(options.pace.exhaleMs));
    const auto count = routine.steps.size();
    sheet.movesText = Text::tr("%n move(s)", nullptr, count);
    sheet.footer = Text::tr("RollGuide · %1").arg(routine.name);

    for (int i = 0; i < routine.steps.size(); ++i)
        sheet.moves << makeMove(i, routine.steps[i], catalog);

    const PlanResult plan = SessionPlanner::plan(routine, catalog, options);
    if (plan.plan) {
        sheet.totalMs = plan.plan->totalMs();
        for (const PlanWarning& w : plan.plan->warnings) {
            const bool screening = w.kind == PlanWarning::Kind::ScreeningExcluded ||
                                   w.kind == PlanWarning::Kind::ScreeningFlagged;
            if (screening && w.stepIndex >= 0 && w.stepIndex < sheet.moves.size())
                sheet.moves[w.stepIndex].cautions << w.message;
        }
    }
    if (!plan.ok())
        sheet.totalMs = -1;
    sheet.totalText = sheet.totalMs >= 0 ? formatDurationWords(sheet.totalMs)
                                         : Text::tr("not known (the routine has errors)");

    SheetSafety& safety = sheet.safety;
    safety.heading = Text::tr("Safety first");
    for (const Contraindication& c : catalog.contraindications)
        safety.conditions << SheetCondition{c.id, c.name, c.detail, c.action};
    safety.rules << Text::tr(
        "Stop if it hurts. Press only enough to feel the muscle let go, and keep the roller off "
        "the bones of your spine.");
    safety.disclaimer = catalog.guide.disclaimer;

    SheetTickGrid& grid = sheet.grid;
    const Range weekly = catalog.guide.limits.weeklySessions;
    grid.minPerWeek = weekly.min;
    grid.maxPerWeek = weekly.max;
    grid.heading = Text::tr("Weekly log");
    if (weekly.max <= 0)
        grid.caption = Text::tr("Tick a box each time you roll.");
    else if (weekly.min == weekly.max || weekly.min <= 0)
        grid.caption = Text::tr("Aim for %1 sessions a week. Tick a box each time you roll.").arg(weekly.max);
    else
        grid.caption = Text::tr("Aim for %1–%2 sessions a week. Tick a box each time you roll.")
                           .arg(weekly.min)
                           .arg(weekly.max);
    for (int d = 0; d < 7; ++d)
        grid.days << locale.dayName((int(locale.firstDayOfWeek()) - 1 + d) % 7 + 1, QLocale::ShortFormat);
    for (int w = 1; w <= grid.weeks; ++w)
        grid.weekLabels << Text::tr("Week %1").arg(w);
    return sheet;
}

} // namespace rollguide
