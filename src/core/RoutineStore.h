// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace rollguide {

/// One personal routine as kept in the store's folder, with what was on disk when it was loaded or
/// last saved (to notice a change made elsewhere, e.g. by a second RollGuide).
struct StoredRoutine {
    QString fileName; ///< Bare name inside the folder, e.g. "morning-stretch.json".
    Routine routine;
    bool readOnly = false; ///< Never saved over: written by a newer RollGuide, or only shown from its backup.
    QString readOnlyReason; ///< Why, in plain words, for the editor to show.

    qint64 diskSize = -1;       ///< Size on disk when loaded or last saved; -1 when not on disk yet.
    qint64 diskModifiedMs = -1; ///< Modification time (ms since the epoch) when loaded or last saved.
    QByteArray
        diskHash; ///< SHA-256 of the file's bytes when loaded or last saved; empty when not on disk yet.

    /// True once the routine has a file on disk that this process read or wrote.
    bool isOnDisk() const { return !diskHash.isEmpty(); }
};

/// Something wrong with a file in the routines folder (or with the folder itself), in plain words.
struct StoreProblem {
    QString fileName;                 ///< Bare file name, or empty when it is about the folder.
    QString message;                  ///< What happened and why, as full sentences.
    QString movedTo;                  ///< Full path the unreadable file was moved to, or empty.
    bool recoveredFromBackup = false; ///< The file's last good copy (`<file>.bak`) was restored and loaded.
};

/// What RoutineStore::loadAll() found.
struct StoreLoadReport {
    QList<StoredRoutine> routines; ///< Sorted by routine name, ignoring case (then by file name).
    QList<StoreProblem> problems;
};

/// The user's personal routines: one routine file per routine in one folder
/// (the app passes `QStandardPaths::AppDataLocation + "/routines"`). See docs/routine-format.md,
/// "Where routine files live", for the recovery rules.
///
/// Text from files (routine names, notes) is returned as it is; views must show it as plain text.
class RoutineStore {
public:
    using LoadReport = StoreLoadReport;

    /// Longest slug newFileName() makes, before ".json".
    static constexpr int kMaxSlugLength = 48;

    explicit RoutineStore(QString folder);
    ~RoutineStore();
    RoutineStore(const RoutineStore&) = delete;
    RoutineStore& operator=(const RoutineStore&) = delete;

    /// The folder given to the constructor.
    QString folder() const { return m_folder; }
    /// Full path of a bare file name inside the folder.
    QString pathOf(const QString& fileName) const;

    /// How loadAll() treats what it finds.
    enum class LoadMode {
        /// For the routine editor, which saves into the folder: the folder is created when missing, and a
        /// damaged file is moved aside (so no later save can overwrite it) and its last good copy restored.
        Recover,
        /// For commands that only read: nothing on disk is created, moved or restored. A damaged file is
        /// reported and left out, never replaced by an older copy.
        ReportOnly,
    };

    /// Reads every routine file in the folder. Files from a newer RollGuide are loaded read-only; files
    /// whose names RollGuide cannot use are reported. Never throws; problems are reported, not fatal.
    LoadReport loadAll(LoadMode mode = LoadMode::Recover);

    /// Writes the routine to its file atomically, keeping the previous copy as `<file>.bak`.
    /// Refuses read-only routines, routines that would not read back, and, unless
    /// `overwriteExternalChanges`, a file changed elsewhere since it was loaded or last saved.
    /// On success the disk fingerprint in `r` is updated; on failure nothing on disk is damaged and
    /// `r` is left as it was. Fails with a sentence naming the routine and the problem.
    Status save(StoredRoutine& r, bool overwriteExternalChanges = false);

    /// Saves the routine under a new file name made from its name (for a read-only routine, or to keep
    /// both versions after a change made elsewhere). On success `r` becomes the new, writable copy.
    Status saveAsNew(StoredRoutine& r);

    /// True when the routine's file is not what `r` last saw: changed, deleted or created elsewhere.
    bool changedOnDisk(const StoredRoutine& r) const;

    /// A safe, unique bare file name for a new routine: a slug of the name made only of [a-z0-9-]
    /// (at most kMaxSlugLength characters, "routine" when nothing is left) plus ".json". Unique among
    /// the folder's files (and their backups) and the names handed out by this store; the name is
    /// reserved for this session.
    QString newFileName(const QString& routineName);

    /// Removes a routine file but keeps it recoverable: it is renamed to
    /// `<file>.deleted-YYYYMMDD-HHMMSS[-n]` in the same folder (its `.bak` stays too). Refuses names that
    /// are not a bare routine file name. Gives the path the file was moved to.
    Result<QString> remove(const QString& fileName);

    /// Reads an untrusted routine file (regular files only, size cap, strict parse). Gives the routine
    /// (texts kept verbatim, unknown exercise ids kept, id cleared), or a sentence naming the file and the
    /// problem. Where the routine goes is the caller's choice.
    static Result<Routine> importFile(const QString& path);

    /// Writes the routine as a routine file at `path`, atomically. Refuses routines that would not read back.
    static Status exportFile(const Routine& routine, const QString& path);

    /// Claims the folder for this process with a lock held for the store's lifetime (an flock() on the
    /// hidden file `.rollguide-instance.lock`; the system drops it when the process ends, even by a crash).
    /// Returns true when another running RollGuide holds it (the GUI can warn; change detection still keeps
    /// either from overwriting the other's saves). Returns false when the claim succeeded or cannot be
    /// decided.
    bool otherInstanceRunning();

    /// True for a plain file name with no folder part: not empty, no '/', '\\', NUL or control
    /// characters, not starting with '.'.
    static bool isBareFileName(const QString& name);

private:
    QString m_folder;
    QSet<QString> m_reserved;  ///< Names handed out by newFileName().
    int m_instanceLockFd = -1; ///< Holds the instance lock once claimed.
};

} // namespace rollguide
