// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "PlainText.h"
#include "UserFolders.h"

#include <optional>

namespace rollguide {

/// A routine found from what a person typed on the command line, or why none was.
struct RoutineLookup {
    std::optional<Routine> routine;
    QString error;
    QString file; ///< The routine file read, when what was typed is a path.
};

/// True when what a person typed names a routine file: it holds a '/' or ends in ".json".
bool looksLikeRoutinePath(const QString& text);

/// Finds a routine by what a person typed. A path (see looksLikeRoutinePath()) is read as a routine
/// file. Anything else is a name: the id or name (ignoring case) of a built-in routine first, then the
/// name of a personal routine; a file in the current folder never wins over a name. The error names
/// what was tried and lists the routines there are.
RoutineLookup findRoutine(const QString& nameOrFile, const Catalog& catalog, const QList<Routine>& personal);

} // namespace rollguide
