// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

// The Routine and RoutineStep values live in Catalog.h (built-in routines are part of the catalog);
// this header reads and writes routine files and checks routines built in memory.

#include "Catalog.h"
#include "PlainText.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rollguide {

inline constexpr int kRoutineSchemaVersion = 1;
inline constexpr qint64 kMaxRoutineBytes = 256 * 1024;
inline constexpr int kMaxRoutineSteps = 200;

/// A problem with a routine or the options it is planned with, found outside any file.
struct PlanError {
    int stepIndex = -1; ///< 0-based step, or -1 when it is not about one step.
    QString where;      ///< "step 3", "breath pace", "routine" ...
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// The outcome of reading a routine file: the routine, or every error with its JSON pointer.
struct RoutineLoadResult {
    std::optional<Routine> routine;
    QList<LoadError> errors;
    /// Set when the file's schemaVersion is a whole number newer than kRoutineSchemaVersion (the file was
    /// written by a newer RollGuide), so callers can tell "newer" from "damaged".
    std::optional<qint64> newerSchemaVersion;

    bool ok() const { return routine.has_value() && errors.isEmpty(); }
    /// All errors, one per line, each prefixed with `prefix` (usually the file name).
    QString errorText(const QString& prefix = {}) const;
};

/// Reads routine bytes strictly (size cap, NUL, UTF-8, depth, types and ranges). Exercise ids are kept
/// even when no catalog knows them: the planner flags such steps instead of losing them.
/// The file's `notes` become Routine::description; Routine::id is left empty.
RoutineLoadResult parseRoutine(const QByteArray& bytes);
/// Reads a routine file of at most kMaxRoutineBytes.
RoutineLoadResult loadRoutineFile(const QString& path);
/// Like parseRoutine(), but a file written by a newer RollGuide is read as far as this version
/// understands it: keys it does not know are skipped and the newer schemaVersion is accepted
/// (newerSchemaVersion is set). Meant for showing such a routine read-only; never save it back over
/// the newer file. Files that are not newer give the same result as parseRoutine().
RoutineLoadResult parseNewerRoutine(const QByteArray& bytes);
/// The routine as a routine file (schemaVersion, name, notes when set, steps with full doses).
QByteArray serializeRoutine(const Routine& routine);

/// Whether the dose lies within Dose's limits; if not, everything that is wrong, in words.
Status checkDose(const Dose& dose);
/// Checks a routine built in memory: at least one step, each with an exercise id and a sensible dose.
/// Errors name the step (1-based). Unknown exercise ids are not errors here.
QList<PlanError> validateRoutine(const Routine& routine);

} // namespace rollguide
