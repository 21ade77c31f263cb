// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SafeFile)
};

QByteArray encoded(const QString& path) {
    return QFile::encodeName(path);
}

qint64 modifiedMsOf(const struct stat& st) {
    return qint64(st.st_mtim.tv_sec) * 1000 + qint64(st.st_mtim.tv_nsec) / 1000000;
}

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return Text::tr("this is a folder, not a file");
    if (S_ISFIFO(mode))
        return Text::tr("it is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return Text::tr("it is a socket, not a regular file");
    if (!S_ISREG(mode))
        return Text::tr("it is not a regular file");
    return {};
}

/// Closes a descriptor when it goes out of scope.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
    int release() {
        const int f = fd;
        fd = -1;
        return f;
    }
};

/// Writes all of `data`, retrying after signals; returns 0 or the errno of the failure.
int writeAll(int fd, const QByteArray& data) {
    const char* p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
    }
    return 0;
}

/// Copies `from` to `to` (a new file), for a backup where a hard link cannot be made.
bool copyFile(const QString& from, const QString& to, mode_t mode) {
    const RegularFileRead old = readRegularFile(from, qint64(1) << 40);
    if (!old.ok())
        return false;
    Fd out{::open(encoded(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)};
    if (out.fd < 0)
        return false;
    const bool ok = writeAll(out.fd, old.bytes) == 0 && ::fsync(out.fd) == 0;
    if (::close(out.release()) != 0 || !ok) {
        ::unlink(encoded(to).constData());
        return false;
    }
    return true;
}
} // namespace

QString describeFileError(int errnoValue) {
    switch (errnoValue) {
    case ENOSPC:
        return Text::tr("the disk is full");
    case EDQUOT:
        return Text::tr("your disk quota is used up");
    case EFBIG:
        return Text::tr("the file would be larger than this system allows");
    case EROFS:
        return Text::tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return Text::tr("permission denied");
    case ENOENT:
        return Text::tr("it does not exist");
    case ENOTDIR:
        return Text::tr("a part of the path is not a folder");
    case EISDIR:
        return Text::tr("this is a folder, not a file");
    case ELOOP:
        return Text::tr("its symbolic links form a loop");
    case ENAMETOOLONG:
        return Text::tr("the name is too long");
    case EIO:
        return Text::tr("the disk reported an input/output error");
    case EMFILE:
    case ENFILE:
        return Text::tr("too many files are open");
    case ENXIO:
        return Text::tr("nothing is reading from it");
    default:
        return QString::fromLocal8Bit(strerror(errnoValue));
    }
}

FileState fileState(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000 + qint64(st.st_mtim.tv_nsec) / 1000000};
}

RegularFileRead readRegularFile(const QString& path, qint64 maxBytes) {
    RegularFileRead r;
    const auto fail = [&r](RegularFileRead::Status status, const QString& why) {
        r.status = status;
        r.error = why;
        r.bytes.clear();
        return r;
    };

    if (path.startsWith(u':')) {
        // A Qt resource, compiled into the binary: trusted, and never a pipe.
        QFile file(path);
        if (!file.exists())
            return fail(RegularFileRead::Missing, Text::tr("the file does not exist"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(RegularFileRead::Failed,
                        Text::tr("the file cannot be read: %1").arg(file.errorString()));
        r.size = file.size();
        r.bytes = file.read(maxBytes + 1);
        if (r.bytes.size() > maxBytes)
            return fail(RegularFileRead::TooLarge,
                        Text::tr("the file is larger than the limit of %1 bytes").arg(maxBytes));
        r.status = RegularFileRead::Ok;
        return r;
    }
    if (path.isEmpty())
        return fail(RegularFileRead::Missing, Text::tr("no file was named"));

    const QByteArray name = encoded(path);
    int fd = -1;
    do
        fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        struct stat st {};
        if (err == ENOENT) {
            if (::lstat(name.constData(), &st) == 0 && S_ISLNK(st.st_mode))
                return fail(RegularFileRead::Missing,
                            Text::tr("it is a symbolic link to %1, which does not exist")
                                .arg(QFileInfo(path).symLinkTarget()));
            return fail(RegularFileRead::Missing, Text::tr("the file does not exist"));
        }
        if (err == ENXIO && ::stat(name.constData(), &st) == 0)
            return fail(RegularFileRead::Failed, kindOf(st.st_mode));
        if (err == ELOOP)
            return fail(RegularFileRead::Failed, Text::tr("its symbolic links form a loop"));
        return fail(RegularFileRead::Failed,
                    Text::tr("the file cannot be opened: %1").arg(describeFileError(err)));
    }
    Fd guard{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return fail(RegularFileRead::Failed,
                    Text::tr("the file cannot be read: %1").arg(describeFileError(errno)));
    r.size = qint64(st.st_size);
    r.modifiedMs = modifiedMsOf(st);
    if (const QString kind = kindOf(st.st_mode); !kind.isEmpty())
        return fail(RegularFileRead::Failed, kind);
    if (r.size > maxBytes)
        return fail(RegularFileRead::TooLarge,
                    Text::tr("the file is %1 bytes; the limit is %2 bytes").arg(r.size).arg(maxBytes));
    // A regular file: reads do not block, whatever O_NONBLOCK says. Some files (in /proc) do not know
    // their size up front, so read up to one byte past the cap.
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(std::max<qint64>(r.size, 4096), maxBytes + 1)));
    qint64 got = 0;
    while (got <= maxBytes) {
        if (got == bytes.size())
            bytes.resize(qsizetype(std::min<qint64>(bytes.size() * 2, maxBytes + 1)));
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(RegularFileRead::Failed,
                        Text::tr("the file cannot be read: %1").arg(describeFileError(errno)));
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got > maxBytes)
        return fail(RegularFileRead::TooLarge,
                    Text::tr("the file is larger than the limit of %1 bytes").arg(maxBytes));
    bytes.truncate(qsizetype(got));
    r.bytes = bytes;
    r.status = RegularFileRead::Ok;
    return r;
}

QString describeNonRegular(const QString& path) {
    struct stat st {};
    const QByteArray name = encoded(path);
    if (::stat(name.constData(), &st) != 0) {
        if (errno == ELOOP)
            return Text::tr("its symbolic links form a loop");
        return {};
    }
    return kindOf(st.st_mode);
}

Status writeFileAtomically(const QString& path, const QByteArray& data, bool keepPrevious) {
    if (const QString kind = describeNonRegular(path); !kind.isEmpty())
        return Status::failure(Text::tr("%1 cannot be written: %2").arg(path, kind));
    // Write where a symbolic link points, so the link stays a link.
    QString target = path;
    if (QFileInfo(path).isSymLink()) {
        const QString resolved = resolvedPath(path);
        if (!resolved.isEmpty())
            target = resolved;
    }
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(Text::tr("the folder %1 cannot be created").arg(folder));

    struct stat old {};
    const bool exists = ::stat(encoded(target).constData(), &old) == 0;
    mode_t mode = 0666;
    if (exists) {
        mode = old.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode &= ~mask;
    }

    QByteArray temp = encoded(folder + u'/' + u'.' + info.fileName() + QStringLiteral(".XXXXXX"));
    Fd out{::mkostemp(temp.data(), O_CLOEXEC)};
    if (out.fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Status::failure(
                Text::tr("%1 cannot be written: the folder %2 does not take new files").arg(path, folder));
        return Status::failure(Text::tr("%1 cannot be written: %2").arg(path, describeFileError(err)));
    }
    const auto discard = [&](const QString& message) {
        ::close(out.release());
        ::unlink(temp.constData());
        return Status::failure(message);
    };
    ::fchmod(out.fd, mode);
    if (const int err = writeAll(out.fd, data))
        return discard(Text::tr("%1 could not be written in full: %2").arg(path, describeFileError(err)));
    if (::fsync(out.fd) != 0)
        return discard(Text::tr("%1 could not be written: %2").arg(path, describeFileError(errno)));
    if (::close(out.release()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        return Status::failure(Text::tr("%1 could not be written: %2").arg(path, describeFileError(err)));
    }

    if (keepPrevious && exists) {
        // A hard link keeps the old contents without needing space; fall back to a copy.
        const QByteArray backup = encoded(backupPathFor(target));
        ::unlink(backup.constData());
        if (::link(encoded(target).constData(), backup.constData()) != 0 &&
            !copyFile(target, backupPathFor(target), mode)) {
            ::unlink(temp.constData());
            return Status::failure(
                Text::tr("the previous copy of %1 could not be kept, so it was not replaced").arg(path));
        }
    }
    if (::rename(temp.constData(), encoded(target).constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        return Status::failure(Text::tr("%1 could not be saved: %2").arg(path, describeFileError(err)));
    }
    // Make the rename itself durable.
    Fd dir{::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0)
        ::fsync(dir.fd);
    return {};
}

Result<QString> moveAside(const QString& path) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.unreadable-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QStringLiteral("%1.unreadable-%2-%3").arg(path, stamp).arg(n);
    if (::rename(encoded(path).constData(), encoded(target).constData()) != 0)
        return Result<QString>::failure(
            Text::tr("%1 could not be moved aside: %2").arg(path, describeFileError(errno)));
    return target;
}

QString resolvedPath(const QString& path) {
    QString current = QFileInfo(path).absoluteFilePath();
    // Follow a chain of links that may end where nothing exists yet; give up on loops.
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        if (!info.isSymLink())
            break;
        current = info.symLinkTarget();
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(current);
    return QDir::cleanPath(folder + u'/' + info.fileName());
}

bool isSameFile(const QString& a, const QString& b) {
    struct stat sa {};
    struct stat sb {};
    if (::stat(encoded(a).constData(), &sa) == 0 && ::stat(encoded(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return resolvedPath(a) == resolvedPath(b);
}

bool isInsideFolder(const QString& path, const QString& folder) {
    const QString p = resolvedPath(path);
    const QString f = resolvedPath(folder);
    if (p.isEmpty() || f.isEmpty())
        return false;
    return p == f || p.startsWith(f.endsWith(u'/') ? f : f + u'/');
}

} // namespace rollguide
