// SPDX-License-Identifier: MIT
#include "SafeFile.h"
#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace rollguide;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("An atomic write replaces the file and keeps the previous copy", "[safefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/routine.json"));
    REQUIRE_FALSE(writeFileAtomically(path, "first", true).has_value());
    CHECK(readAll(path) == "first");
    CHECK_FALSE(QFile::exists(backupPathFor(path)));
    REQUIRE_FALSE(writeFileAtomically(path, "second", true).has_value());
    CHECK(readAll(path) == "second");
    CHECK(readAll(backupPathFor(path)) == "first");
    REQUIRE_FALSE(writeFileAtomically(path, "third", false).has_value());
    CHECK(readAll(path) == "third");
    CHECK(readAll(backupPathFor(path)) == "first");
}

TEST_CASE("A write that hits the file-size limit fails and leaves the old file whole", "[safefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    const QByteArray old(1000, 'a');
    REQUIRE_FALSE(writeFileAtomically(path, old, true).has_value());
    std::optional<QString> error;
    {
        FileSizeLimit limit(4096);
        error = writeFileAtomically(path, QByteArray(100000, 'b'), true);
    }
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("routine.json")));
    CHECK(readAll(path) == old);
    // No temporary files are left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() <= 2);
}

TEST_CASE("A write into a folder that cannot be created says so", "[safefile]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto error = writeFileAtomically(dir.filePath(QStringLiteral("file/inside/r.json")), "x", true);
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("cannot be created")));
}

TEST_CASE("An unreadable file is moved aside, never overwritten", "[safefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    REQUIRE_FALSE(writeFileAtomically(path, "{not json", false).has_value());
    const auto first = moveAside(path);
    REQUIRE(first.has_value());
    CHECK(first->contains(QStringLiteral("broken.json.unreadable-")));
    CHECK(readAll(*first) == "{not json");
    CHECK_FALSE(QFile::exists(path));
    REQUIRE_FALSE(writeFileAtomically(path, "{again", false).has_value());
    const auto second = moveAside(path);
    REQUIRE(second.has_value());
    CHECK(*second != *first);
    CHECK(readAll(*first) == "{not json");
    CHECK_FALSE(moveAside(dir.filePath(QStringLiteral("missing.json"))).has_value());
}
