// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SafeFile.h"
#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace rollguide;

TEST_CASE("An atomic write replaces the file and keeps the previous copy", "[safefile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/routine.json"));
    REQUIRE(writeFileAtomically(path, "first", true).ok());
    CHECK(readFileBytes(path) == "first");
    CHECK_FALSE(QFile::exists(backupPathFor(path)));
    REQUIRE(writeFileAtomically(path, "second", true).ok());
    CHECK(readFileBytes(path) == "second");
    CHECK(readFileBytes(backupPathFor(path)) == "first");
    REQUIRE(writeFileAtomically(path, "third", false).ok());
    CHECK(readFileBytes(path) == "third");
    CHECK(readFileBytes(backupPathFor(path)) == "first");
}

TEST_CASE("A write that hits the file-size limit fails and leaves the old file whole", "[safefile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    const QByteArray old(1000, 'a');
    REQUIRE(writeFileAtomically(path, old, true).ok());
    Status error;
    {
        FileSizeLimit limit(4096);
        error = writeFileAtomically(path, QByteArray(100000, 'b'), true);
    }
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("routine.json")));
    CHECK(readFileBytes(path) == old);
    // No temporary files are left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() <= 2);
}

TEST_CASE("A write into a folder that cannot be created says so", "[safefile]") {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto error = writeFileAtomically(dir.filePath(QStringLiteral("file/inside/r.json")), "x", true);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("cannot be created")));
}

TEST_CASE("An unreadable file is moved aside, never overwritten", "[safefile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    REQUIRE(writeFileAtomically(path, "{not json", false).ok());
    const auto first = moveAside(path);
    REQUIRE(first.ok());
    CHECK(first->contains(QStringLiteral("broken.json.unreadable-")));
    CHECK(readFileBytes(*first) == "{not json");
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(writeFileAtomically(path, "{again", false).ok());
    const auto second = moveAside(path);
    REQUIRE(second.ok());
    CHECK(*second != *first);
    CHECK(readFileBytes(*first) == "{not json");
    CHECK_FALSE(moveAside(dir.filePath(QStringLiteral("missing.json"))).ok());
}

TEST_CASE("Only regular files are read: pipes, folders, loops and dangling links are named, never waited on",
          "[safefile]") {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const RegularFileRead pipe = readRegularFile(fifo, 100); // a plain open() would block here forever
    CHECK(pipe.status == RegularFileRead::Failed);
    CHECK(pipe.error.contains(QStringLiteral("named pipe")));

    const RegularFileRead folder = readRegularFile(dir.path(), 100);
    CHECK(folder.status == RegularFileRead::Failed);
    CHECK(folder.error == QStringLiteral("this is a folder, not a file"));

    REQUIRE(QFile::link(dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("a"))));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))));
    CHECK(readRegularFile(dir.filePath(QStringLiteral("a")), 100).error ==
          QStringLiteral("its symbolic links form a loop"));

    REQUIRE(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
    const RegularFileRead dangling = readRegularFile(dir.filePath(QStringLiteral("dangling")), 100);
    CHECK(dangling.status == RegularFileRead::Missing);
    CHECK(dangling.error.contains(QStringLiteral("symbolic link to")));

    const RegularFileRead device = readRegularFile(QStringLiteral("/dev/zero"), 100);
    CHECK(device.error.contains(QStringLiteral("device")));

    REQUIRE(writeFileAtomically(dir.filePath(QStringLiteral("f")), "12345", false).ok());
    CHECK(readRegularFile(dir.filePath(QStringLiteral("f")), 5).bytes == "12345");
    CHECK(readRegularFile(dir.filePath(QStringLiteral("f")), 4).status == RegularFileRead::TooLarge);
    // Files that do not know their size (in /proc) are still capped.
    CHECK(readRegularFile(QStringLiteral("/proc/self/status"), 10).status == RegularFileRead::TooLarge);
    CHECK(readRegularFile(QStringLiteral("/proc/self/status"), 1 << 20).bytes.contains("Name:"));
}

TEST_CASE("An atomic write refuses pipes and folders, writes through a link, and keeps the file's mode",
          "[safefile]") {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto onPipe = writeFileAtomically(fifo, "x", false);
    REQUIRE_FALSE(onPipe.ok());
    CHECK(onPipe.error().contains(QStringLiteral("named pipe")));
    CHECK(QFileInfo(fifo).isFile() == false);
    const auto onFolder = writeFileAtomically(dir.path(), "x", false);
    REQUIRE_FALSE(onFolder.ok());
    CHECK(onFolder.error().contains(QStringLiteral("folder")));

    const QString target = dir.filePath(QStringLiteral("target"));
    REQUIRE(writeFileAtomically(target, "old", false).ok());
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(target, link));
    REQUIRE(writeFileAtomically(link, "new", false).ok());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(readFileBytes(target) == "new");
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(target).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
}

TEST_CASE("Paths that name one file are recognised through links and ..", "[safefile]") {
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("data/routines")));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("alias"))));
    CHECK(resolvedPath(dir.filePath(QStringLiteral("alias/routines/../routines/new.pdf"))) ==
          resolvedPath(dir.filePath(QStringLiteral("data/routines/new.pdf"))));
    CHECK(isInsideFolder(dir.filePath(QStringLiteral("alias/routines/x.pdf")),
                         dir.filePath(QStringLiteral("data"))));
    CHECK_FALSE(isInsideFolder(dir.filePath(QStringLiteral("data-other/x.pdf")),
                               dir.filePath(QStringLiteral("data"))));
    // A dangling link is followed to where it would write.
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("data/routines/later.json")),
                        dir.filePath(QStringLiteral("soon.pdf"))));
    CHECK(isInsideFolder(dir.filePath(QStringLiteral("soon.pdf")), dir.filePath(QStringLiteral("data"))));
}

TEST_CASE("Write errors name the cause in plain words", "[safefile]") {
    CHECK(describeFileError(ENOSPC) == QStringLiteral("the disk is full"));
    CHECK(describeFileError(EFBIG).contains(QStringLiteral("larger than this system allows")));
    CHECK(describeFileError(EROFS) == QStringLiteral("the disk is read-only"));
}
