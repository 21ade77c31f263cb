// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "HistoryStore.h"
#include "FolderLock.h"
#include "SafeFile.h"
#include "UserFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <atomic>
#include <cerrno>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rollguide {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// Each migration takes the schema from version i to i + 1. A new history runs them all, so the path an
// old file takes is the path every file takes. docs/history-format.md describes the result.
const QList<QStringList>& migrations() {
    static const QList<QStringList> steps = {
        // 0 -> 1: sessions and their steps.
        {
            QStringLiteral("CREATE TABLE session ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " started_utc TEXT NOT NULL,"
                           " utc_offset_s INTEGER NOT NULL,"
                           " time_zone TEXT NOT NULL DEFAULT '',"
                           " routine_id TEXT NOT NULL DEFAULT '',"
                           " routine_name TEXT NOT NULL,"
                           " routine_json TEXT NOT NULL DEFAULT '',"
                           " regions TEXT NOT NULL DEFAULT '',"
                           " planned_ms INTEGER NOT NULL CHECK (planned_ms >= 0),"
                           " actual_ms INTEGER NOT NULL CHECK (actual_ms >= 0),"
                           " paused_ms INTEGER NOT NULL CHECK (paused_ms >= 0),"
                           " inhale_ms INTEGER NOT NULL,"
                           " exhale_ms INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'stopped')),"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX session_started ON session (started_utc)"),
            QStringLiteral("CREATE TABLE step ("
                           " session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL CHECK (position >= 0),"
                           " exercise_id TEXT NOT NULL,"
                           " exercise_name TEXT NOT NULL,"
                           " outcome TEXT NOT NULL"
                           "  CHECK (outcome IN ('not-reached', 'done', 'cut-short', 'skipped', 'hurt')),"
                           " PRIMARY KEY (session_id, position)) WITHOUT ROWID"),
        },
        // 1 -> 2: the check-ins before and after.
        {
            QStringLiteral("CREATE TABLE check_in ("
                           " session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
                           " moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),"
                           " region TEXT NOT NULL CHECK (region IN ('lower', 'mid', 'upper')),"
                           " rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),"
                           " PRIMARY KEY (session_id, moment, region)) WITHOUT ROWID"),
        },
    };
    return steps;
}

std::atomic<int> g_connectionCounter{0};

constexpr int kBusyTimeoutMs = 5000;

/// The first 16 bytes of a regular file, read without blocking; or why they cannot be read.
struct Header {
    QByteArray bytes;
    qint64 size = -1;
    QString error;
};

Header readHeader(const QString& path) {
    Header h;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        h.error = describeFileError(errno);
        return h;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString what = describeNonRegular(path);
        h.error = what.isEmpty() ? describeFileError(errno) : what;
        ::close(fd);
        return h;
    }
    h.size = qint64(st.st_size);
    char buf[16];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0)
        h.bytes = QByteArray(buf, int(n));
    ::close(fd);
    return h;
}

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString joinRegions(const QList<Region>& regions) {
    QStringList keys;
    for (Region r : regions)
        keys << regionKey(r);
    return keys.join(u',');
}

QList<Region> splitRegions(const QString& text) {
    QList<Region> out;
    for (const QString& key : text.split(u',', Qt::SkipEmptyParts))
        if (const auto r = regionFromKey(key); r && !out.contains(*r))
            out << *r;
    return out;
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString notNull(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// The SQLite result code behind a Qt SQL error (its primary code), or 0.
int sqliteCode(const QSqlError& e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

} // namespace

QString HistoryStore::defaultPath() {
    return appDataFolder() + QStringLiteral("/history.sqlite");
}

HistoryStore::HistoryStore(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode) {}

HistoryStore::~HistoryStore() {
    closeConnection();
}

void HistoryStore::closeConnection() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString HistoryStore::describe(const QString& what, const QSqlError& e) const {
    QString why;
    switch (sqliteCode(e)) {
    case 13: // SQLITE_FULL
        why = Text::tr("the disk is full, or the file would be larger than this system allows");
        break;
    case 8: // SQLITE_READONLY
        why = Text::tr("the file or its folder is read-only");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        why = Text::tr("another RollGuide kept it busy for more than %n second(s)", nullptr,
                       kBusyTimeoutMs / 1000);
        break;
    case 10: // SQLITE_IOERR
        why = Text::tr(
            "the disk could not be written or read (it may be full, the file may be larger than this "
            "system allows, or the disk may be failing)");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        why = Text::tr("the file is damaged");
        break;
    case 14: // SQLITE_CANTOPEN
        why = Text::tr("the file cannot be opened");
        break;
    default:
        why = e.text().trimmed();
        break;
    }
    const QString detail = e.databaseText().trimmed();
    if (!detail.isEmpty() && !why.contains(detail))
        why += QStringLiteral(" (%1)").arg(detail);
    return Text::tr("%1 %2: %3").arg(what, m_path, why);
}

const HistoryStore::OpenReport& HistoryStore::open() {
    if (m_opened)
        return m_report;
    m_opened = true;
    if (m_mode == Mode::ReadOnly)
        openReadOnly();
    else
        openReadWrite();
    if (!m_report.problem.isEmpty())
        spdlog::warn("history: {}", m_report.problem.toStdString());
    else
        spdlog::debug("history: {} open ({}), schema {}", m_path.toStdString(),
                      m_report.writable ? "read-write" : "read-only", m_report.fileVersion);
    return m_report;
}

/// Opens the connection; `writable` decides the open flags.
static QSqlDatabase connect(const QString& name, const QString& path, bool writable) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (!writable)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    db.open();
    return db;
}

QString HistoryStore::classify(bool* newer, bool* notOurs) {
    *newer = false;
    *notOurs = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return describe(Text::tr("Could not open the history"), db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        const int code = sqliteCode(q.lastError());
        if (code == 11 || code == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB: the bytes, not the disk
            *notOurs = true;
            return Text::tr("%1 is not a usable history (%2)")
                .arg(m_path, q.lastError().databaseText().trimmed());
        }
        return describe(Text::tr("Could not read the history"), q.lastError());
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        *notOurs = true;
        return Text::tr("%1 is damaged (%2)").arg(m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return describe(Text::tr("Could not read the history"), q.lastError());
    const qint32 appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return describe(Text::tr("Could not read the history"), q.lastError());
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return describe(Text::tr("Could not read the history"), q.lastError());
    const int objects = q.value(0).toInt();
    if (appId == 0 && version == 0 && objects == 0) {
        m_report.fileVersion = 0; // an empty database: a new history
        return {};
    }
    *notOurs = true;
    if (appId != kApplicationId)
        return Text::tr("%1 is an SQLite database, but not a RollGuide history (another program's file)")
            .arg(m_path);
    if (version < 1)
        return Text::tr("%1 is a RollGuide history with no schema version").arg(m_path);
    *notOurs = false;
    m_report.fileVersion = version;
    m_version = version;
    *newer = version > kSchemaVersion;
    return {};
}

void HistoryStore::openReadOnly() {
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink()) {
        m_report.missing = true;
        m_report.ok = true; // nothing recorded yet: an empty history
        return;
    }
    const Header h = readHeader(m_path);
    if (!h.error.isEmpty()) {
        m_report.problem = Text::tr("The history %1 cannot be read: %2.").arg(m_path, h.error);
        return;
    }
    if (h.size == 0 || h.bytes != kSqliteMagic) {
        m_report.problem = Text::tr("The history %1 is not an SQLite database (%2).")
                               .arg(m_path, h.size == 0 ? Text::tr("it is empty")
                                                        : Text::tr("its first bytes are not SQLite's"));
        return;
    }
    m_connection = QStringLiteral("rollguide-history-%1").arg(g_connectionCounter++);
    connect(m_connection, m_path, false);
    bool newer = false, notOurs = false;
    if (const QString why = classify(&newer, &notOurs); !why.isEmpty()) {
        m_report.problem = why + u'.';
        closeConnection();
        return;
    }
    m_report.ok = true;
}

void HistoryStore::openReadWrite() {
    const QFileInfo info(m_path);
    // Two RollGuides opening at once take turns: one of them may have just created the file, still
    // empty, and the other must not take it for a broken one and move it aside.
    std::optional<FolderLock> opening;
    if (QDir().mkpath(info.absolutePath())) {
        opening.emplace(info.absolutePath() + QStringLiteral("/.history.lock"));
        bool busy = false;
        if (opening->opened() && !opening->lock(kBusyTimeoutMs, busy) && busy)
            spdlog::warn("history: another RollGuide kept {} busy for {} s; opening anyway",
                         m_path.toStdString(), kBusyTimeoutMs / 1000);
    }
    QString movedBecause;
    const auto moveAsideAll = [&](const QString& why) {
        const Result<QString> moved = moveAside(m_path);
        if (!moved) {
            m_report.problem = Text::tr("%1. It could not be moved aside (%2), so this session's history is "
                                        "kept only until RollGuide closes.")
                                   .arg(why, moved.error());
            return false;
        }
        m_report.movedTo = moved.value();
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString side = m_path + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, m_report.movedTo + QLatin1String(suffix));
        }
        movedBecause = why;
        return true;
    };

    if (info.exists() || info.isSymLink()) {
        const Header h = readHeader(m_path);
        if (!h.error.isEmpty()) {
            m_report.problem = Text::tr("The history %1 cannot be read: %2.").arg(m_path, h.error);
            return; // a folder or a pipe is not ours to move
        }
        if (h.size == 0 || h.bytes != kSqliteMagic) {
            const QString why = Text::tr("%1 is not an SQLite database (%2)")
                                    .arg(m_path, h.size == 0 ? Text::tr("it is empty")
                                                             : Text::tr("its first bytes are not SQLite's"));
            if (!moveAsideAll(why))
                return;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        m_report.problem =
            Text::tr("The history cannot be kept: the folder %1 cannot be created.").arg(info.absolutePath());
        return;
    }

    if (m_report.movedTo.isEmpty() && QFileInfo::exists(m_path)) {
        m_connection = QStringLiteral("rollguide-history-%1").arg(g_connectionCounter++);
        connect(m_connection, m_path, true);
        bool newer = false, notOurs = false;
        const QString why = classify(&newer, &notOurs);
        if (!why.isEmpty() && notOurs) {
            closeConnection();
            if (!moveAsideAll(why))
                return;
        } else if (!why.isEmpty()) {
            // The file may be fine and the disk or folder read-only: show what it holds, record nothing.
            closeConnection();
            m_connection = QStringLiteral("rollguide-history-%1").arg(g_connectionCounter++);
            connect(m_connection, m_path, false);
            bool newerToo = false, notOursToo = false;
            const bool readable = classify(&newerToo, &notOursToo).isEmpty();
            if (!readable)
                closeConnection();
            m_report.ok = readable;
            const QString folder = info.absolutePath();
            const QString reason = ::access(QFile::encodeName(folder).constData(), W_OK) != 0
                                       ? Text::tr("%1 cannot be written: its folder cannot be changed (%2)")
                                             .arg(m_path, describeFileError(errno))
                                       : why;
            m_report.problem = Text::tr("%1. Sessions are not recorded until this is put right.").arg(reason);
            return;
        } else if (newer) {
            closeConnection();
            m_connection = QStringLiteral("rollguide-history-%1").arg(g_connectionCounter++);
            connect(m_connection, m_path, false);
            m_report.ok = true;
            m_report.problem =
                Text::tr("The history %1 was written by a newer RollGuide (schema %2; this one "
                         "knows %3). It is shown read-only, and sessions are not recorded.")
                    .arg(m_path)
                    .arg(m_report.fileVersion)
                    .arg(kSchemaVersion);
            return;
        }
    }
    if (m_connection.isEmpty()) {
        m_connection = QStringLiteral("rollguide-history-%1").arg(g_connectionCounter++);
        connect(m_connection, m_path, true);
        m_report.fileVersion = 0;
    }
    if (const Status s = configure(true); !s.ok()) {
        m_report.problem = s.error() + u'.';
        closeConnection();
        return;
    }
    if (m_report.fileVersion < kSchemaVersion) {
        if (const Status s = migrate(m_report.fileVersion); !s.ok()) {
            m_report.problem = s.error() + u'.';
            closeConnection();
            return;
        }
    }
    m_report.ok = true;
    m_report.writable = true;
    m_version = kSchemaVersion;
    if (!movedBecause.isEmpty())
        m_report.problem =
            Text::tr("%1. It was moved aside, unchanged, to %2, and a new history was started.")
                .arg(movedBecause, m_report.movedTo);
}

Status HistoryStore::configure(bool writable) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Status::failure(describe(Text::tr("Could not open the history"), db.lastError()));
    QSqlQuery q(db);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (writable)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString& p : std::as_const(pragmas))
        if (!q.exec(p))
            return Status::failure(describe(Text::tr("Could not set up the history"), q.lastError()));
    return {};
}

Status HistoryStore::migrate(int from) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(describe(Text::tr("Could not update the history"), q.lastError()));
    const auto fail = [&](const QSqlError& e) {
        const QString why = describe(Text::tr("Could not update the history"), e);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(why);
    };
    // Read again inside the transaction: a second RollGuide may have migrated it meanwhile.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError());
    const int version = std::max(from, q.value(0).toInt());
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString& statement : migrations().at(v))
            if (!q.exec(statement))
                return fail(q.lastError());
        if (version > 0)
            spdlog::info("history: {} migrated from schema {} to {}", m_path.toStdString(), v, v + 1);
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
        return fail(q.lastError());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError());
    if (version == 0)
        spdlog::info("history: started {}", m_path.toStdString());
    return {};
}

Status HistoryStore::save(SessionRecord& r) {
    return write({&r});
}

Status HistoryStore::write(const QList<SessionRecord*>& records) {
    if (!m_report.writable)
        return Status::failure(m_report.problem.isEmpty()
                                   ? Text::tr("The history %1 is not open for writing.").arg(m_path)
                                   : m_report.problem);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QString what = Text::tr("Could not save the session to the history");
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(describe(what, q.lastError()));
    const auto fail = [&](const QSqlError& e) {
        const QString why = describe(what, e);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(why);
    };
    QSqlQuery session(db), del(db), delChecks(db), step(db), check(db);
    session.prepare(QStringLiteral(
        "INSERT INTO session (uuid, started_utc, utc_offset_s, time_zone, routine_id, routine_name, "
        "routine_json,"
        " regions, planned_ms, actual_ms, paused_ms, inhale_ms, exhale_ms, outcome, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET started_utc = excluded.started_utc, utc_offset_s = "
        "excluded.utc_offset_s,"
        " time_zone = excluded.time_zone, routine_id = excluded.routine_id, routine_name = "
        "excluded.routine_name,"
        " routine_json = excluded.routine_json, regions = excluded.regions, planned_ms = excluded.planned_ms,"
        " actual_ms = excluded.actual_ms, paused_ms = excluded.paused_ms, inhale_ms = excluded.inhale_ms,"
        " exhale_ms = excluded.exhale_ms, outcome = excluded.outcome, note = excluded.note"
        " RETURNING id"));
    del.prepare(QStringLiteral("DELETE FROM step WHERE session_id = ?"));
    delChecks.prepare(QStringLiteral("DELETE FROM check_in WHERE session_id = ?"));
    step.prepare(QStringLiteral("INSERT INTO step (session_id, position, exercise_id, exercise_name, "
                                "outcome) VALUES (?, ?, ?, ?, ?)"));
    check.prepare(
        QStringLiteral("INSERT INTO check_in (session_id, moment, region, rating) VALUES (?, ?, ?, ?)"));
    QList<qint64> ids;
    for (SessionRecord* record : records) {
        const SessionRecord& r = *record;
        session.addBindValue(notNull(r.uuid));
        session.addBindValue(isoUtc(r.started));
        session.addBindValue(r.utcOffsetSeconds);
        session.addBindValue(notNull(r.timeZone));
        session.addBindValue(notNull(r.routineId));
        session.addBindValue(notNull(r.routineName));
        session.addBindValue(notNull(QString::fromUtf8(r.routineJson)));
        session.addBindValue(joinRegions(r.regions));
        session.addBindValue(r.plannedMs);
        session.addBindValue(r.actualMs);
        session.addBindValue(r.pausedMs);
        session.addBindValue(r.inhaleMs);
        session.addBindValue(r.exhaleMs);
        session.addBindValue(sessionOutcomeKey(r.outcome));
        session.addBindValue(notNull(r.note));
        if (!session.exec() || !session.next())
            return fail(session.lastError());
        const qint64 id = session.value(0).toLongLong();
        session.finish();
        ids << id;

        del.addBindValue(id);
        if (!del.exec())
            return fail(del.lastError());
        for (int i = 0; i < r.steps.size(); ++i) {
            const StepRecord& s = r.steps[i];
            step.addBindValue(id);
            step.addBindValue(i);
            step.addBindValue(notNull(s.exerciseId));
            step.addBindValue(notNull(s.exerciseName));
            step.addBindValue(stepOutcomeKey(s.outcome));
            if (!step.exec())
                return fail(step.lastError());
        }
        delChecks.addBindValue(id);
        if (!delChecks.exec())
            return fail(delChecks.lastError());
        for (const auto& [moment, ratings] :
             {std::pair{QStringLiteral("before"), &r.before}, std::pair{QStringLiteral("after"), &r.after}}) {
            for (auto it = ratings->cbegin(); it != ratings->cend(); ++it) {
                check.addBindValue(id);
                check.addBindValue(moment);
                check.addBindValue(regionKey(it.key()));
                check.addBindValue(std::clamp(it.value(), 0, kMaxRating));
                if (!check.exec())
                    return fail(check.lastError());
            }
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError());
    for (int i = 0; i < records.size(); ++i)
        records[i]->id = ids[i];
    return {};
}

Result<QList<SessionRecord>> HistoryStore::sessions(int limit) const {
    using R = Result<QList<SessionRecord>>;
    if (!m_report.ok)
        return R::failure(m_report.problem);
    if (m_connection.isEmpty())
        return QList<SessionRecord>{}; // no file yet
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString what = Text::tr("Could not read the history");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT id, uuid, started_utc, utc_offset_s, time_zone, routine_id, routine_name, "
                       "routine_json, regions,"
                       " planned_ms, actual_ms, paused_ms, inhale_ms, exhale_ms, outcome, note FROM session"
                       " ORDER BY started_utc DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql))
        return R::failure(describe(what, q.lastError()));
    QList<SessionRecord> out;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        SessionRecord r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.started = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
        r.utcOffsetSeconds = q.value(3).toInt();
        r.timeZone = q.value(4).toString();
        r.routineId = q.value(5).toString();
        r.routineName = q.value(6).toString();
        r.routineJson = q.value(7).toString().toUtf8();
        r.regions = splitRegions(q.value(8).toString());
        r.plannedMs = q.value(9).toLongLong();
        r.actualMs = q.value(10).toLongLong();
        r.pausedMs = q.value(11).toLongLong();
        r.inhaleMs = q.value(12).toInt();
        r.exhaleMs = q.value(13).toInt();
        r.outcome = sessionOutcomeFromKey(q.value(14).toString()).value_or(SessionOutcome::Running);
        r.note = q.value(15).toString();
        indexOf.insert(r.id, int(out.size()));
        out << std::move(r);
    }
    if (out.isEmpty())
        return out;
    QString filter;
    if (limit > 0) {
        QStringList ids;
        for (const SessionRecord& r : std::as_const(out))
            ids << QString::number(r.id);
        filter = QStringLiteral(" WHERE session_id IN (%1)").arg(ids.join(u','));
    }
    // Outcomes, moments and regions come back as small numbers: fewer and cheaper values per row, which
    // is most of the time reading ten years takes.
    if (!q.exec(
            QStringLiteral("SELECT session_id, exercise_id, exercise_name, CASE outcome WHEN 'done' THEN 1 "
                           "WHEN 'cut-short' THEN 2 WHEN 'skipped' THEN 3 WHEN 'hurt' THEN 4 ELSE 0 END "
                           "FROM step%1 ORDER BY session_id, position")
                .arg(filter)))
        return R::failure(describe(what, q.lastError()));
    constexpr StepOutcome kByNumber[] = {StepOutcome::NotReached, StepOutcome::Done, StepOutcome::CutShort,
                                         StepOutcome::Skipped, StepOutcome::Hurt};
    QHash<QString, QString> names; // one copy of each move's id and name, shared by every step
    const auto shared = [&names](const QString& s) {
        auto it = names.constFind(s);
        return it != names.cend() ? *it : *names.insert(s, s);
    };
    qint64 lastId = -1;
    SessionRecord* current = nullptr;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != lastId) {
            const auto it = indexOf.constFind(id);
            current = it == indexOf.cend() ? nullptr : &out[*it];
            lastId = id;
        }
        if (!current)
            continue;
        const int outcome = q.value(3).toInt();
        current->steps.append({shared(q.value(1).toString()), shared(q.value(2).toString()),
                               kByNumber[outcome >= 0 && outcome <= 4 ? outcome : 0]});
    }
    if (m_version >= 2) {
        if (!q.exec(QStringLiteral(
                        "SELECT session_id, (moment = 'after') * 16 + (CASE region WHEN 'lower' THEN 0 "
                        "WHEN 'mid' THEN 1 WHEN 'upper' THEN 2 ELSE 3 END) * 4096 + rating FROM check_in%1")
                        .arg(filter)))
            return R::failure(describe(what, q.lastError()));
        while (q.next()) {
            const auto it = indexOf.constFind(q.value(0).toLongLong());
            const int code = q.value(1).toInt();
            const int region = code / 4096;
            if (it == indexOf.cend() || region > 2)
                continue;
            SessionRecord& r = out[*it];
            ((code / 16) % 256 == 1 ? r.after : r.before)
                .insert(kAllRegions[region], std::clamp(code % 16, 0, kMaxRating));
        }
    }
    return out;
}

Status HistoryStore::remove(const QString& uuid) {
    if (!m_report.writable)
        return Status::failure(Text::tr("The history %1 is read-only.").arg(m_path));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM session WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return Status::failure(
            describe(Text::tr("Could not delete the session from the history"), q.lastError()));
    return {};
}

Status HistoryStore::removeAll() {
    if (!m_report.writable)
        return Status::failure(Text::tr("The history %1 is read-only.").arg(m_path));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM session")))
        return Status::failure(describe(Text::tr("Could not delete the history"), q.lastError()));
    return {};
}

Result<int> HistoryStore::merge(const QList<SessionRecord>& records) {
    const Result<QList<SessionRecord>> existing = sessions();
    if (!existing)
        return Result<int>::failure(existing.error());
    QSet<QString> known;
    for (const SessionRecord& r : existing.value())
        known.insert(r.uuid);
    QList<SessionRecord> fresh;
    for (const SessionRecord& r : records) {
        if (r.uuid.isEmpty() || known.contains(r.uuid))
            continue;
        known.insert(r.uuid);
        fresh << r;
        fresh.last().id = 0;
    }
    QList<SessionRecord*> pointers;
    for (SessionRecord& r : fresh)
        pointers << &r;
    if (const Status s = write(pointers); !s.ok())
        return Result<int>::failure(s.error());
    return int(fresh.size());
}

} // namespace rollguide
