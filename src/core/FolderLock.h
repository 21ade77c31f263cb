// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rollguide {

/// An exclusive flock() on a hidden file in a folder (the routines folder's save and instance locks).
/// The system drops it when the holder closes it, exits or dies, so a crash never leaves a stale lock
/// behind. (A QLockFile killed between creating its file and writing its process id into it blocks
/// everyone else until the file is old.)
class FolderLock {
public:
    /// Opens (creating) the lock file at `path`; opened() says whether that worked.
    explicit FolderLock(const QString& path);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    bool opened() const { return m_fd >= 0; }
    /// Takes the lock without waiting; on failure `busy` tells whether someone else holds it.
    bool tryLock(bool& busy);
    /// Waits up to `timeoutMs` for the lock; false with `busy` when someone else kept it all along.
    bool lock(int timeoutMs, bool& busy);
    /// Hands the open, locked file over to the caller, who closes it to unlock.
    int release();

private:
    int m_fd = -1;
};

} // namespace rollguide
