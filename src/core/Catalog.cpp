// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Catalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rollguide {

namespace {
template <typename T> const T* findById(const QList<T>& list, const QString& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::Catalog)
};
} // namespace

QString regionKey(Region r) {
    switch (r) {
    case Region::Lower:
        return QStringLiteral("lower");
    case Region::Mid:
        return QStringLiteral("mid");
    case Region::Upper:
        return QStringLiteral("upper");
    }
    return {};
}

std::optional<Region> regionFromKey(const QString& key) {
    for (Region r : kAllRegions)
        if (regionKey(r) == key)
            return r;
    return std::nullopt;
}

QString regionName(Region r) {
    switch (r) {
    case Region::Lower:
        return Text::tr("Lower back");
    case Region::Mid:
        return Text::tr("Mid back");
    case Region::Upper:
        return Text::tr("Upper back");
    }
    return {};
}

QString regionInText(Region r) {
    switch (r) {
    case Region::Lower:
        return Text::tr("lower back", "a region inside a sentence");
    case Region::Mid:
        return Text::tr("mid back", "a region inside a sentence");
    case Region::Upper:
        return Text::tr("upper back", "a region inside a sentence");
    }
    return {};
}

QString inSentence(const QString& name) {
    // German writes every noun with a capital, so a name keeps its first letter there.
    if (name.isEmpty() || QLocale().language() == QLocale::German)
        return name;
    return name.left(1).toLower() + name.mid(1);
}

QString exerciseKindKey(ExerciseKind k) {
    switch (k) {
    case ExerciseKind::Roll:
        return QStringLiteral("roll");
    case ExerciseKind::Hold:
        return QStringLiteral("hold");
    case ExerciseKind::Reps:
        return QStringLiteral("reps");
    }
    return {};
}

std::optional<ExerciseKind> exerciseKindFromKey(const QString& key) {
    for (ExerciseKind k : {ExerciseKind::Roll, ExerciseKind::Hold, ExerciseKind::Reps})
        if (exerciseKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString exerciseKindName(ExerciseKind k) {
    switch (k) {
    case ExerciseKind::Roll:
        return Text::tr("Rolling");
    case ExerciseKind::Hold:
        return Text::tr("Static hold");
    case ExerciseKind::Reps:
        return Text::tr("Repetitions, one per breath");
    }
    return {};
}

QString equipmentKey(Equipment e) {
    switch (e) {
    case Equipment::Standard:
        return QStringLiteral("standard");
    case Equipment::Long:
        return QStringLiteral("long");
    case Equipment::Half:
        return QStringLiteral("half");
    }
    return {};
}

std::optional<Equipment> equipmentFromKey(const QString& key) {
    for (Equipment e : {Equipment::Standard, Equipment::Long, Equipment::Half})
        if (equipmentKey(e) == key)
            return e;
    return std::nullopt;
}

QString equipmentName(Equipment e) {
    switch (e) {
    case Equipment::Standard:
        return Text::tr("Standard roller (6-inch)");
    case Equipment::Long:
        return Text::tr("Long roller (36-inch)");
    case Equipment::Half:
        return Text::tr("Half roller (3-inch)");
    }
    return {};
}

QString describeDose(const Dose& d) {
    QStringList parts;
    if (d.unit == DoseUnit::Breaths)
        parts << Text::tr("%n long breath(s)", nullptr, d.amount);
    else
        parts << Text::tr("%n second(s)", nullptr, d.amount);
    parts << Text::tr("%n set(s)", nullptr, d.sets);
    if (d.perSide)
        parts << Text::tr("each side");
    if (d.sets > 1 && d.restSeconds > 0)
        parts << Text::tr("%1 s rest between sets").arg(d.restSeconds);
    return parts.join(QStringLiteral(", "));
}

const GuideSection* Guide::section(const QString& id) const {
    return findById(sections, id);
}

QString Catalog::bundledPath() {
    return QStringLiteral(":/data/exercises.json");
}

const Exercise* Catalog::exercise(const QString& id) const {
    return findById(exercises, id);
}

const Contraindication* Catalog::contraindication(const QString& id) const {
    return findById(contraindications, id);
}

const Source* Catalog::source(const QString& id) const {
    return findById(sources, id);
}

const Program* Catalog::program(const QString& idOrName) const {
    if (const Program* p = findById(programs, idOrName))
        return p;
    const QString wanted = idOrName.trimmed();
    for (const Program& p : programs)
        if (p.id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

QString workoutTimingKey(WorkoutTiming t) {
    switch (t) {
    case WorkoutTiming::BeforeWorkout:
        return QStringLiteral("before-workout");
    case WorkoutTiming::AfterWorkout:
        return QStringLiteral("after-workout");
    case WorkoutTiming::Anytime:
        return QStringLiteral("anytime");
    }
    return {};
}

std::optional<WorkoutTiming> workoutTimingFromKey(const QString& key) {
    for (WorkoutTiming t :
         {WorkoutTiming::BeforeWorkout, WorkoutTiming::AfterWorkout, WorkoutTiming::Anytime})
        if (workoutTimingKey(t) == key)
            return t;
    return std::nullopt;
}

int Catalog::countInRegion(Region r) const {
    return int(
        std::count_if(exercises.begin(), exercises.end(), [r](const Exercise& e) { return e.hasRegion(r); }));
}

} // namespace rollguide
