// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogLoader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <csignal>
#include <ostream>

#include <sys/mount.h>
#include <sys/resource.h>

/// Requires that a Status or Result worked, and shows its error when it did not.
#define REQUIRE_NO_ERROR(expr)                                                                               \
    do {                                                                                                     \
        const auto status_ = (expr);                                                                         \
        INFO("error: " << (status_.ok() ? std::string() : status_.error().toStdString()));                   \
        REQUIRE(status_.ok());                                                                               \
    } while (false)

inline QString testData(const QString& relative) {
    return QStringLiteral(ROLLGUIDE_TEST_DATA "/") + relative;
}

/// A file's bytes, or empty when it cannot be read.
inline QByteArray readFileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline std::ostream& operator<<(std::ostream& os, const QString& s) {
    return os << s.toStdString();
}

/// Lowers this process's file-size limit while in scope, so writes past it fail with EFBIG the way a
/// full disk makes them fail (SIGXFSZ is ignored meanwhile; both are restored after).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim = m_old;
        lim.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lim);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

/// A small tmpfs mounted for the test's lifetime, when the system allows it (as root).
class SmallTmpfs {
public:
    explicit SmallTmpfs(const QString& dir, const char* size = "size=64k")
        : m_dir(QFile::encodeName(dir))
        , m_size(size) {
        m_mounted = ::mount("tmpfs", m_dir.constData(), "tmpfs", 0, m_size) == 0;
    }
    ~SmallTmpfs() {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs&) = delete;
    SmallTmpfs& operator=(const SmallTmpfs&) = delete;

    bool mounted() const { return m_mounted; }
    bool remount(bool readOnly) {
        return ::mount("tmpfs", m_dir.constData(), "tmpfs", MS_REMOUNT | (readOnly ? MS_RDONLY : 0),
                       m_size) == 0;
    }
    bool remountReadOnly() { return remount(true); }

private:
    QByteArray m_dir;
    const char* m_size;
    bool m_mounted = false;
};

/// The catalog compiled into the binary, loaded once; the test fails if it does not load.
inline const rollguide::Catalog& bundledCatalog() {
    static const rollguide::CatalogLoadResult loaded =
        rollguide::loadCatalogFile(rollguide::Catalog::bundledPath());
    INFO(loaded.errorText().toStdString());
    REQUIRE(loaded.ok());
    return *loaded.catalog;
}

/// The built-in routine with this id; the test fails if there is none.
inline rollguide::Routine builtInRoutine(const rollguide::Catalog& c, const QString& id) {
    for (const rollguide::Routine& r : c.routines)
        if (r.id == id)
            return r;
    FAIL("no built-in routine " << id.toStdString());
    return {};
}
