// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The personal routine store: round trips, recovery from damaged files, newer files kept read-only,
// failed saves that damage nothing, saves killed mid-way, and two RollGuides on one folder.
#include "Routine.h"
#include "RoutineStore.h"
#include "SafeFile.h"
#include "TestUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <random>

#include <sched.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rollguide;

namespace {
const QString kFile = QStringLiteral("routine.json");

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray fixture(const char* name) {
    return readFileBytes(testData(QStringLiteral("store/") + QLatin1String(name)));
}

/// Visible files in a folder (the store's lock files are hidden).
QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

Dose dose(DoseUnit unit, int amount, int sets, bool perSide, int rest) {
    return {unit, amount, sets, perSide, rest};
}

Routine sampleRoutine() {
    Routine r;
    r.name = QStringLiteral("Morning \"stretch\" \u00e9 <b>bold</b>");
    r.description = QStringLiteral("Line one\nline two & <i>three</i>");
    r.steps = {
        {QStringLiteral("upper-back-seated-roll"), dose(DoseUnit::Seconds, 45, 2, false, 15)},
        {QStringLiteral("sacrum-hip-release"), dose(DoseUnit::Breaths, 10, 3, true, 20)},
        {QStringLiteral("retired-move-2019"), dose(DoseUnit::Seconds, 600, 10, true, 600)},
        {QStringLiteral("thoracic-extension"), dose(DoseUnit::Breaths, 1, 1, false, 0)},
    };
    return r;
}

/// A routine of the largest size a person can make: 200 steps and long notes.
Routine bigRoutine(const QString& name) {
    Routine r;
    r.name = name;
    r.description = QString(2000, u'n');
    for (int i = 0; i < kMaxRoutineSteps; ++i)
        r.steps.append({QStringLiteral("move-%1").arg(i),
                        dose(i % 2 ? DoseUnit::Breaths : DoseUnit::Seconds, 30, 2, i % 3 == 0, 10)});
    return r;
}

StoredRoutine newStored(RoutineStore& store, const Routine& routine) {
    StoredRoutine s;
    s.fileName = store.newFileName(routine.name);
    s.routine = routine;
    return s;
}

void requireSameRoutine(const Routine& a, const Routine& b) {
    CHECK(a.name == b.name);
    CHECK(a.description == b.description);
    REQUIRE(a.steps.size() == b.steps.size());
    for (int i = 0; i < a.steps.size(); ++i) {
        INFO("step " << i);
        CHECK(a.steps[i].exerciseId == b.steps[i].exerciseId);
        CHECK(a.steps[i].dose == b.steps[i].dose);
    }
}

} // namespace

TEST_CASE("Routine store: A saved routine loads back with every field, unknown moves kept", "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    StoredRoutine s = newStored(store, sampleRoutine());
    CHECK_FALSE(s.isOnDisk());
    REQUIRE_NO_ERROR(store.save(s));
    CHECK(s.isOnDisk());
    CHECK(s.diskSize == QFileInfo(store.pathOf(s.fileName)).size());
    CHECK(s.diskHash.size() == 32);

    RoutineStore other(dir.path());
    const auto report = other.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 1);
    const StoredRoutine& back = report.routines[0];
    CHECK(back.fileName == s.fileName);
    CHECK_FALSE(back.readOnly);
    requireSameRoutine(back.routine, s.routine);
    CHECK(back.routine.steps[2].exerciseId == QStringLiteral("retired-move-2019"));
    CHECK(back.diskHash == s.diskHash);
    CHECK(back.diskSize == s.diskSize);
    CHECK(back.diskModifiedMs == s.diskModifiedMs);

    // A second save keeps the first version as the backup.
    const QByteArray first = readFileBytes(store.pathOf(s.fileName));
    s.routine.steps.removeLast();
    REQUIRE_NO_ERROR(store.save(s));
    CHECK(readFileBytes(backupPathFor(store.pathOf(s.fileName))) == first);
    CHECK(parseRoutine(readFileBytes(store.pathOf(s.fileName))).routine->steps.size() == 3);
}

TEST_CASE("Routine store: A routine file from the docs loads, and routines are sorted by name ignoring case",
          "[store]") {
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("b.json")), fixture("valid.json"));
    RoutineStore store(dir.path());
    StoredRoutine lower;
    lower.fileName = QStringLiteral("a.json");
    lower.routine = sampleRoutine();
    lower.routine.name = QStringLiteral("morning");
    StoredRoutine upper = lower;
    upper.fileName = QStringLiteral("c.json");
    upper.routine.name = QStringLiteral("Abdominal");
    REQUIRE_NO_ERROR(store.save(lower));
    REQUIRE_NO_ERROR(store.save(upper));

    const auto report = store.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 3);
    CHECK(report.routines[0].routine.name == QStringLiteral("Abdominal"));
    CHECK(report.routines[1].routine.name == QStringLiteral("morning"));
    CHECK(report.routines[2].routine.name == QStringLiteral("Morning stretch"));
    const Routine& r = report.routines[2].routine;
    CHECK(r.description == QStringLiteral("Slowly.\nStop if anything tingles."));
    REQUIRE(r.steps.size() == 2);
    CHECK(r.steps[0].dose == dose(DoseUnit::Seconds, 45, 2, false, 15));
    CHECK(r.steps[1].exerciseId == QStringLiteral("retired-move"));
    CHECK(r.steps[1].dose == dose(DoseUnit::Breaths, 10, 1, true, 0));
}

TEST_CASE("Routine store: A routine file cut short at any byte is moved aside and its backup restored",
          "[store]") {
    // Each round restores the backup with a synced write; on a RAM disk (when there is one) that costs
    // microseconds instead of a disk flush, so every offset can be tried quickly.
    const bool ramDisk = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir dir(ramDisk ? QStringLiteral("/dev/shm/rollguide-store-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/rollguide-store-XXXXXX"));
    REQUIRE(dir.isValid());
    RoutineStore store(dir.path());
    const QString path = store.pathOf(kFile);
    const QString backup = backupPathFor(path);
    const QByteArray good = serializeRoutine(sampleRoutine());
    REQUIRE(good.size() > 300);

    int recovered = 0;
    for (qsizetype length = 0; length < good.size(); ++length) {
        INFO("file cut to " << length << " of " << good.size() << " bytes");
        const QByteArray cut = good.left(length);
        writeBytes(path, cut);
        writeBytes(backup, good);

        const auto report = store.loadAll();
        REQUIRE(report.routines.size() == 1);
        requireSameRoutine(report.routines[0].routine, sampleRoutine());
        CHECK(readFileBytes(backup) == good); // the good copy is never lost
        CHECK(readFileBytes(path) == (cut.trimmed() == good.trimmed() ? cut : good));
        if (cut.trimmed() == good.trimmed()) {
            // Only the final newline is missing: still a whole routine.
            CHECK(report.problems.isEmpty());
            continue;
        }
        REQUIRE(report.problems.size() == 1);
        const StoreProblem& p = report.problems[0];
        CHECK(p.fileName == kFile);
        CHECK(p.recoveredFromBackup);
        CHECK(p.message.startsWith(QStringLiteral("routine.json could not be read: ")));
        CHECK((p.message.contains(QStringLiteral("line ")) ||
               p.message.contains(QStringLiteral("the file is empty"))));
        CHECK(p.message.contains(QStringLiteral("routine.json.bak, was restored")));
        REQUIRE(p.movedTo.contains(QStringLiteral("routine.json.unreadable-")));
        CHECK(p.message.contains(QFileInfo(p.movedTo).fileName()));
        REQUIRE(readFileBytes(p.movedTo) == cut); // the damaged file is kept as it was
        REQUIRE(QFile::remove(p.movedTo));
        ++recovered;
    }
    CHECK(recovered == good.size() - 1);
    CHECK(filesIn(dir.path()) ==
          QStringList({QStringLiteral("routine.json"), QStringLiteral("routine.json.bak")}));
}

TEST_CASE(
    "Routine store: Damaged routine files are moved aside with a message naming the file and the reason",
    "[store]") {
    struct Case {
        const char* fixture;
        const char* reason;
    };
    const Case cases[] = {
        {"empty.json", "the file is empty"},
        {"nul-byte.json", "line 3, column 15: the file contains a NUL byte"},
        {"invalid-utf8.json", "line 3, column 15: the file is not valid UTF-8 text"},
        {"wrong-types.json", "/name: "},
        {"huge-number.json", "a number is too large"},
        {"deep-nesting.json", "nests deeper than 32 levels"},
        {nullptr, "the file is 300000 bytes; the limit is 262144 bytes"},
    };
    for (const Case& c : cases) {
        INFO("fixture " << (c.fixture ? c.fixture : "huge file"));
        QTemporaryDir dir;
        const QString name = c.fixture ? QString::fromUtf8(c.fixture) : QStringLiteral("huge.json");
        const QByteArray bytes = c.fixture ? fixture(c.fixture) : QByteArray(300000, ' ');
        REQUIRE((c.fixture == nullptr || QFileInfo::exists(testData(QStringLiteral("store/") + name))));
        writeBytes(dir.filePath(name), bytes);
        // A good routine beside it still loads.
        writeBytes(dir.filePath(QStringLiteral("good.json")), fixture("valid.json"));

        RoutineStore store(dir.path());
        const auto report = store.loadAll();
        REQUIRE(report.routines.size() == 1);
        CHECK(report.routines[0].fileName == QStringLiteral("good.json"));
        REQUIRE(report.problems.size() == 1);
        const StoreProblem& p = report.problems[0];
        INFO(p.message);
        CHECK(p.fileName == name);
        CHECK(p.message.startsWith(name + QStringLiteral(" could not be read: ")));
        CHECK(p.message.contains(QString::fromUtf8(c.reason)));
        CHECK(p.message.contains(QStringLiteral("It was moved to ") + QFileInfo(p.movedTo).fileName()));
        CHECK(p.message.contains(QStringLiteral("There is no earlier copy to restore.")));
        CHECK_FALSE(p.recoveredFromBackup);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(name)));
        CHECK(readFileBytes(p.movedTo) == bytes);
        CHECK(QFileInfo(p.movedTo).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());

        // Loading again finds nothing more to complain about.
        CHECK(store.loadAll().problems.isEmpty());
    }
}

TEST_CASE("Routine store: A damaged file whose backup is damaged too is reported and both are kept",
          "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    writeBytes(store.pathOf(kFile), "{\"schemaVersion\": 1, \"name\": ");
    writeBytes(backupPathFor(store.pathOf(kFile)), "");
    const auto report = store.loadAll();
    CHECK(report.routines.isEmpty());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message.contains(QStringLiteral("line 1, column")));
    CHECK(report.problems[0].message.contains(
        QStringLiteral("Its earlier copy routine.json.bak could not be read either: the file is empty.")));
    CHECK_FALSE(report.problems[0].recoveredFromBackup);
    CHECK(QFileInfo::exists(backupPathFor(store.pathOf(kFile))));
    CHECK(readFileBytes(report.problems[0].movedTo) == "{\"schemaVersion\": 1, \"name\": ");
}

TEST_CASE("Routine store: A routine from a newer RollGuide is read-only and never saved over", "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    const QByteArray newer = fixture("newer-schema.json");
    const QByteArray unreadable = fixture("newer-schema-unreadable.json");
    REQUIRE_FALSE(newer.isEmpty());
    writeBytes(store.pathOf(QStringLiteral("future.json")), newer);
    writeBytes(store.pathOf(QStringLiteral("blocks.json")), unreadable);

    auto report = store.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 2);
    // Listed by name only: its moves are in a shape this version does not know.
    StoredRoutine blocks = report.routines[0];
    CHECK(blocks.fileName == QStringLiteral("blocks.json"));
    CHECK(blocks.routine.name == QStringLiteral("Blocks routine"));
    CHECK(blocks.routine.steps.isEmpty());
    CHECK(blocks.readOnly);
    CHECK(blocks.readOnlyReason.contains(QStringLiteral("schema version 3")));
    CHECK(blocks.readOnlyReason.contains(QStringLiteral("cannot read its moves")));

    // The fields this version knows are read.
    StoredRoutine future = report.routines[1];
    CHECK(future.fileName == QStringLiteral("future.json"));
    CHECK(future.readOnly);
    CHECK(future.readOnlyReason.contains(QStringLiteral("newer RollGuide (schema version 2)")));
    CHECK(future.routine.name == QStringLiteral("Evening, from the future"));
    CHECK(future.routine.description == QStringLiteral("Written by RollGuide 2."));
    REQUIRE(future.routine.steps.size() == 1);
    CHECK(future.routine.steps[0].exerciseId == QStringLiteral("sacrum-hip-release"));
    CHECK(future.routine.steps[0].dose == dose(DoseUnit::Breaths, 8, 2, true, 10));

    // save() refuses, even when told to overwrite, and even if the flag was cleared by mistake.
    future.routine.name = QStringLiteral("Changed");
    for (const bool overwrite : {false, true}) {
        const auto error = store.save(future, overwrite);
        REQUIRE_FALSE(error.ok());
        CHECK(error.error().startsWith(
            QStringLiteral("\u201cChanged\u201d was not saved: It was written by a newer RollGuide")));
    }
    future.readOnly = false;
    const auto error = store.save(future, true);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("future.json was written by a newer RollGuide")));
    CHECK(readFileBytes(store.pathOf(QStringLiteral("future.json"))) == newer);
    CHECK(readFileBytes(store.pathOf(QStringLiteral("blocks.json"))) == unreadable);
    CHECK_FALSE(QFileInfo::exists(backupPathFor(store.pathOf(QStringLiteral("future.json")))));

    // Saved as a new routine it becomes an ordinary, writable copy; the newer file stays as it was.
    future.readOnly = true;
    REQUIRE_NO_ERROR(store.saveAsNew(future));
    CHECK(future.fileName == QStringLiteral("changed.json"));
    CHECK_FALSE(future.readOnly);
    CHECK(readFileBytes(store.pathOf(QStringLiteral("future.json"))) == newer);
    report = store.loadAll();
    REQUIRE(report.routines.size() == 3);
    CHECK_FALSE(report.routines[1].readOnly);
    CHECK(report.routines[1].routine.name == QStringLiteral("Changed"));
}

TEST_CASE("Routine store: A save that hits the file-size limit fails, damages nothing and leaves no "
          "temporary files",
          "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    StoredRoutine s = newStored(store, sampleRoutine());
    REQUIRE_NO_ERROR(store.save(s));
    REQUIRE_NO_ERROR(store.save(s)); // now there is a backup too
    const QString path = store.pathOf(s.fileName);
    const QByteArray before = readFileBytes(path);
    const QByteArray backupBefore = readFileBytes(backupPathFor(path));
    const StoredRoutine unchanged = s;

    s.routine = bigRoutine(s.routine.name);
    Status error;
    {
        FileSizeLimit limit(4096);
        error = store.save(s);
    }
    REQUIRE_FALSE(error.ok());
    INFO(error.error().toStdString());
    CHECK(error.error().contains(QStringLiteral("was not saved: ")));
    CHECK(error.error().contains(QStringLiteral("could not be written")));
    CHECK(error.error().contains(s.fileName));
    CHECK(error.error().endsWith(QStringLiteral("Your changes are kept here, not saved.")));
    CHECK(readFileBytes(path) == before);
    CHECK(readFileBytes(backupPathFor(path)) == backupBefore);
    CHECK(filesIn(dir.path()) == QStringList({s.fileName, s.fileName + QStringLiteral(".bak")}));
    // The fingerprint still describes the file on disk, so the next save is not mistaken for a conflict.
    CHECK(s.diskHash == unchanged.diskHash);
    CHECK_FALSE(store.changedOnDisk(s));
    REQUIRE_NO_ERROR(store.save(s));
    CHECK(parseRoutine(readFileBytes(path)).routine->steps.size() == kMaxRoutineSteps);
}

TEST_CASE("Routine store: A routines folder that cannot be created is a problem, not a crash", "[store]") {
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("blocker")), "a file, not a folder");
    RoutineStore store(dir.filePath(QStringLiteral("blocker/routines")));
    const auto report = store.loadAll();
    CHECK(report.routines.isEmpty());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].fileName.isEmpty());
    CHECK(report.problems[0].message.contains(QStringLiteral("blocker/routines could not be created")));

    StoredRoutine s = newStored(store, sampleRoutine());
    const auto error = store.save(s);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("was not saved: the routines folder")));
    CHECK(error.error().contains(QStringLiteral("cannot be created")));
    CHECK_FALSE(s.isOnDisk());
    CHECK(readFileBytes(dir.filePath(QStringLiteral("blocker"))) == "a file, not a folder");

    // A folder path that is a file.
    RoutineStore onFile(dir.filePath(QStringLiteral("blocker")));
    const auto fileReport = onFile.loadAll();
    REQUIRE(fileReport.problems.size() == 1);
    CHECK(fileReport.problems[0].message.contains(QStringLiteral("is not a folder")));
}

TEST_CASE("Routine store: On a full or read-only disk a save fails with a reason and the file stays whole",
          "[store]") {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    SmallTmpfs tmpfs(mountPoint);
    if (!tmpfs.mounted()) {
        WARN("cannot mount a tmpfs here (" << std::strerror(errno)
                                           << "); the full-disk case is covered by the file-size limit test");
        return;
    }
    RoutineStore store(mountPoint + QStringLiteral("/routines"));
    StoredRoutine s = newStored(store, sampleRoutine());
    REQUIRE_NO_ERROR(store.save(s));
    const QString path = store.pathOf(s.fileName);
    const QByteArray before = readFileBytes(path);

    // Fill the disk.
    {
        QFile filler(mountPoint + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        for (int i = 0; i < 64 && filler.write(block) == block.size() && filler.flush(); ++i) {
        }
    }
    s.routine = bigRoutine(QStringLiteral("Big"));
    auto error = store.save(s);
    REQUIRE_FALSE(error.ok());
    INFO(error.error().toStdString());
    CHECK(error.error().contains(QStringLiteral("could not be written")));
    CHECK(error.error().contains(QStringLiteral("the disk is full"))); // not "Unknown error"
    CHECK(readFileBytes(path) == before);
    CHECK(filesIn(store.folder()) == QStringList({s.fileName}));

    QFile::remove(mountPoint + QStringLiteral("/filler"));
    if (!tmpfs.remountReadOnly()) {
        WARN("cannot remount the tmpfs read-only; skipping the read-only part");
        return;
    }
    error = store.save(s);
    REQUIRE_FALSE(error.ok());
    INFO(error.error().toStdString());
    CHECK(error.error().contains(QStringLiteral("the disk is read-only")));
    CHECK(readFileBytes(path) == before);
    // Loading a read-only folder still works.
    const auto report = store.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 1);
    requireSameRoutine(report.routines[0].routine, sampleRoutine());
}

TEST_CASE("Routine store: A save killed mid-way, many times over, always leaves a readable file", "[store]") {
    // On a RAM disk (when there is one) a save takes about a millisecond, so each child gets through
    // several saves and the kills land in every part of them.
    const bool ramDisk = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir dir(ramDisk ? QStringLiteral("/dev/shm/rollguide-store-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/rollguide-store-XXXXXX"));
    REQUIRE(dir.isValid());
    RoutineStore store(dir.path());
    const Routine first = bigRoutine(QStringLiteral("First"));
    const Routine second = bigRoutine(QStringLiteral("Second"));
    StoredRoutine s;
    s.fileName = QStringLiteral("big.json");
    s.routine = first;
    REQUIRE_NO_ERROR(store.save(s));
    const QString path = store.pathOf(s.fileName);
    const QByteArray firstBytes = serializeRoutine(first);
    const QByteArray secondBytes = serializeRoutine(second);
    REQUIRE(readFileBytes(path) == firstBytes);

    // Spread the kills over a few saves' time (measured here, only to choose the delays).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i)
        REQUIRE_NO_ERROR(store.save(s));
    // About eight saves' time: most kills land inside a save, some between two.
    // A child's saves can be much slower than these (copy-on-write after fork, sanitizers): when kills
    // keep landing before a save completes, the window doubles (see below).
    qint64 spreadUs = std::clamp<qint64>(timer.nsecsElapsed() / 1000 * 8 / 3, 2000, 1000000) + 500;
    int roundsWithoutChange = 0;

    std::mt19937 rng(20240601);
    int changes = 0;
    int killedMidSave = 0;
    ino_t previousInode = 0;
    {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        previousInode = st.st_ino;
    }
    // 120 rounds, and more (up to 600) until saves have landed and at least one kill inside a save.
    for (int round = 0; round < 120 || ((changes == 0 || killedMidSave == 0) && round < 600); ++round) {
        INFO("round " << round);
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The child saves the two versions in turn until it is killed. It must never return into
            // Catch2 or run destructors: it leaves only through _exit.
            RoutineStore childStore(dir.path());
            StoredRoutine mine = s;
            ::close(ready[0]);
            const char go = 1;
            (void)!::write(ready[1], &go, 1); // saving starts now
            for (int i = 0; i < 100000; ++i) {
                mine.routine = i % 2 ? first : second;
                (void)childStore.save(mine, true);
            }
            ::_exit(0);
        }
        // Kill it at a random moment within its first few saves, timed from when it starts saving.
        // Every third round instead kills it the moment a save creates its temporary file (seen with
        // inotify), after a random number of saves: where most of a save's time goes to checking the
        // routine rather than writing it (sanitizers), random moments alone rarely land in the write.
        const bool onCreate = round % 3 == 2;
        const int watch = onCreate ? ::inotify_init1(IN_CLOEXEC) : -1;
        if (onCreate) {
            REQUIRE(watch >= 0);
            REQUIRE(::inotify_add_watch(watch, QFile::encodeName(dir.path()).constData(), IN_CREATE) >= 0);
        }
        ::close(ready[1]);
        char go = 0;
        REQUIRE(::read(ready[0], &go, 1) == 1);
        ::close(ready[0]);
        if (onCreate) {
            // Both on one CPU: the parent, woken by the event, then runs before the child can finish
            // the save, so the kill lands inside it.
            cpu_set_t all, one;
            REQUIRE(::sched_getaffinity(0, sizeof all, &all) == 0);
            CPU_ZERO(&one);
            CPU_SET(::sched_getcpu(), &one);
            ::sched_setaffinity(0, sizeof one, &one);
            ::sched_setaffinity(child, sizeof one, &one);
            int creates = int(rng() % 3) + 1;
            alignas(inotify_event) char events[4096];
            while (creates > 0) {
                const ssize_t n = ::read(watch, events, sizeof events);
                REQUIRE(n > 0);
                for (ssize_t at = 0; at < n;) {
                    const auto* e = reinterpret_cast<const inotify_event*>(events + at);
                    if (e->len > 0 && std::strncmp(e->name, ".big.json.", 10) == 0)
                        --creates;
                    at += ssize_t(sizeof(inotify_event) + e->len);
                }
            }
            ::kill(child, SIGKILL);
            ::close(watch);
            ::sched_setaffinity(0, sizeof all, &all);
        } else {
            ::usleep(useconds_t(rng() % std::uint32_t(spreadUs)));
            ::kill(child, SIGKILL);
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);

        const QByteArray now = readFileBytes(path);
        REQUIRE((now == firstBytes || now == secondBytes));
        REQUIRE(parseRoutine(now).ok());
        const QByteArray backup = readFileBytes(backupPathFor(path));
        if (!backup.isEmpty())
            REQUIRE((backup == firstBytes || backup == secondBytes));
        // Every completed save renames a new file into place: a new inode.
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        if (st.st_ino != previousInode) {
            ++changes;
            roundsWithoutChange = 0;
        } else if (++roundsWithoutChange % 10 == 0) {
            spreadUs = std::min<qint64>(spreadUs * 2, 4000000);
        }
        previousInode = st.st_ino;
        // A kill in the middle of a save leaves its hidden temporary file behind (and nothing else).
        const QStringList temporaries =
            QDir(dir.path()).entryList({QStringLiteral(".big.json.*")}, QDir::Files | QDir::Hidden);
        killedMidSave += !temporaries.isEmpty();
        for (const QString& t : temporaries)
            QFile::remove(dir.filePath(t));
    }
    CAPTURE(changes, killedMidSave, spreadUs);
    // The test means something only if the children really saved and some kills landed inside a save.
    CHECK(changes > 0);
    CHECK(killedMidSave > 0);
    const auto report = store.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 1);
    CHECK(report.routines[0].fileName == QStringLiteral("big.json"));
    CHECK(report.routines[0].routine.steps.size() == kMaxRoutineSteps);
}

TEST_CASE("Routine store: A routine changed by a second RollGuide is not overwritten unless asked",
          "[store]") {
    QTemporaryDir dir;
    {
        RoutineStore setup(dir.path());
        StoredRoutine s;
        s.fileName = kFile;
        s.routine = sampleRoutine();
        REQUIRE_NO_ERROR(setup.save(s));
    }
    RoutineStore a(dir.path());
    RoutineStore b(dir.path());
    StoredRoutine inA = a.loadAll().routines.value(0);
    StoredRoutine inB = b.loadAll().routines.value(0);
    REQUIRE(inA.fileName == kFile);
    REQUIRE(inB.fileName == kFile);

    inB.routine.name = QStringLiteral("Changed in B");
    REQUIRE_NO_ERROR(b.save(inB));
    const QByteArray fromB = readFileBytes(a.pathOf(kFile));
    CHECK(a.changedOnDisk(inA));
    CHECK_FALSE(b.changedOnDisk(inB));

    inA.routine.name = QStringLiteral("Changed in A");
    const StoredRoutine beforeRefusal = inA;
    auto error = a.save(inA);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().startsWith(QStringLiteral(
        "\u201cChanged in A\u201d was not saved: its file routine.json was changed elsewhere")));
    CHECK(error.error().contains(QStringLiteral("Your changes are kept here")));
    CHECK(readFileBytes(a.pathOf(kFile)) == fromB);
    CHECK(inA.diskHash == beforeRefusal.diskHash);

    // The same size and time but other content is still noticed (the hash).
    {
        StoredRoutine sameSize = inB;
        sameSize.diskHash = QByteArray(32, '\0');
        CHECK(b.changedOnDisk(sameSize));
    }

    REQUIRE_NO_ERROR(a.save(inA, true));
    CHECK(parseRoutine(readFileBytes(a.pathOf(kFile))).routine->name == QStringLiteral("Changed in A"));
    CHECK(readFileBytes(backupPathFor(a.pathOf(kFile))) == fromB); // B's version is the backup
    CHECK(b.changedOnDisk(inB));
    CHECK_FALSE(a.changedOnDisk(inA));

    // Deleted elsewhere: refused too.
    REQUIRE(QFile::remove(a.pathOf(kFile)));
    error = a.save(inA);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("was changed elsewhere")));
    CHECK_FALSE(QFileInfo::exists(a.pathOf(kFile)));

    // Created elsewhere under the name a new routine was going to use: refused.
    StoredRoutine fresh = newStored(a, sampleRoutine());
    writeBytes(a.pathOf(fresh.fileName), fromB);
    error = a.save(fresh);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("was changed elsewhere")));
    CHECK(readFileBytes(a.pathOf(fresh.fileName)) == fromB);
}

TEST_CASE("Routine store: Overwriting a file damaged elsewhere keeps the damaged file and the backup",
          "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    StoredRoutine s = newStored(store, sampleRoutine());
    REQUIRE_NO_ERROR(store.save(s));
    REQUIRE_NO_ERROR(store.save(s));
    const QString path = store.pathOf(s.fileName);
    const QByteArray backup = readFileBytes(backupPathFor(path));
    writeBytes(path, "{\"schemaVer");

    REQUIRE(!store.save(s).ok());
    CHECK(readFileBytes(path) == "{\"schemaVer");
    REQUIRE_NO_ERROR(store.save(s, true));
    CHECK(readFileBytes(backupPathFor(path)) == backup); // the damaged file did not become the backup
    CHECK(parseRoutine(readFileBytes(path)).ok());
    const QStringList aside =
        QDir(dir.path()).entryList({s.fileName + QStringLiteral(".unreadable-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(readFileBytes(dir.filePath(aside[0])) == "{\"schemaVer");
}

TEST_CASE("Routine store: Only a lock held by a running RollGuide counts as another instance", "[store]") {
    QTemporaryDir dir;
    auto first = std::make_unique<RoutineStore>(dir.path());
    RoutineStore second(dir.path());
    CHECK_FALSE(first->otherInstanceRunning());
    CHECK_FALSE(first->otherInstanceRunning()); // asking again keeps the claim
    CHECK(second.otherInstanceRunning());
    first.reset();
    CHECK_FALSE(second.otherInstanceRunning());
    CHECK(second.loadAll().problems.isEmpty()); // the lock file is not a routine

    // Another process: it counts while it runs, and not once it was killed (no stale lock is left).
    QTemporaryDir other;
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        RoutineStore childStore(other.path());
        const char answer = childStore.otherInstanceRunning() ? 'y' : 'n';
        (void)!::write(ready[1], &answer, 1);
        for (;;)
            ::pause();
    }
    char answer = 0;
    REQUIRE(::read(ready[0], &answer, 1) == 1);
    ::close(ready[0]);
    ::close(ready[1]);
    CHECK(answer == 'n');
    RoutineStore here(other.path());
    CHECK(here.otherInstanceRunning());
    ::kill(child, SIGKILL);
    REQUIRE(::waitpid(child, nullptr, 0) == child);
    CHECK_FALSE(here.otherInstanceRunning());
}

TEST_CASE("Routine store: Unsafe or colliding routine names give safe, unique file names", "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    writeBytes(dir.filePath(QStringLiteral("morning.json")), fixture("valid.json"));
    writeBytes(dir.filePath(QStringLiteral("Evening.json.bak")), fixture("valid.json"));

    CHECK(store.newFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("etc-passwd.json"));
    CHECK(store.newFileName(QStringLiteral("<b>x</b>")) == QStringLiteral("b-x-b.json"));
    CHECK(store.newFileName(QStringLiteral("Caf\u00e9 cr\u00e8me")) == QStringLiteral("cafe-creme.json"));
    CHECK(store.newFileName(QStringLiteral("\U0001F525 Back \U0001F525")) == QStringLiteral("back.json"));
    CHECK(store.newFileName(QStringLiteral("Morning")) == QStringLiteral("morning-2.json"));
    CHECK(store.newFileName(QStringLiteral("MORNING!")) ==
          QStringLiteral("morning-3.json")); // reserved above
    CHECK(store.newFileName(QStringLiteral("evening")) ==
          QStringLiteral("evening-2.json")); // its backup exists
    CHECK(store.newFileName(QString()) == QStringLiteral("routine.json"));
    CHECK(store.newFileName(QStringLiteral("/")) == QStringLiteral("routine-2.json"));
    CHECK(store.newFileName(QStringLiteral("..")) == QStringLiteral("routine-3.json"));
    CHECK(store.newFileName(QStringLiteral("\U0001F9D8\U0001F9D8")) == QStringLiteral("routine-4.json"));

    const QString longName = QStringLiteral("A very long routine name ").repeated(12);
    const QString longFile = store.newFileName(longName);
    CHECK(longFile.size() <= RoutineStore::kMaxSlugLength + 5);
    CHECK(longFile.startsWith(QStringLiteral("a-very-long-routine-name-a-very")));
    const QString longFile2 = store.newFileName(longName);
    CHECK(longFile2 != longFile);
    CHECK(longFile2.size() <= RoutineStore::kMaxSlugLength + 5);
    CHECK(longFile2.endsWith(QStringLiteral("-2.json")));

    const QStringList hostile = {QStringLiteral("../x"),
                                 QStringLiteral("/etc/passwd"),
                                 QStringLiteral("a/../../b"),
                                 QStringLiteral("C:\\Windows\\x"),
                                 QString::fromUtf8("name\nwith\0nul", 13),
                                 QStringLiteral(".hidden"),
                                 QStringLiteral("~"),
                                 QStringLiteral("x.json")};
    QSet<QString> seen;
    const QRegularExpression safe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\.json$"));
    for (const QString& name : hostile) {
        const QString file = store.newFileName(name);
        INFO(name << " -> " << file);
        CHECK(safe.match(file).hasMatch());
        CHECK(RoutineStore::isBareFileName(file));
        CHECK_FALSE(seen.contains(file));
        seen.insert(file);
        CHECK(QFileInfo(store.pathOf(file)).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    }
}

TEST_CASE("Routine store: Removing a routine keeps a recoverable copy and refuses paths", "[store]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("routines"));
    RoutineStore store(folder);
    StoredRoutine s = newStored(store, sampleRoutine());
    REQUIRE_NO_ERROR(store.save(s));
    const QByteArray bytes = readFileBytes(store.pathOf(s.fileName));
    writeBytes(dir.filePath(QStringLiteral("outside.json")), "keep me");

    for (const QString& bad :
         {QStringLiteral("../outside.json"), QStringLiteral("sub/x.json"), QString(), QStringLiteral(".json"),
          QStringLiteral(".."), dir.filePath(QStringLiteral("outside.json")),
          s.fileName + QStringLiteral(".bak")}) {
        INFO(bad);
        const auto error = store.remove(bad);
        REQUIRE_FALSE(error.ok());
        CHECK(error.error().contains(QStringLiteral("is not the name of a routine file")));
    }
    CHECK(readFileBytes(dir.filePath(QStringLiteral("outside.json"))) == "keep me");
    CHECK(store.remove(QStringLiteral("missing.json"))
              .error()
              .contains(QStringLiteral("There is no routine file")));

    const Result<QString> removed = store.remove(s.fileName);
    REQUIRE_NO_ERROR(removed);
    const QString movedTo = removed.value();
    CHECK_FALSE(QFileInfo::exists(store.pathOf(s.fileName)));
    CHECK(QFileInfo(movedTo).fileName().startsWith(s.fileName + QStringLiteral(".deleted-")));
    CHECK(QFileInfo(movedTo).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(readFileBytes(movedTo) == bytes);
    const auto report = store.loadAll();
    CHECK(report.routines.isEmpty());
    CHECK(report.problems.isEmpty());

    // Recovering is a rename back.
    REQUIRE(QFile::rename(movedTo, store.pathOf(s.fileName)));
    REQUIRE(store.loadAll().routines.size() == 1);
}

TEST_CASE("Routine store: Backups, moved-aside files, folders and links out of the folder are not loaded",
          "[store]") {
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QByteArray good = fixture("valid.json");
    RoutineStore store(dir.path());
    writeBytes(dir.filePath(QStringLiteral("a.json.bak")), good);
    writeBytes(dir.filePath(QStringLiteral("a.json.unreadable-20240101-101010")), good);
    writeBytes(dir.filePath(QStringLiteral("a.json.deleted-20240101-101010")), good);
    writeBytes(dir.filePath(QStringLiteral("a.tmp")), good);
    writeBytes(dir.filePath(QStringLiteral("notes.txt")), "not json");
    writeBytes(dir.filePath(QStringLiteral(".hidden.json")), "{broken");
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    writeBytes(elsewhere.filePath(QStringLiteral("outside.json")), good);
    REQUIRE(QFile::link(elsewhere.filePath(QStringLiteral("outside.json")),
                        dir.filePath(QStringLiteral("link-out.json"))));
    REQUIRE(
        QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling.json"))));
    REQUIRE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.json"))).constData(), 0600) == 0);
    writeBytes(dir.filePath(QStringLiteral("real.json")), good);

    const auto report = store.loadAll();
    CHECK(report.problems.isEmpty());
    REQUIRE(report.routines.size() == 1);
    CHECK(report.routines[0].fileName == QStringLiteral("real.json"));
    CHECK(readFileBytes(dir.filePath(QStringLiteral(".hidden.json"))) == "{broken");
    CHECK(readFileBytes(elsewhere.filePath(QStringLiteral("outside.json"))) == good);
}

TEST_CASE("Routine store: A routine that would not read back is not saved or exported", "[store]") {
    QTemporaryDir dir;
    RoutineStore store(dir.path());
    StoredRoutine s = newStored(store, sampleRoutine());
    s.routine.steps.clear();
    auto error = store.save(s);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("the routine has no steps")));

    s.routine = sampleRoutine();
    s.routine.name = QStringLiteral("   ");
    error = store.save(s);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("/name")));

    s.routine = sampleRoutine();
    s.fileName = QStringLiteral("../escape.json");
    error = store.save(s);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("is not the name of a routine file")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("../escape.json"))));
    CHECK(filesIn(dir.path()).isEmpty());

    Routine bad = sampleRoutine();
    bad.steps[0].dose.sets = 0;
    error = RoutineStore::exportFile(bad, dir.filePath(QStringLiteral("out.json")));
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("step 1: 0 sets")));
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("Routine store: Export and import round-trip a routine", "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared/evening.json"));
    REQUIRE_NO_ERROR(RoutineStore::exportFile(sampleRoutine(), path));
    CHECK(readFileBytes(path) == serializeRoutine(sampleRoutine()));
    const Result<Routine> in = RoutineStore::importFile(path);
    REQUIRE_NO_ERROR(in);
    requireSameRoutine(in.value(), sampleRoutine());
    CHECK(in->id.isEmpty());
}

TEST_CASE(
    "Routine store: Hostile import files are refused with the file and the reason: names stay plain text",
    "[store]") {
    QTemporaryDir dir;
    const auto refused = [&](const QString& path, const char* reason) {
        const Result<Routine> imported = RoutineStore::importFile(path);
        REQUIRE_FALSE(imported.ok());
        INFO(path << ": " << imported.error());
        CHECK(imported.error().startsWith(QFileInfo(path).fileName() +
                                          QStringLiteral(" could not be imported: ")));
        CHECK(imported.error().contains(QString::fromUtf8(reason)));
    };

    const QString oversize = dir.filePath(QStringLiteral("oversize.json"));
    writeBytes(oversize, QByteArray(kMaxRoutineBytes + 1, ' '));
    refused(oversize, "the file is 262145 bytes; the limit is 262144 bytes");
    refused(testData(QStringLiteral("store/deep-nesting.json")), "nests deeper than 32 levels");
    refused(testData(QStringLiteral("store/nul-byte.json")), "NUL byte");
    refused(testData(QStringLiteral("store/invalid-utf8.json")), "not valid UTF-8");
    refused(testData(QStringLiteral("store/huge-number.json")), "a number is too large");
    refused(testData(QStringLiteral("store/wrong-types.json")), "(and 2 more problems)");
    refused(testData(QStringLiteral("store/newer-schema.json")),
            "written by a newer RollGuide (schema version 2)");
    refused(dir.filePath(QStringLiteral("missing.json")), "the file does not exist");
    refused(dir.path(), "this is a folder, not a file");
    const QString pipe = dir.filePath(QStringLiteral("pipe.json"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    refused(pipe, "it is a named pipe (FIFO), not a regular file"); // and does not hang waiting for a writer

    const Result<Routine> hostile =
        RoutineStore::importFile(testData(QStringLiteral("store/hostile-names.json")));
    REQUIRE_NO_ERROR(hostile);
    const Routine& out = hostile.value();
    CHECK(out.name == QStringLiteral("<b>Bold</b> ../../etc/passwd"));
    CHECK(out.description == QStringLiteral("<script>alert(1)</script> & /tmp/x.json"));
    // Its path-like name cannot steer where it is stored.
    RoutineStore store(dir.path());
    CHECK(store.newFileName(out.name) == QStringLiteral("b-bold-b-etc-passwd.json"));
}

TEST_CASE("Routine store: Reading only (the command line) creates, moves and restores nothing",
          "[store][readonly]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("routines"));
    RoutineStore missing(folder);
    const auto none = missing.loadAll(RoutineStore::LoadMode::ReportOnly);
    CHECK(none.routines.isEmpty());
    CHECK(none.problems.isEmpty());
    CHECK_FALSE(QFileInfo::exists(folder)); // reading must not create the folder

    REQUIRE(QDir().mkpath(folder));
    writeBytes(folder + QStringLiteral("/a.json.bak"), fixture("valid.json"));
    writeBytes(folder + QStringLiteral("/a.json"), "{\"schemaVersion\": 1, \"name\": \"Cut");
    writeBytes(folder + QStringLiteral("/b.json"), fixture("valid.json"));
    const QStringList before = filesIn(folder);
    RoutineStore store(folder);
    const auto report = store.loadAll(RoutineStore::LoadMode::ReportOnly);
    CHECK(filesIn(folder) == before);
    CHECK(readFileBytes(folder + QStringLiteral("/a.json")) == "{\"schemaVersion\": 1, \"name\": \"Cut");
    REQUIRE(report.routines.size() == 1); // the damaged one is left out, not replaced by its older copy
    CHECK(report.routines[0].fileName == QStringLiteral("b.json"));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].fileName == QStringLiteral("a.json"));
    CHECK(report.problems[0].message.contains(QStringLiteral("a.json could not be read")));
    CHECK(report.problems[0].message.contains(QStringLiteral("left as it is")));
    CHECK(report.problems[0].movedTo.isEmpty());
    CHECK_FALSE(report.problems[0].recoveredFromBackup);

    // The editor's store then recovers it, and says so.
    const auto recovered = store.loadAll(RoutineStore::LoadMode::Recover);
    CHECK(recovered.routines.size() == 2);
    REQUIRE(recovered.problems.size() == 1);
    CHECK(recovered.problems[0].recoveredFromBackup);
}

TEST_CASE("Routine store: File names it cannot use are named, never skipped silently", "[store][names]") {
    QTemporaryDir dir;
    const QByteArray good = fixture("valid.json");
    const QByteArray folder = QFile::encodeName(dir.path());
    for (const QByteArray& name : {QByteArray("tab\there.json"), QByteArray("new\nline.json"),
                                   QByteArray("back\\slash.json"), QByteArray("caf\xe9.json")}) {
        // Write through the raw name: QFile cannot name every byte sequence.
        const QByteArray raw = folder + '/' + name;
        FILE* out = std::fopen(raw.constData(), "wb");
        REQUIRE(out);
        std::fwrite(good.constData(), 1, size_t(good.size()), out);
        std::fclose(out);
    }
    writeBytes(dir.filePath(QStringLiteral("fine.json")), good);
    RoutineStore store(dir.path());
    for (const auto mode : {RoutineStore::LoadMode::ReportOnly, RoutineStore::LoadMode::Recover}) {
        const auto report = store.loadAll(mode);
        CHECK(report.routines.size() == 1);
        QStringList named;
        for (const StoreProblem& p : report.problems)
            named << p.fileName;
        named.sort();
        CHECK(named == QStringList{QStringLiteral("back\\slash.json"), QStringLiteral("caf\\xe9.json"),
                                   QStringLiteral("new\\nline.json"), QStringLiteral("tab\\there.json")});
        for (const StoreProblem& p : report.problems)
            CHECK(p.message.contains(QStringLiteral("Rename it")));
    }
}
