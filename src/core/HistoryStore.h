// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "History.h"
#include "Result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QSqlError;

namespace rollguide {

/// The session history: an SQLite database (docs/history-format.md) read and written through Qt SQL.
///
/// Opening checks the file before trusting it: the SQLite header, `PRAGMA integrity_check`, the
/// application id and the schema version. A file that is not a RollGuide history (empty, random bytes,
/// truncated, another program's database) is moved aside byte for byte, with its -wal and -shm files,
/// and a new history is started; a history from a newer RollGuide is opened read-only. In ReadOnly mode
/// nothing on disk is created, moved or changed.
///
/// Every save is one transaction (WAL journal, synchronous=FULL), so a crash, a kill or a power cut
/// keeps every session as it was last saved. Two RollGuides may use one file: writers wait for each
/// other up to 5 s.
///
/// Not thread-safe: use one store per thread.
class HistoryStore {
public:
    static constexpr int kSchemaVersion = 2;
    /// `PRAGMA application_id`: "RGHi".
    static constexpr qint32 kApplicationId = 0x52474869;

    enum class Mode {
        ReadWrite, ///< The window: creates, migrates and repairs (by moving aside) as needed.
        ReadOnly,  ///< Commands that only read.
    };

    /// $XDG_DATA_HOME/rollguide/history.sqlite
    static QString defaultPath();

    explicit HistoryStore(QString path, Mode mode = Mode::ReadWrite);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& path() const { return m_path; }

    /// What open() found.
    struct OpenReport {
        bool ok = false;       ///< The history can be read.
        bool writable = false; ///< ... and written.
        bool missing = false;  ///< ReadOnly mode: there is no history file yet (nothing recorded).
        int fileVersion = 0;   ///< The schema version the file had before any migration.
        QString problem;       ///< A full sentence naming the file and what is wrong; empty when all is well.
        QString movedTo;       ///< Where a file that was not a usable history was moved.
    };
    /// Opens the database once; later calls give the same report.
    const OpenReport& open();
    const OpenReport& report() const { return m_report; }
    bool isWritable() const { return m_report.writable; }

    /// Inserts the session, or replaces the stored one with the same uuid (steps and check-ins too), in
    /// one transaction. Sets `record.id`.
    Status save(SessionRecord& record);
    /// Every session, newest first; at most `limit` when it is positive.
    Result<QList<SessionRecord>> sessions(int limit = -1) const;
    /// Deletes one session (its steps and check-ins go with it).
    Status remove(const QString& uuid);
    /// Deletes every session.
    Status removeAll();
    /// Adds the sessions whose uuid the history does not hold yet; gives how many were added.
    Result<int> merge(const QList<SessionRecord>& records);

private:
    QString m_path;
    Mode m_mode;
    OpenReport m_report;
    QString m_connection; ///< The Qt SQL connection's name; empty until opened.
    bool m_opened = false;
    int m_version = 0; ///< The schema version of the open file (after any migration).

    void openReadWrite();
    void openReadOnly();
    Status write(const QList<SessionRecord*>& records);
    Status configure(bool writable);
    Status migrate(int from);
    /// Why the open file is not a usable history, or empty. `notOurs`: the file itself is not a RollGuide
    /// history (move it aside); otherwise it could not be read (leave it).
    QString classify(bool* newer, bool* notOurs);
    void closeConnection();
    QString describe(const QString& what, const QSqlError& e) const;
};

} // namespace rollguide
