// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "FolderLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <utility>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rollguide {

FolderLock::FolderLock(const QString& path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644)) {}

FolderLock::~FolderLock() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FolderLock::tryLock(bool& busy) {
    busy = false;
    if (m_fd < 0)
        return false;
    int rc = 0;
    do
        rc = ::flock(m_fd, LOCK_EX | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    busy = rc != 0 && errno == EWOULDBLOCK;
    return rc == 0;
}

bool FolderLock::lock(int timeoutMs, bool& busy) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!tryLock(busy)) {
        if (!busy || deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}

int FolderLock::release() {
    return std::exchange(m_fd, -1);
}

} // namespace rollguide
