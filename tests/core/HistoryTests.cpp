// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "EngineTestUtil.h"
#include "HistoryExport.h"
#include "HistoryStore.h"
#include "SafeFile.h"
#include "SessionRecorder.h"
#include "TestUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <sys/mount.h>
#include <sys/stat.h>

using namespace rollguide;
using namespace enginetest;

namespace {

SessionRecord sampleRecord(const QString& name = QStringLiteral("Short session"),
                           const QDateTime& started = QDateTime(QDate(2026, 11, 3), QTime(7, 30), Qt::UTC)) {
    SessionRecord r = newSessionRecord(started);
    r.routineId = QStringLiteral("short-session");
    r.routineName = name;
    r.routineJson = "{\n  \"schemaVersion\": 1\n}\n";
    r.regions = {Region::Lower, Region::Upper};
    r.plannedMs = 275000;
    r.actualMs = 250000;
    r.pausedMs = 3000;
    r.outcome = SessionOutcome::Completed;
    r.steps = {{QStringLiteral("lower-back-roll"), QStringLiteral("Lower back roll"), StepOutcome::Done},
               {QStringLiteral("sacrum-hip-release"), QStringLiteral("Sacrum release"), StepOutcome::Hurt},
               {QStringLiteral("upper-back-extension"), QStringLiteral("Upper back extension"),
                StepOutcome::CutShort}};
    r.before = {{Region::Lower, 6}, {Region::Upper, 4}};
    r.after = {{Region::Lower, 3}, {Region::Upper, 4}};
    r.note = QStringLiteral("Stiff after the drive, \"better\" later, 100% worth it");
    return r;
}

/// The sessions with their database ids cleared, for comparing with records that were never stored.
QList<SessionRecord> withoutIds(QList<SessionRecord> list) {
    for (SessionRecord& r : list)
        r.id = 0;
    return list;
}

QList<SessionRecord> readAll(HistoryStore& store) {
    const auto all = store.sessions();
    INFO((all ? std::string() : all.error().toStdString()));
    REQUIRE(all.ok());
    return all.value();
}

/// Runs SQL statements (one per ";\n") on a file through a connection of its own.
void runSql(const QString& path, const QString& sql) {
    static int counter = 0;
    const QString name = QStringLiteral("test-sql-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (QString statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QStringList lines;
            for (const QString& line : statement.split(u'\n'))
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    lines << line;
            statement = lines.join(u'\n').trimmed();
            if (statement.isEmpty())
                continue;
            INFO(statement.toStdString() << " -> " << q.lastError().text().toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Every file in a folder with its SHA-256, to show that nothing changed.
QMap<QString, QByteArray> folderState(const QString& dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path, QCryptographicHash::hash(readFileBytes(path), QCryptographicHash::Sha256));
    }
    return out;
}

QString integrity(const QString& path) {
    static int counter = 0;
    const QString name = QStringLiteral("test-integrity-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
        } else {
            result = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("History: a session saved is read back with every field, newest first", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    SessionRecord older = sampleRecord(QStringLiteral("Older"));
    SessionRecord newer =
        sampleRecord(QStringLiteral("Newer"), QDateTime(QDate(2026, 11, 5), QTime(18, 0), Qt::UTC));
    newer.before.clear();
    newer.after.clear();
    newer.note.clear();
    {
        HistoryStore store(path);
        const auto& report = store.open();
        INFO(report.problem.toStdString());
        REQUIRE(report.writable);
        CHECK(report.problem.isEmpty());
        REQUIRE_NO_ERROR(store.save(older));
        REQUIRE_NO_ERROR(store.save(newer));
        CHECK(older.id > 0);
        CHECK(newer.id > older.id);
    }
    HistoryStore again(path);
    REQUIRE(again.open().writable);
    CHECK(again.report().fileVersion == HistoryStore::kSchemaVersion);
    const QList<SessionRecord> all = readAll(again);
    REQUIRE(all.size() == 2);
    CHECK(all[0] == newer);
    CHECK(all[1] == older);
    CHECK(all[1].startedLocal().offsetFromUtc() == older.utcOffsetSeconds);

    SECTION("saving again replaces the session, its steps and its check-ins") {
        SessionRecord changed = all[1];
        changed.steps.removeLast();
        changed.steps[0].outcome = StepOutcome::Skipped;
        changed.after.remove(Region::Upper);
        changed.note = QStringLiteral("edited");
        REQUIRE_NO_ERROR(again.save(changed));
        CHECK(changed.id == all[1].id);
        const QList<SessionRecord> now = readAll(again);
        REQUIRE(now.size() == 2);
        CHECK(now[1] == changed);
    }
    SECTION("a session is deleted with its steps and check-ins, and all can go") {
        REQUIRE_NO_ERROR(again.remove(all[0].uuid));
        const QList<SessionRecord> now = readAll(again);
        REQUIRE(now.size() == 1);
        CHECK(now[0].uuid == older.uuid);
        REQUIRE_NO_ERROR(again.removeAll());
        CHECK(readAll(again).isEmpty());
    }
    SECTION("a limit gives the newest sessions with their steps") {
        const auto one = again.sessions(1);
        REQUIRE(one.ok());
        REQUIRE(one->size() == 1);
        CHECK(one->at(0) == newer);
    }
}

TEST_CASE("History: the file is a WAL database with foreign keys, RollGuide's id and the schema version",
          "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
    {
        HistoryStore store(path);
        REQUIRE(store.open().writable); // the folder is created
        SessionRecord r = sampleRecord();
        REQUIRE_NO_ERROR(store.save(r));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragmas"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        const auto value = [&](const char* pragma) {
            REQUIRE(q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))));
            REQUIRE(q.next());
            return q.value(0);
        };
        CHECK(value("journal_mode").toString() == QStringLiteral("wal"));
        CHECK(value("user_version").toInt() == HistoryStore::kSchemaVersion);
        CHECK(value("application_id").toInt() == HistoryStore::kApplicationId);
        // The schema's own checks refuse nonsense written by any program.
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO check_in VALUES (1, 'before', 'lower', 11)")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE step SET outcome = 'great'")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO step VALUES (999, 0, 'x', 'x', 'done')")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pragmas"));
}

TEST_CASE("History: a version-1 history is migrated forward and keeps every session", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    runSql(path, QString::fromUtf8(readFileBytes(testData(QStringLiteral("history/history-v1.sql")))));

    SECTION("a command that only reads leaves it at version 1 and still reads it") {
        const auto before = folderState(dir.path());
        HistoryStore store(path, HistoryStore::Mode::ReadOnly);
        REQUIRE(store.open().ok);
        CHECK(store.report().fileVersion == 1);
        CHECK_FALSE(store.isWritable());
        const QList<SessionRecord> all = readAll(store);
        REQUIRE(all.size() == 2);
        CHECK(all[0].outcome == SessionOutcome::Stopped);
        CHECK(folderState(dir.path()) == before);
    }
    SECTION("the window migrates it") {
        HistoryStore store(path);
        const auto& report = store.open();
        INFO(report.problem.toStdString());
        REQUIRE(report.writable);
        CHECK(report.fileVersion == 1);
        CHECK(report.problem.isEmpty());
        QList<SessionRecord> all = readAll(store);
        REQUIRE(all.size() == 2);
        const SessionRecord& first = all[1];
        CHECK(first.uuid == QStringLiteral("0b7c1c52-5f0e-4a53-9a57-6f3f7c1e0001"));
        CHECK(first.started == QDateTime(QDate(2026, 10, 5), QTime(7, 30), Qt::UTC));
        CHECK(first.startedLocal().time() == QTime(9, 30));
        CHECK(first.routineName == QStringLiteral("Short session"));
        CHECK(first.regions == QList<Region>{Region::Lower, Region::Upper});
        CHECK(first.note == QStringLiteral("felt good"));
        CHECK(first.before.isEmpty());
        REQUIRE(first.steps.size() == 2);
        CHECK(all[0].steps[0].outcome == StepOutcome::Hurt);
        CHECK(all[0].steps[1].outcome == StepOutcome::NotReached);

        // Version 2's check-ins can now be kept for the old sessions too.
        all[1].before = {{Region::Lower, 5}};
        REQUIRE_NO_ERROR(store.save(all[1]));
        HistoryStore reread(path, HistoryStore::Mode::ReadOnly);
        REQUIRE(reread.open().ok);
        CHECK(reread.report().fileVersion == HistoryStore::kSchemaVersion);
        CHECK(readAll(reread)[1].before.value(Region::Lower) == 5);
    }
}

TEST_CASE("History: a file that is not a RollGuide history is moved aside byte for byte, and named",
          "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QByteArray bytes;
    QString expected; // words the problem must contain
    SECTION("zero bytes") {
        expected = QStringLiteral("it is empty");
    }
    SECTION("random bytes") {
        bytes.resize(4096);
        QRandomGenerator gen(42);
        for (char& c : bytes)
            c = char(gen.bounded(256));
        expected = QStringLiteral("not an SQLite database");
    }
    SECTION("a truncated database") {
        const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
        {
            HistoryStore store(whole);
            REQUIRE(store.open().writable);
            for (int i = 0; i < 200; ++i) {
                SessionRecord r = sampleRecord(QStringLiteral("Session %1").arg(i));
                REQUIRE_NO_ERROR(store.save(r));
            }
        }
        const QByteArray all = readFileBytes(whole);
        REQUIRE(all.size() > 8192);
        bytes = all.left(all.size() / 2);
        expected = QStringLiteral("history");
    }
    SECTION("another program's SQLite database") {
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        runSql(other, QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT);\n"
                                     "INSERT INTO contacts VALUES ('Ana', '123');\n"));
        bytes = readFileBytes(other);
        expected = QStringLiteral("not a RollGuide history");
    }
    writeBytes(path, bytes);

    SECTION("a command that only reads names it and changes nothing") {
        const auto before = folderState(dir.path());
        HistoryStore store(path, HistoryStore::Mode::ReadOnly);
        const auto& report = store.open();
        CHECK_FALSE(report.ok);
        CHECK(report.problem.contains(path));
        CHECK(report.problem.contains(expected));
        CHECK(folderState(dir.path()) == before);
    }
    SECTION("the window moves it aside and starts a new history") {
        HistoryStore store(path);
        const auto& report = store.open();
        INFO(report.problem.toStdString());
        REQUIRE(report.writable);
        CHECK(report.problem.contains(path));
        CHECK(report.problem.contains(expected));
        REQUIRE_FALSE(report.movedTo.isEmpty());
        CHECK(report.problem.contains(report.movedTo));
        CHECK(readFileBytes(report.movedTo) == bytes);
        SessionRecord r = sampleRecord();
        REQUIRE_NO_ERROR(store.save(r));
        CHECK(readAll(store).size() == 1);
    }
}

TEST_CASE("History: a history from a newer RollGuide is opened read-only and never changed", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        REQUIRE(store.open().writable);
        SessionRecord r = sampleRecord();
        REQUIRE_NO_ERROR(store.save(r));
    }
    runSql(path, QStringLiteral("PRAGMA user_version = 7"));
    const QByteArray bytes = readFileBytes(path);
    HistoryStore store(path);
    const auto& report = store.open();
    CHECK(report.ok);
    CHECK_FALSE(report.writable);
    CHECK(report.movedTo.isEmpty());
    CHECK(report.problem.contains(QStringLiteral("newer RollGuide")));
    CHECK(report.problem.contains(path));
    CHECK(readAll(store).size() == 1); // still shown
    SessionRecord r = sampleRecord(QStringLiteral("New"));
    const Status saved = store.save(r);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().contains(QStringLiteral("read-only")));
    CHECK(readFileBytes(path) == bytes);
}

TEST_CASE("History: a named pipe or a folder in the history's place is named and never blocks", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    SECTION("a named pipe") {
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        HistoryStore store(path);
        const auto& report = store.open();
        CHECK_FALSE(report.ok);
        CHECK(report.problem.contains(QStringLiteral("named pipe")));
        CHECK(report.problem.contains(path));
    }
    SECTION("a folder") {
        REQUIRE(QDir().mkpath(path));
        HistoryStore store(path, HistoryStore::Mode::ReadOnly);
        const auto& report = store.open();
        CHECK_FALSE(report.ok);
        CHECK(report.problem.contains(QStringLiteral("folder")));
    }
    CHECK(QFileInfo(path).exists()); // left where it was
}

TEST_CASE("History: a command that only reads creates nothing when there is no history", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/rollguide/history.sqlite"));
    HistoryStore store(path, HistoryStore::Mode::ReadOnly);
    const auto& report = store.open();
    CHECK(report.ok);
    CHECK(report.missing);
    CHECK(readAll(store).isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("data"))));
}

TEST_CASE("History: two stores on one file both write, and the file stays sound", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore a(path), b(path);
    REQUIRE(a.open().writable);
    REQUIRE(b.open().writable);
    for (int i = 0; i < 20; ++i) {
        SessionRecord r = sampleRecord(QStringLiteral("A %1").arg(i));
        REQUIRE_NO_ERROR(a.save(r));
        SessionRecord s = sampleRecord(QStringLiteral("B %1").arg(i));
        REQUIRE_NO_ERROR(b.save(s));
    }
    CHECK(readAll(a).size() == 40);
    CHECK(readAll(b).size() == 40);
    CHECK(integrity(path) == QStringLiteral("ok"));
}

TEST_CASE("History: a process killed with SIGKILL while writing, 200 times, loses no saved session",
          "[history][kill]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QSet<QString> saved;
    QRandomGenerator gen(2026);
    int killedMidSession = 0;
    for (int round = 0; round < 200; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(ROLLGUIDE_HISTORY_WRITER));
        writer.setArguments({path});
        writer.start();
        REQUIRE(writer.waitForStarted(5000));
        // Once it has saved its first session it is in the middle of writing: kill it without warning
        // a random 0..20 ms later, at whatever write it has reached.
        REQUIRE(writer.waitForReadyRead(10000));
        QThread::msleep(gen.bounded(21));
        writer.kill();
        REQUIRE(writer.waitForFinished(5000));
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                saved.insert(QString::fromLatin1(line));
        const QByteArray err = writer.readAllStandardError();
        INFO("round " << round << ": " << err.toStdString());
        REQUIRE(err.isEmpty());
    }
    REQUIRE(integrity(path) == QStringLiteral("ok"));
    HistoryStore store(path);
    REQUIRE(store.open().writable);
    QSet<QString> found;
    for (const SessionRecord& r : readAll(store)) {
        found.insert(r.uuid);
        if (r.outcome == SessionOutcome::Running)
            ++killedMidSession;
        if (saved.contains(r.uuid)) {
            // Printed only after its last write: complete, with every step done.
            CHECK(r.outcome == SessionOutcome::Completed);
            CHECK(r.count(StepOutcome::Done) == 6);
        }
    }
    INFO(saved.size() << " sessions reported saved; " << found.size() << " in the file");
    CHECK(saved.size() >= 200); // each round saved at least one before its kill
    CHECK(found.contains(saved));
    WARN(saved.size() << " sessions saved across 200 kills; " << killedMidSession
                      << " sessions were cut off mid-way and kept with the steps done until then");
}

TEST_CASE("History: three processes writing one new history at once all succeed, and the file stays sound",
          "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    constexpr int kWriters = 3, kEach = 120;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < kWriters; ++i) { // all at once, so that they also race to create the schema
        auto& w = writers.emplace_back(std::make_unique<QProcess>());
        w->setProgram(QStringLiteral(ROLLGUIDE_HISTORY_WRITER));
        w->setArguments({path, QString::number(kEach)});
        w->start();
    }
    QSet<QString> printed;
    for (auto& w : writers) {
        REQUIRE(w->waitForFinished(120000));
        const QByteArray err = w->readAllStandardError();
        INFO(err.toStdString());
        CHECK(err.isEmpty());
        CHECK(w->exitStatus() == QProcess::NormalExit);
        CHECK(w->exitCode() == 0);
        for (const QByteArray& line : w->readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                printed.insert(QString::fromLatin1(line));
    }
    CHECK(printed.size() == kWriters * kEach);
    REQUIRE(integrity(path) == QStringLiteral("ok"));
    HistoryStore store(path);
    REQUIRE(store.open().writable);
    const QList<SessionRecord> all = readAll(store);
    CHECK(all.size() == kWriters * kEach);
    QSet<QString> found;
    for (const SessionRecord& r : all) {
        found.insert(r.uuid);
        CHECK(r.outcome == SessionOutcome::Completed);
    }
    CHECK(found == printed);
}

TEST_CASE("History: a full disk fails the write with the reason, and the recorder keeps the session",
          "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    REQUIRE(store.open().writable);
    SessionRecord first = sampleRecord();
    REQUIRE_NO_ERROR(store.save(first));
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    SessionRecorder recorder(&store);
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    SessionRecord big = sampleRecord(QStringLiteral("Big"));
    big.note = QString(200000, u'x'); // far more than the limit leaves room for
    {
        const FileSizeLimit limit(rlim_t(size + 4096));
        recorder.begin(&player, big);
        CHECK(recorder.hasUnsavedChanges());
        CHECK(recorder.problem().contains(path));
        CHECK(recorder.problem().contains(QStringLiteral("full")));
    }
    // The limit is lifted: the next try writes it all.
    CHECK(recorder.saveNow());
    CHECK_FALSE(recorder.hasUnsavedChanges());
    CHECK(recorder.problem().isEmpty());
    const QList<SessionRecord> all = readAll(store);
    REQUIRE(all.size() == 2);
    CHECK(all[0].note.size() == 200000);
    CHECK(integrity(path) == QStringLiteral("ok"));
}

TEST_CASE("History: after a failed write the recorder tries again on its own until the write works",
          "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    REQUIRE(store.open().writable);
    SessionRecord first = sampleRecord();
    REQUIRE_NO_ERROR(store.save(first));
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    SessionRecorder recorder(&store);
    recorder.setRetryInterval(40);
    QSignalSpy failed(&recorder, &SessionRecorder::saveFailed);
    QSignalSpy saved(&recorder, &SessionRecorder::saved);
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    SessionRecord big = sampleRecord(QStringLiteral("Big"));
    big.note = QString(200000, u'x');
    {
        const FileSizeLimit limit(rlim_t(size + 4096));
        recorder.begin(&player, big);
        REQUIRE(failed.size() == 1);
        // Nobody calls saveNow(): the recorder's own timer tries again, and fails while the disk is full.
        CHECK(QTest::qWaitFor([&] { return failed.size() >= 3; }, 5000));
        CHECK(saved.isEmpty());
        CHECK(recorder.hasUnsavedChanges());
    }
    // Room again: the next try on the timer writes the session, and the tries stop.
    REQUIRE(saved.wait(5000));
    CHECK_FALSE(recorder.hasUnsavedChanges());
    CHECK(recorder.problem().isEmpty());
    const qsizetype failures = failed.size();
    QTest::qWait(200);
    CHECK(failed.size() == failures);
    CHECK(saved.size() == 1);
    const QList<SessionRecord> all = readAll(store);
    REQUIRE(all.size() == 2);
    CHECK(all[0].note.size() == 200000);
    CHECK(integrity(path) == QStringLiteral("ok"));
}

TEST_CASE("History: on a small tmpfs that fills up or turns read-only, writes fail with the reason and "
          "succeed again once there is room",
          "[history]") {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    SmallTmpfs tmpfs(mountPoint, "size=256k");
    if (!tmpfs.mounted()) {
        WARN("cannot mount a tmpfs here (" << std::strerror(errno)
                                           << "); the full-disk case is covered by the file-size limit test");
        return;
    }
    const QString path = mountPoint + QStringLiteral("/history.sqlite");
    auto store = std::make_unique<HistoryStore>(path);
    REQUIRE(store->open().writable);
    SessionRecord r = sampleRecord();
    REQUIRE_NO_ERROR(store->save(r));

    SECTION("full") {
        const QString fillerPath = mountPoint + QStringLiteral("/filler");
        {
            QFile filler(fillerPath);
            REQUIRE(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        SessionRecord big = sampleRecord(QStringLiteral("Big"));
        big.note = QString(100000, u'x');
        const Status s = store->save(big);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(path));
        CHECK(s.error().contains(QStringLiteral("disk is full")));
        REQUIRE(QFile::remove(fillerPath));
        REQUIRE_NO_ERROR(store->save(big));
        CHECK(readAll(*store).size() == 2);
    }
    SECTION("read-only") {
        store.reset();
        if (!tmpfs.remount(true)) {
            WARN("cannot remount the tmpfs read-only here");
            return;
        }
        HistoryStore readOnly(path);
        const auto& report = readOnly.open();
        CHECK_FALSE(report.writable);
        CHECK(report.problem.contains(path));
        SessionRecord s = sampleRecord(QStringLiteral("Second"));
        CHECK_FALSE(readOnly.save(s).ok());
        REQUIRE(tmpfs.remount(false));
    }
    store.reset();
    CHECK(integrity(path) == QStringLiteral("ok"));
}

TEST_CASE("History: the recorder writes each step's outcome as it ends, and how the session ended",
          "[history][recorder]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    REQUIRE(store.open().writable);
    // 0 prepare Low roll | 10000 roll set 1 | 20000 rest | 25000 roll set 2 | 35000 prepare Upper hold |
    // 45000 hold left | 65000 switch | 70000 hold right | 90000 finish
    const SessionPlan plan = standardPlan();
    ManualClock clock;
    SessionPlayer player(plan, clock);
    SessionRecorder recorder(&store);
    const Ratings before{{Region::Lower, 6}, {Region::Mid, 9}};
    SessionRecord record =
        SessionRecorder::recordFor(plan, engineCatalog(), QDateTime::currentDateTimeUtc(), before);
    CHECK(record.routineName == QStringLiteral("Test routine"));
    CHECK_FALSE(record.routineJson.isEmpty());
    REQUIRE(record.steps.size() == 2);
    REQUIRE(record.regions == QList<Region>{Region::Lower, Region::Mid, Region::Upper});
    CHECK(record.before == before);
    // A region the session does not work is not asked about, and not kept.
    const SessionRecord lowOnly =
        SessionRecorder::recordFor(planOf(routineOf({{"low-roll", seconds(10)}})), engineCatalog(),
                                   QDateTime::currentDateTimeUtc(), before);
    CHECK(lowOnly.regions == QList<Region>{Region::Lower});
    CHECK(lowOnly.before == Ratings{{Region::Lower, 6}});
    recorder.begin(&player, record);

    // The session exists from its first moment.
    auto stored = [&] {
        QCoreApplication::processEvents(); // the recorder writes just after the player's signal
        const QList<SessionRecord> all = readAll(store);
        REQUIRE(all.size() == 1);
        return all[0];
    };
    CHECK(stored().outcome == SessionOutcome::Running);
    CHECK(stored().steps[0].outcome == StepOutcome::NotReached);

    player.start();
    SECTION("played to the end") {
        runFor(player, clock, 36000);
        CHECK(stored().steps[0].outcome == StepOutcome::Done);
        CHECK(stored().steps[1].outcome == StepOutcome::NotReached);
        runToEnd(player, clock);
        const SessionRecord s = stored();
        CHECK(s.outcome == SessionOutcome::Completed);
        CHECK(s.steps[1].outcome == StepOutcome::Done);
        CHECK(s.actualMs == 90000);
        const Region worked = s.regions.first();
        recorder.setAfter({{worked, 3}});
        recorder.setNote(QStringLiteral("loose"));
        CHECK(stored().note == QStringLiteral("loose"));
        CHECK(stored().after == Ratings{{worked, 3}});
    }
    SECTION("a skipped set cuts the move short; it hurts is recorded as hurt") {
        runFor(player, clock, 12000);
        player.skip(); // roll set 1 left early
        runFor(player, clock, 40000);
        CHECK(stored().steps[0].outcome == StepOutcome::CutShort);
        player.skipMove(QStringLiteral("it hurt"), true);
        runToEnd(player, clock);
        CHECK(stored().steps[1].outcome == StepOutcome::Hurt);
        CHECK(stored().outcome == SessionOutcome::Completed);
    }
    SECTION("stopped half-way: stopped, with what was done") {
        runFor(player, clock, 50000); // into the left hold
        player.stop();
        const SessionRecord s = stored();
        CHECK(s.outcome == SessionOutcome::Stopped);
        CHECK(s.steps[0].outcome == StepOutcome::Done);
        CHECK(s.steps[1].outcome == StepOutcome::CutShort);
    }
    SECTION("skipped past without doing it") {
        player.skip();     // prepare
        player.skip();     // set 1
        player.skipMove(); // the rest of the move
        runFor(player, clock, 1000);
        CHECK(stored().steps[0].outcome == StepOutcome::Skipped);
    }
}

TEST_CASE("History: JSON export reads back to the same sessions: bad imports are located",
          "[history][export]") {
    QList<SessionRecord> sessions{
        sampleRecord(QStringLiteral("One")),
        sampleRecord(QStringLiteral("Two"), QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC))};
    sessions[1].outcome = SessionOutcome::Running;
    sessions[1].note.clear();
    const HistoryImport back = historyFromJson(historyToJson(sessions));
    INFO(joinErrors(back.errors).toStdString());
    REQUIRE(back.ok());
    REQUIRE(back.sessions.size() == 2);
    CHECK(back.sessions[0] == sessions[1]); // oldest first
    CHECK(back.sessions[1].uuid == sessions[0].uuid);
    CHECK(back.sessions[1].steps == sessions[0].steps);
    CHECK(back.sessions[1].before == sessions[0].before);

    QByteArray bad = historyToJson(sessions);
    bad.replace("\"rating", "\"x");
    bad.replace("\"cut-short\"", "\"great\"");
    const HistoryImport broken = historyFromJson(bad);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.sessions.isEmpty());
    CHECK(joinErrors(broken.errors).contains(QStringLiteral("/sessions/1/steps/2/outcome")));
    CHECK_FALSE(historyFromJson("[]").ok());
    CHECK_FALSE(
        historyFromJson(QByteArray("{\"format\":\"rollguide-history\",\"version\":1,\"sessions\":[]}") +
                        QByteArray(1, '\0')) // a NUL byte after the document
            .ok());

    SECTION("merging adds only the sessions the history does not hold") {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        REQUIRE(store.open().writable);
        SessionRecord existing = sessions[0];
        REQUIRE_NO_ERROR(store.save(existing));
        const auto added = store.merge(back.sessions);
        REQUIRE(added.ok());
        CHECK(added.value() == 1);
        CHECK(store.merge(back.sessions).value() == 0);
        CHECK(withoutIds(readAll(store)).size() == 2);
    }
}

TEST_CASE("History: CSV has one row per session, a column per region, and defuses formulas",
          "[history][export]") {
    SessionRecord r = sampleRecord(QStringLiteral("=HYPERLINK(\"x\")"));
    const QStringList lines =
        QString::fromUtf8(historyToCsv({r})).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] ==
          QStringLiteral("started_utc,local_date,local_time,routine,outcome,planned_s,actual_s,steps,done,"
                         "cut_short,skipped,hurt,lower_before,lower_after,mid_before,mid_after,"
                         "upper_before,upper_after,note"));
    CHECK(lines[1].startsWith(QStringLiteral("2026-11-03T07:30:00Z,2026-11-03,")));
    CHECK(lines[1].contains(
        QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",completed,275,250,3,1,1,0,1,6,3,,,4,4,")));
    CHECK(
        lines[1].endsWith(QStringLiteral("\"Stiff after the drive, \"\"better\"\" later, 100% worth it\"")));
}

TEST_CASE("History: consistency, meaningful change, moves that hurt and rising tightness", "[history]") {
    const QDate today(2026, 12, 2); // a Wednesday
    QList<SessionRecord> list;
    const auto add = [&](const QDate& day, StepOutcome outcome = StepOutcome::Done) {
        SessionRecord r = sampleRecord(QStringLiteral("S"), QDateTime(day, QTime(12, 0), Qt::UTC));
        r.utcOffsetSeconds = 0;
        r.steps = {{QStringLiteral("sacrum-hip-release"), QStringLiteral("Sacrum release"), outcome}};
        list << r;
        return &list.last();
    };
    for (int d = 0; d < 4; ++d)
        add(QDate(2026, 11, 23).addDays(d));           // last week: 4
    add(QDate(2026, 11, 30));                          // this week so far: 1
    add(QDate(2026, 11, 16), StepOutcome::NotReached); // nothing done: not counted
    const QList<WeekCount> weeks = weeklyCounts(list, today, 8);
    REQUIRE(weeks.size() == 8);
    CHECK(weeks.last().monday == QDate(2026, 11, 30));
    CHECK(weeks.last().sessions == 1);
    CHECK(weeks[6].sessions == 4);
    CHECK(weeks[5].sessions == 0);
    CHECK(weeksOnTarget(weeks) == 1);

    CHECK(isMeaningfulChange(6, 4));
    CHECK(isMeaningfulChange(3, 2)); // a third of where it started
    CHECK_FALSE(isMeaningfulChange(6, 5));
    CHECK_FALSE(isMeaningfulChange(0, 1));
    CHECK(ratingChanges({{Region::Lower, 6}}, {{Region::Lower, 3}, {Region::Mid, 2}}) ==
          QStringList{QStringLiteral("Lower back 6 → 3")});

    const QDateTime now(today, QTime(20, 0), Qt::UTC);
    add(QDate(2026, 11, 25), StepOutcome::Hurt);
    CHECK_FALSE(moveTallies(list, now).at(0).hurtTwiceRecently);
    add(QDate(2026, 12, 1), StepOutcome::Hurt);
    const QList<MoveTally> tallies = moveTallies(list, now);
    REQUIRE(tallies.size() == 1);
    CHECK(tallies[0].done == 5);
    CHECK(tallies[0].hurt == 2);
    CHECK(tallies[0].hurtTwiceRecently);
    CHECK_FALSE(moveTallies(list, now.addDays(30)).at(0).hurtTwiceRecently);

    list.clear();
    add(QDate(2026, 11, 20))->before = {{Region::Lower, 3}};
    add(QDate(2026, 11, 27))->before = {{Region::Lower, 4}, {Region::Upper, 2}};
    add(QDate(2026, 12, 2))->before = {{Region::Lower, 5}, {Region::Upper, 3}};
    CHECK(risingTightness(list, now) == QList<Region>{Region::Lower});
}
