// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rollguide {

/// A part of the back. Some exercises span more than one.
enum class Region { Lower, Mid, Upper };
inline constexpr Region kAllRegions[] = {Region::Lower, Region::Mid, Region::Upper};

/// Stable key used in files ("lower", "mid", "upper").
QString regionKey(Region r);
std::optional<Region> regionFromKey(const QString& key);
/// Translated, capitalised display name ("Lower back").
QString regionName(Region r);
/// The name as it reads inside a sentence ("your lower back"; German "dein unterer Rücken").
QString regionInText(Region r);
/// A move's or condition's name inside a sentence: its first letter in lower case, except in German,
/// where nouns keep their capital.
QString inSentence(const QString& name);

/// What the body does during the working part of an exercise.
enum class ExerciseKind { Roll, Hold, Reps };
QString exerciseKindKey(ExerciseKind k);
std::optional<ExerciseKind> exerciseKindFromKey(const QString& key);
QString exerciseKindName(ExerciseKind k);

enum class RollerOrientation { Across, Lengthwise };
enum class Equipment { Standard, Long, Half };
QString equipmentKey(Equipment e);
std::optional<Equipment> equipmentFromKey(const QString& key);
QString equipmentName(Equipment e);

enum class BreathCue { None, Inhale, Exhale, Steady };

enum class DoseUnit { Seconds, Breaths };

/// How much of a move: seconds or breaths per set, sets, per side or not, rest between sets.
struct Dose {
    DoseUnit unit = DoseUnit::Seconds;
    int amount = 30;
    int sets = 1;
    bool perSide = false;
    int restSeconds = 0;

    static constexpr int kMinSeconds = 5, kMaxSeconds = 600;
    static constexpr int kMinBreaths = 1, kMaxBreaths = 60;
    static constexpr int kMaxSets = 10, kMaxRestSeconds = 600;

    bool operator==(const Dose&) const = default;
};

/// "10 long breaths, 2 sets, each side" — the dose in plain words.
QString describeDose(const Dose& d);

struct Step {
    QString text;
    BreathCue breath = BreathCue::None;
};

struct Illustration {
    QString file; ///< Path inside the data folder, e.g. "illustrations/x.svg".
    QString alt;  ///< Text alternative describing the position.
    /// Where the file was found by loadCatalogFile(): ":/data/<file>" for the bundled catalog, else
    /// <file> in the catalog file's folder. Empty when the catalog was parsed from bytes alone.
    QString path;
};

struct Roller {
    RollerOrientation orientation = RollerOrientation::Across;
    QString placement;
    QList<Equipment> equipment;
};

/// One move from the catalog.
struct Exercise {
    QString id;
    QString name;
    QString summary;
    QList<Region> regions;
    ExerciseKind kind = ExerciseKind::Roll;
    Roller roller;
    QString setup;
    QList<Step> steps;
    QStringList breathing;
    Dose dose;
    QStringList avoid;
    QStringList cautions;
    QStringList variations;
    bool beginner = false;
    QStringList contraindications; ///< Ids of contraindications that rule the move out.
    QString source;                ///< Source id.
    std::optional<Illustration> illustration;

    bool hasRegion(Region r) const { return regions.contains(r); }
    /// Where the move's picture is (Illustration::path, as the loader found and checked it), or empty
    /// when it has none. The one lookup the planner, the sheet and the views use.
    QString illustrationPath() const { return illustration ? illustration->path : QString(); }
    /// The picture's text alternative, or empty.
    QString illustrationAlt() const { return illustration ? illustration->alt : QString(); }
};

struct Source {
    QString id, title, publisher, author, date;
};

enum class ContraAction { Avoid, AskDoctor };

/// A condition the screening asks about.
struct Contraindication {
    QString id, name, detail;
    ContraAction action = ContraAction::AskDoctor;
    QStringList sources;
};

struct Study {
    QString journal;
    int year = 0;
};

struct GuideItem {
    QString title, text;
    QStringList sources;
    std::optional<Study> study;
};

struct GuideSection {
    QString id, title, intro;
    QList<GuideItem> items;
};

struct Range {
    int min = 0, max = 0;
};

/// The numbers from the guide that the planner relies on.
struct GuideLimits {
    Range holdSeconds, breaths, sets, firstSessionMinutes, weeklySessions;
    int shortSessionSeconds = 30;
};

struct Guide {
    QList<GuideSection> sections;
    GuideLimits limits;
    QString disclaimer;

    const GuideSection* section(const QString& id) const;
};

/// A step of a routine: an exercise and the dose to use for it.
struct RoutineStep {
    QString exerciseId;
    Dose dose;

    bool operator==(const RoutineStep&) const = default;
};

/// A named, ordered list of steps.
struct Routine {
    QString id; ///< Set for built-in routines.
    QString name;
    QString description;
    QList<RoutineStep> steps;
};

/// When a session is done relative to a workout (changes which kinds of move come first and how long
/// the doses may be).
enum class WorkoutTiming { BeforeWorkout, AfterWorkout, Anytime };
/// Stable key used in files ("before-workout", "after-workout", "anytime").
QString workoutTimingKey(WorkoutTiming t);
std::optional<WorkoutTiming> workoutTimingFromKey(const QString& key);

/// One week (one step) of a program: how many sessions, and the recipe for each of them.
struct ProgramWeek {
    Range sessions;            ///< Sessions a week aimed for.
    Range minutes;             ///< The time budget of one session.
    QList<Region> regions;     ///< The regions each session works.
    Range seconds, breaths;    ///< The dose of one set: seconds for timed moves, breaths for the others.
    Range sets;                ///< Sets of each move.
    bool beginnerOnly = false; ///< Only moves marked for a first session.
};

/// A multi-week plan of sessions. Its weeks are steps: the person moves on, holds or steps back one
/// step at a time (see ProgramCoach).
struct Program {
    /// How far one week's dose may rise over the week before (the loader checks every program).
    static constexpr int kSecondsStep = 15, kBreathsStep = 5, kSetsStep = 1, kMinutesStep = 5;

    QString id;
    QString name;
    QString summary;
    WorkoutTiming timing = WorkoutTiming::Anytime;
    QList<ProgramWeek> weeks;
};

/// All exercises, the guide and the built-in routines.
class Catalog {
public:
    static constexpr int kSchemaVersion = 1;
    /// Path of the catalog compiled into the binary.
    static QString bundledPath();

    int schemaVersion = kSchemaVersion;
    QList<Source> sources;
    QList<Contraindication> contraindications;
    QList<Exercise> exercises;
    Guide guide;
    QList<Routine> routines;
    QList<Program> programs;

    const Exercise* exercise(const QString& id) const;
    /// The program with this id, or else with this name (case-insensitive); nullptr when none.
    const Program* program(const QString& idOrName) const;
    const Contraindication* contraindication(const QString& id) const;
    const Source* source(const QString& id) const;
    int countInRegion(Region r) const;
};

} // namespace rollguide
