// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Plain text in and out: the checks raw bytes pass before a parser sees them (size, NUL, UTF-8,
// nesting), the problems found with their places, and text made safe for where it goes (one line, a
// file name, a count of what a person sees).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rollguide {

/// A problem found in a file, with where it is: "line 3, column 7" or a JSON pointer.
struct LoadError {
    QString where;
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// A check that passes, or the first problem with its place.
using LoadStatus = StatusOf<LoadError>;

/// All errors, one per line, each prefixed with `prefix` (usually the file name) when it is given.
QString joinErrors(const QList<LoadError>& errors, const QString& prefix = {});

/// Checks raw bytes before they reach the JSON parser: size cap, empty input, NUL bytes,
/// invalid UTF-8 and nesting depth. Returns the first problem found.
LoadStatus checkJsonBytes(const QByteArray& bytes, qint64 maxBytes, int maxDepth);

/// Checks that bytes are text: valid UTF-8 with no NUL byte. Returns the first problem with its place.
LoadStatus checkTextBytes(const QByteArray& bytes);

/// "line L, column C" for a byte offset (columns count bytes, starting at 1).
QString lineColumnAt(const QByteArray& bytes, qint64 offset);

/// Text that leaves RollGuide on one line (a listing, a log line, a PDF title, a window title): every
/// control character (C0, DEL, C1), line and paragraph separator and bidirectional override or isolate
/// becomes a space, so the text can neither break a line-based reader nor reorder what follows it.
QString plainLine(const QString& text);

/// A file name from the file system, which may hold any bytes but '/' and NUL, shown safely:
/// valid UTF-8 stays as it is, control characters are written as \t, \n or \xNN, and bytes that
/// are not UTF-8 as \xNN.
QString printableFileName(const QByteArray& raw);

/// How many characters a person sees in `text` (grapheme clusters: an emoji with its modifiers, or a
/// letter with its accents, counts as one).
int visibleLength(const QString& text);

/// Which characters a file-name slug keeps.
enum class SlugAlphabet {
    Ascii,   ///< only a-z and 0-9 (accents dropped): names RollGuide keeps in its own folders
    Letters, ///< any letter or digit, lower case: names suggested to a person, e.g. "rücken-abend.pdf"
};

/// A file name made from a name a person typed: lower case, every run of other characters becomes
/// one hyphen, none at either end, at most `maxLength` characters. Empty when nothing is left (the
/// caller chooses the fallback). The one rule for every file name RollGuide makes or suggests.
QString fileNameSlug(const QString& text, SlugAlphabet alphabet, int maxLength);

/// Reads a whole regular file of at most maxBytes (readRegularFile()); anything else gives the problem.
Result<QByteArray, LoadError> readSmallFile(const QString& path, qint64 maxBytes);

} // namespace rollguide
