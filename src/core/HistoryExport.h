// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

// The history outside the database: CSV (one row per session) and JSON (everything, and readable back).
// docs/history-format.md describes both.

#include "History.h"
#include "PlainText.h"

#include <QByteArray>
#include <QList>

namespace rollguide {

inline constexpr int kHistoryJsonVersion = 1;
inline constexpr qint64 kMaxHistoryJsonBytes = 64 * 1024 * 1024;
inline constexpr int kMaxImportedSessions = 100000;

/// One row per session, oldest first, with a header row: the ISO start time, the local date and time,
/// the routine, the times, the step counts and one column per region before and after.
QByteArray historyToCsv(const QList<SessionRecord>& sessions);
/// Every field of every session, oldest first.
QByteArray historyToJson(const QList<SessionRecord>& sessions);

/// Sessions read back from historyToJson()'s output, or every error with its JSON pointer.
struct HistoryImport {
    QList<SessionRecord> sessions;
    QList<LoadError> errors;
    bool ok() const { return errors.isEmpty(); }
};
HistoryImport historyFromJson(const QByteArray& bytes);

/// One line for `rollguide --history`: date and time, routine, minutes, done/skipped, the ratings.
QString historyLine(const SessionRecord& s);

} // namespace rollguide
