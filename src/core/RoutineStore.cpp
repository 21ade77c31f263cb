// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineStore.h"

#include "FolderLock.h"
#include "JsonReader.h"
#include "PlainText.h"
#include "Routine.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

#include <cerrno>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::RoutineStore)
};

const QString kJsonSuffix = QStringLiteral(".json");
const QString kSaveLockName = QStringLiteral(".rollguide-save.lock");
const QString kInstanceLockName = QStringLiteral(".rollguide-instance.lock");

QByteArray hashOf(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

/// A routine file's bytes, read with the size cap; never blocks on a pipe.
RegularFileRead readCapped(const QString& path) {
    return readRegularFile(path, kMaxRoutineBytes);
}

/// What a routine file's bytes hold.
struct Classified {
    enum Kind { Good, Newer, Damaged };
    Kind kind = Damaged;
    Routine routine;
    bool knownFieldsRead = false; ///< Newer: the fields this version knows could be read.
    qint64 version = 0;           ///< Newer: the file's schemaVersion.
    QString error;                ///< Damaged: the parser's first error with its place.
};

Classified classify(const QByteArray& bytes, const QString& fileName) {
    Classified c;
    const RoutineLoadResult r = parseRoutine(bytes);
    if (r.ok()) {
        c.kind = Classified::Good;
        c.routine = *r.routine;
        return c;
    }
    if (r.newerSchemaVersion) {
        c.kind = Classified::Newer;
        c.version = *r.newerSchemaVersion;
        const RoutineLoadResult n = parseNewerRoutine(bytes);
        if (n.ok()) {
            c.routine = *n.routine;
            c.knownFieldsRead = true;
        } else {
            // List it by its name when that much can be read, else by its file name.
            const Json root =
                Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
            if (root.is_object() && root.contains("name") && root["name"].is_string())
                c.routine.name = QString::fromStdString(root["name"].get<std::string>())
                                     .trimmed()
                                     .left(JsonReader::kMaxName);
            if (c.routine.name.isEmpty())
                c.routine.name = fileName.left(fileName.size() - kJsonSuffix.size());
        }
        return c;
    }
    c.kind = Classified::Damaged;
    c.error = r.errors.isEmpty() ? Text::tr("it could not be read") : r.errors.first().toString();
    return c;
}

QString newerReason(const Classified& c) {
    if (c.knownFieldsRead)
        return Text::tr("It was written by a newer RollGuide (schema version %1), so this version shows it "
                        "read-only and never saves over it. Save it as a new routine to change it.")
            .arg(c.version);
    return Text::tr(
               "It was written by a newer RollGuide (schema version %1), and this version cannot read its "
               "moves, so it is only listed. Update RollGuide to use it.")
        .arg(c.version);
}

// A readable (good or newer) file as the store hands it out; newer ones are read-only.
StoredRoutine storedFrom(const QString& fileName, const Classified& c) {
    StoredRoutine s;
    s.fileName = fileName;
    s.routine = c.routine;
    if (c.kind == Classified::Newer) {
        s.readOnly = true;
        s.readOnlyReason = newerReason(c);
    }
    return s;
}

void setFingerprint(StoredRoutine& r, qint64 size, qint64 modifiedMs, const QByteArray& bytes) {
    r.diskSize = size;
    r.diskModifiedMs = modifiedMs;
    r.diskHash = hashOf(bytes);
}

void setFingerprint(StoredRoutine& r, const FileState& disk, const QByteArray& bytes) {
    setFingerprint(r, disk.size, disk.modifiedMs, bytes);
}

/// True when the file on disk (as read in `now`) is not the one `r` last saw.
bool differs(const StoredRoutine& r, const RegularFileRead& now) {
    if (now.status == RegularFileRead::Missing)
        return r.isOnDisk(); // deleted elsewhere
    if (!r.isOnDisk())
        return true; // created elsewhere
    if (now.size != r.diskSize || now.modifiedMs != r.diskModifiedMs)
        return true;
    if (now.status != RegularFileRead::Ok)
        return true;
    return hashOf(now.bytes) != r.diskHash;
}

/// The routine's name in quotes, or its file name when it has none.
QString labelOf(const StoredRoutine& r) {
    const QString name = r.routine.name.trimmed();
    return name.isEmpty() ? r.fileName : QStringLiteral("\u201c%1\u201d").arg(name);
}

/// Serializes a routine, checking that it would read back; otherwise says why not.
Result<QByteArray> writableBytes(const Routine& routine) {
    const QList<PlanError> invalid = validateRoutine(routine);
    if (!invalid.isEmpty())
        return Result<QByteArray>::failure(invalid.first().toString());
    QByteArray bytes = serializeRoutine(routine);
    const RoutineLoadResult back = parseRoutine(bytes);
    if (!back.ok())
        return Result<QByteArray>::failure(back.errors.isEmpty() ? Text::tr("it would not read back")
                                                                 : back.errors.first().toString());
    return bytes;
}

/// `path + infix + timestamp[-n]`, a name not yet taken.
QString freeStampedName(const QString& path, const QString& infix) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + infix + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = path + infix + stamp + QStringLiteral("-%1").arg(n);
    return target;
}

/// The raw names in a folder, as the file system holds them (they need not be UTF-8).
QList<QByteArray> listFolder(const QString& folder, bool& ok) {
    QList<QByteArray> names;
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    ok = dir != nullptr;
    if (!dir)
        return names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

bool isRoutineFileName(const QString& name) {
    return RoutineStore::isBareFileName(name) && name.endsWith(kJsonSuffix, Qt::CaseInsensitive) &&
           name.size() > kJsonSuffix.size();
}
} // namespace

RoutineStore::RoutineStore(QString folder)
    : m_folder(QDir::cleanPath(folder)) {}

RoutineStore::~RoutineStore() {
    if (m_instanceLockFd >= 0)
        ::close(m_instanceLockFd);
}

QString RoutineStore::pathOf(const QString& fileName) const {
    return m_folder + u'/' + fileName;
}

bool RoutineStore::isBareFileName(const QString& name) {
    if (name.isEmpty() || name.startsWith(u'.') || QFile::encodeName(name).size() > 255)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
}

RoutineStore::LoadReport RoutineStore::loadAll(LoadMode mode) {
    LoadReport report;
    const bool recover = mode == LoadMode::Recover;
    const auto folderProblem = [&](const QString& message) {
        report.problems.append({{}, message, {}, false});
    };

    const QFileInfo folderInfo(m_folder);
    if (folderInfo.exists() && !folderInfo.isDir()) {
        folderProblem(
            Text::tr("The routines folder %1 is not a folder, so no routines could be read.").arg(m_folder));
        return report;
    }
    if (!folderInfo.exists()) {
        // Nothing to read. Only the editor, which will save here, makes the folder.
        if (recover && !QDir().mkpath(m_folder))
            folderProblem(
                Text::tr("The routines folder %1 could not be created, so no routines could be read.")
                    .arg(m_folder));
        return report;
    }
    bool listed = false;
    const QList<QByteArray> names = listFolder(m_folder, listed);
    if (!listed) {
        folderProblem(
            Text::tr("The routines folder %1 cannot be read, so no routines could be read.").arg(m_folder));
        return report;
    }
    const QString canonicalFolder = QFileInfo(m_folder).canonicalFilePath();

    for (const QByteArray& raw : names) {
        // Hidden files, backups, moved-aside and deleted copies, temporary files: not routine files.
        if (raw.startsWith('.') || !raw.toLower().endsWith(".json") || raw.size() <= kJsonSuffix.size())
            continue;
        const QString name = QString::fromUtf8(raw);
        const QString path = m_folder + u'/' + QFile::decodeName(raw);
        // Files only (and links to files): no subfolders, devices, pipes or broken links.
        struct stat st {};
        if (::stat((QFile::encodeName(m_folder) + '/' + raw).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (name.toUtf8() != raw || !isRoutineFileName(name)) {
            // A name RollGuide cannot keep safely (bytes that are not UTF-8, a line break, a tab, a
            // backslash): say so rather than skip it.
            report.problems.append(
                {printableFileName(raw),
                 Text::tr("%1 is not used: its name holds characters RollGuide does not accept in a "
                          "routine file's name (bytes that are not UTF-8 text, control characters or "
                          "a backslash). Rename it to use it.")
                     .arg(printableFileName(raw)),
                 {},
                 false});
            continue;
        }
        if (QFileInfo(path).isSymLink()) {
            const QString target = QFileInfo(path).canonicalFilePath();
            if (target.isEmpty() || QFileInfo(target).absolutePath() != canonicalFolder)
                continue; // links out of the folder are never followed
        }
        const RegularFileRead read = readCapped(path);
        if (read.status == RegularFileRead::Missing)
            continue; // gone since the folder was listed
        if (read.status == RegularFileRead::Failed) {
            // Not known to be damaged, only unreadable now: leave it exactly where it is.
            report.problems.append(
                {name,
                 Text::tr("%1 could not be read: %2. It was left as it is.").arg(name, read.error),
                 {},
                 false});
            continue;
        }

        Classified c;
        if (read.status == RegularFileRead::TooLarge) {
            c.kind = Classified::Damaged;
            c.error = read.error;
        } else {
            c = classify(read.bytes, name);
        }

        if (c.kind != Classified::Damaged) {
            StoredRoutine s = storedFrom(name, c);
            setFingerprint(s, read.size, read.modifiedMs, read.bytes);
            report.routines.append(s);
            continue;
        }

        StoreProblem problem;
        problem.fileName = name;
        QString message = Text::tr("%1 could not be read: %2.").arg(name, c.error);
        if (!recover) {
            // Reading only: nothing is moved or restored, and no older copy stands in for it.
            problem.message =
                message + u' ' +
                Text::tr("It was left as it is and not used; open RollGuide's Routines tab to recover it.");
            report.problems.append(problem);
            continue;
        }

        // A damaged file: never overwritten. Move it aside, then fall back on its last good copy.
        const Result<QString> moved = moveAside(path);
        if (moved) {
            problem.movedTo = *moved;
            message += u' ' + Text::tr("It was moved to %1, where it is kept but not used.")
                                  .arg(QFileInfo(*moved).fileName());
        } else {
            message +=
                u' ' + Text::tr("It could not be moved aside either, so it was left as it is and not used.");
        }

        const QString backupPath = backupPathFor(path);
        const QString backupName = QFileInfo(backupPath).fileName();
        const RegularFileRead backup = readCapped(backupPath);
        Classified good;
        if (backup.status == RegularFileRead::Ok)
            good = classify(backup.bytes, name);
        if (backup.status == RegularFileRead::Missing) {
            message += u' ' + Text::tr("There is no earlier copy to restore.");
        } else if (backup.status != RegularFileRead::Ok || good.kind == Classified::Damaged) {
            message +=
                u' ' + Text::tr("Its earlier copy %1 could not be read either: %2.")
                           .arg(backupName, backup.status == RegularFileRead::Ok ? good.error : backup.error);
        } else {
            StoredRoutine s = storedFrom(name, good);
            // Put back only over a file that was moved aside; its outcome matters only then.
            const Status restored = moved ? writeFileAtomically(path, backup.bytes, false) : Status();
            if (moved && restored.ok()) {
                setFingerprint(s, fileState(path), backup.bytes);
                problem.recoveredFromBackup = true;
                message +=
                    u' ' + Text::tr("Its last good copy, %1, was restored and loaded.").arg(backupName);
            } else {
                // The backup is shown but cannot become the file: never saved over from here.
                s.readOnly = true;
                s.readOnlyReason = moved ? Text::tr("This is the last good copy, %1; it could not be put "
                                                    "back (%2), so it is read-only.")
                                               .arg(backupName, restored.error())
                                         : Text::tr("This is the last good copy, %1; the damaged file is "
                                                    "still in its place, so it is read-only.")
                                               .arg(backupName);
                message += u' ' + Text::tr("Its last good copy, %1, is shown read-only.").arg(backupName);
            }
            report.routines.append(s);
        }
        problem.message = message;
        report.problems.append(problem);
    }

    std::sort(report.routines.begin(), report.routines.end(),
              [](const StoredRoutine& a, const StoredRoutine& b) {
                  const int byName = QString::compare(a.routine.name, b.routine.name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.fileName < b.fileName;
              });
    return report;
}

bool RoutineStore::changedOnDisk(const StoredRoutine& r) const {
    return isBareFileName(r.fileName) && differs(r, readCapped(pathOf(r.fileName)));
}

Status RoutineStore::save(StoredRoutine& r, bool overwriteExternalChanges) {
    const QString label = labelOf(r);
    const auto notSaved = [&](const QString& why) {
        return Status::failure(Text::tr("%1 was not saved: %2").arg(label, why));
    };

    if (!isRoutineFileName(r.fileName))
        return notSaved(Text::tr("\u201c%1\u201d is not the name of a routine file in the routines folder.")
                            .arg(r.fileName));
    if (r.readOnly)
        return notSaved(r.readOnlyReason.isEmpty() ? Text::tr("it is read-only.") : r.readOnlyReason);
    const Result<QByteArray> writable = writableBytes(r.routine);
    if (!writable)
        return notSaved(writable.error() + u'.');
    const QByteArray& bytes = writable.value();
    if (!QDir().mkpath(m_folder))
        return notSaved(
            Text::tr("the routines folder %1 cannot be created. Your changes are kept here, not saved.")
                .arg(m_folder));

    // Two RollGuides saving at once: the check below and the write must not interleave.
    // A lock that cannot be opened (a read-only folder) is no reason to stop: the write will say what is
    // wrong.
    FolderLock lock(pathOf(kSaveLockName));
    bool busy = false;
    if (!lock.lock(3000, busy) && busy)
        return notSaved(Text::tr(
            "another RollGuide is saving routines right now. Your changes are kept here; try again."));

    const QString path = pathOf(r.fileName);
    const RegularFileRead now = readCapped(path);
    if (now.status == RegularFileRead::Failed)
        return notSaved(Text::tr("its file %1 cannot be checked: %2. Your changes are kept here, not saved.")
                            .arg(r.fileName, now.error));
    const Classified onDisk =
        now.status == RegularFileRead::Ok ? classify(now.bytes, r.fileName) : Classified{};
    if (now.status == RegularFileRead::Ok && onDisk.kind == Classified::Newer)
        return notSaved(
            Text::tr("its file %1 was written by a newer RollGuide, and this version never saves over "
                     "such a file. Save it as a new routine instead.")
                .arg(r.fileName));
    if (differs(r, now) && !overwriteExternalChanges)
        return notSaved(
            Text::tr("its file %1 was changed elsewhere (perhaps by another RollGuide) since it was opened. "
                     "Your changes are kept here; save again to overwrite the other version, or save "
                     "them as a new routine.")
                .arg(r.fileName));
    // Overwriting a damaged file: move it aside first, so that it neither is lost nor becomes the backup.
    if (now.status == RegularFileRead::TooLarge ||
        (now.status == RegularFileRead::Ok && onDisk.kind == Classified::Damaged)) {
        if (!moveAside(path))
            return notSaved(
                Text::tr("its file %1 cannot be read and could not be moved aside, so it was left as it is. "
                         "Your changes are kept here, not saved.")
                    .arg(r.fileName));
    }

    if (const Status written = writeFileAtomically(path, bytes, true); !written.ok())
        return notSaved(written.error() + u'.' + u' ' + Text::tr("Your changes are kept here, not saved."));
    setFingerprint(r, fileState(path), bytes);
    return {};
}

Status RoutineStore::saveAsNew(StoredRoutine& r) {
    StoredRoutine copy;
    copy.fileName = newFileName(r.routine.name);
    copy.routine = r.routine;
    if (Status saved = save(copy); !saved.ok())
        return saved;
    r = copy;
    return {};
}

QString RoutineStore::newFileName(const QString& routineName) {
    QString slug = fileNameSlug(routineName, SlugAlphabet::Ascii, kMaxSlugLength);
    if (slug.isEmpty())
        slug = QStringLiteral("routine");

    // Taken: handed out before, or any entry in the folder with this name or starting with "name."
    // (its backup, a moved-aside or deleted copy). Compared ignoring case, for case-blind file systems.
    const QStringList existing =
        QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    const auto taken = [&](const QString& candidate) {
        if (m_reserved.contains(candidate))
            return true;
        return std::any_of(existing.begin(), existing.end(), [&](const QString& e) {
            return e.compare(candidate, Qt::CaseInsensitive) == 0 ||
                   e.startsWith(candidate + u'.', Qt::CaseInsensitive);
        });
    };
    QString candidate = slug + kJsonSuffix;
    for (int n = 2; taken(candidate); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        QString base = slug.left(kMaxSlugLength - suffix.size());
        while (base.endsWith(u'-'))
            base.chop(1);
        candidate = base + suffix + kJsonSuffix;
    }
    m_reserved.insert(candidate);
    return candidate;
}

Result<QString> RoutineStore::remove(const QString& fileName) {
    using Moved = Result<QString>;
    if (!isRoutineFileName(fileName))
        return Moved::failure(
            Text::tr(
                "\u201c%1\u201d is not the name of a routine file in the routines folder, so nothing was "
                "removed.")
                .arg(fileName));
    const QString path = pathOf(fileName);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Moved::failure(Text::tr("There is no routine file %1 to remove.").arg(fileName));
    const QString target = freeStampedName(path, QStringLiteral(".deleted-"));
    if (!QFile::rename(path, target))
        return Moved::failure(Text::tr("%1 could not be removed: it could not be renamed to %2.")
                                  .arg(fileName, QFileInfo(target).fileName()));
    return target;
}

Result<Routine> RoutineStore::importFile(const QString& path) {
    const QString shown = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const auto cannot = [&](const QString& why) {
        return Result<Routine>::failure(Text::tr("%1 could not be imported: %2.").arg(shown, why));
    };
    const RegularFileRead read = readCapped(path);
    if (read.status != RegularFileRead::Ok)
        return cannot(read.error);
    const RoutineLoadResult r = parseRoutine(read.bytes);
    if (!r.ok()) {
        if (r.newerSchemaVersion)
            return cannot(
                Text::tr(
                    "it was written by a newer RollGuide (schema version %1); update RollGuide to import it")
                    .arg(*r.newerSchemaVersion));
        QString why = r.errors.isEmpty() ? Text::tr("it is not a routine file") : r.errors.first().toString();
        if (r.errors.size() > 1)
            why += u' ' + Text::tr("(and %n more problem(s))", nullptr, int(r.errors.size() - 1));
        return cannot(why);
    }
    Routine out = *r.routine;
    out.id.clear();
    return out;
}

Status RoutineStore::exportFile(const Routine& routine, const QString& path) {
    const Result<QByteArray> bytes = writableBytes(routine);
    if (!bytes)
        return Status::failure(Text::tr("The routine was not exported: %1.").arg(bytes.error()));
    if (const Status written = writeFileAtomically(path, bytes.value(), false); !written.ok())
        return Status::failure(Text::tr("The routine was not exported: %1.").arg(written.error()));
    return {};
}

bool RoutineStore::otherInstanceRunning() {
    if (m_instanceLockFd >= 0)
        return false;
    if (!QDir().mkpath(m_folder))
        return false;
    FolderLock lock(pathOf(kInstanceLockName));
    bool busy = false;
    if (lock.tryLock(busy)) {
        m_instanceLockFd = lock.release();
        return false;
    }
    return busy;
}

} // namespace rollguide
