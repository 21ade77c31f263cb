// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace rollguide {

/// Why a file operation failed, from an errno value, in plain words ("the disk is full").
QString describeFileError(int errnoValue);

/// A file's bytes, read with a size cap from a regular file only.
struct RegularFileRead {
    enum Status {
        Ok,       ///< `bytes` holds the whole file.
        Missing,  ///< Nothing is there (or a symbolic link points nowhere).
        TooLarge, ///< A regular file over the cap; `bytes` is empty.
        Failed,   ///< Not a regular file, or it could not be opened or read.
    };
    Status status = Missing;
    QByteArray bytes;
    qint64 size = -1;       ///< Size on disk, from fstat (or stat when it could not be opened).
    qint64 modifiedMs = -1; ///< Modification time in ms since the epoch.
    QString error; ///< Why it is not Ok: lower case, no final stop ("it is a named pipe, not a file").

    bool ok() const { return status == Ok; }
};

/// Size and modification time of what `path` names, following symbolic links; -1 for both when
/// nothing is there.
struct FileState {
    qint64 size = -1;
    qint64 modifiedMs = -1;
};
FileState fileState(const QString& path);

/// Reads a whole file of at most `maxBytes`. The file is opened with O_NONBLOCK and checked with fstat
/// on that descriptor, so a named pipe, a device or a socket is refused and never blocks; folders,
/// symbolic-link loops and missing files get their own words. Qt resource paths (":/...") are read
/// from the binary. Never throws.
RegularFileRead readRegularFile(const QString& path, qint64 maxBytes);

/// What is at `path` (not following a final symbolic link), for messages: "a folder", "a named pipe" ...
/// Empty when it is a regular file or a link to one, or when nothing is there.
QString describeNonRegular(const QString& path);

/// Writes `data` to `path` atomically: the file is either fully replaced or left as it was.
/// A temporary file in the same folder is written, checked byte for byte, flushed to disk and renamed
/// over the target; errors name the file and say why in plain words (a full disk says so). A target
/// that is a folder, a pipe or a device is refused. With `keepPrevious`, the file being replaced is kept
/// as `path + ".bak"`. Fails with a sentence naming the file and the problem.
Status writeFileAtomically(const QString& path, const QByteArray& data, bool keepPrevious);

/// Moves a file that could not be read out of the way, to `path.unreadable-YYYYMMDD-HHMMSS[-n]`.
/// Gives the new path, or why it could not be moved (the file is then left untouched).
Result<QString> moveAside(const QString& path);

/// The backup kept by writeFileAtomically().
inline QString backupPathFor(const QString& path) {
    return path + QStringLiteral(".bak");
}

/// The path with every symbolic link and "." or ".." resolved, also for a file that does not exist
/// yet (its folder is resolved, and a dangling link is followed to where it would write). Used to tell
/// whether two paths name one file.
QString resolvedPath(const QString& path);

/// True when both paths name one file: the same resolved path, or (for files that exist) the same
/// device and inode, which also catches a hard link.
bool isSameFile(const QString& a, const QString& b);

/// True when `path` (resolved) is `folder` (resolved) or lies inside it.
bool isInsideFolder(const QString& path, const QString& folder);

} // namespace rollguide
