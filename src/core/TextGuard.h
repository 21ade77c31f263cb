// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rollguide {

/// A problem found in a file, with where it is: "line 3, column 7" or a JSON pointer.
struct LoadError {
    QString where;
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// All errors, one per line, each prefixed with `prefix` (usually the file name) when it is given.
QString joinErrors(const QList<LoadError>& errors, const QString& prefix = {});

/// Checks raw bytes before they reach the JSON parser: size cap, empty input, NUL bytes,
/// invalid UTF-8 and nesting depth. Returns the first problem found.
std::optional<LoadError> checkJsonBytes(const QByteArray& bytes, qint64 maxBytes, int maxDepth);

/// "line L, column C" for a byte offset (columns count bytes, starting at 1).
QString lineColumnAt(const QByteArray& bytes, qint64 offset);

/// Reads a whole file of at most maxBytes. Missing, unreadable, folder and too-large files give an error.
std::optional<LoadError> readSmallFile(const QString& path, qint64 maxBytes, QByteArray& out);

} // namespace rollguide
