// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <optional>

namespace rollguide {

/// A routine found from what a person typed on the command line, or why none was.
struct RoutineLookup {
    std::optional<Routine> routine;
    QString error;
};

/// Finds a routine by file path (an existing file, or anything ending in ".json"), or by the id or
/// name (case-insensitive) of a built-in or personal routine. The error names what was tried and
/// lists the routines there are.
RoutineLookup findRoutine(const QString& nameOrFile, const Catalog& catalog, const QList<Routine>& personal);

/// The folder that holds personal routines: $XDG_DATA_HOME/rollguide/routines.
QString defaultRoutinesFolder();

} // namespace rollguide
