// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rollguide {

/// Writes `data` to `path` atomically: the file is either fully replaced or left as it was.
/// Checks that every byte was written and flushed (QSaveFile alone can commit a truncated file on a
/// full disk). With `keepPrevious`, the file being replaced is kept as `path + ".bak"`.
/// Returns an error in plain words, or nullopt on success.
std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& data, bool keepPrevious);

/// Moves a file that could not be read out of the way, to `path.unreadable-YYYYMMDD-HHMMSS[-n]`.
/// Returns the new path, or nullopt when it could not be moved (the file is then left untouched).
std::optional<QString> moveAside(const QString& path);

/// The backup kept by writeFileAtomically().
inline QString backupPathFor(const QString& path) { return path + QStringLiteral(".bak"); }

} // namespace rollguide
