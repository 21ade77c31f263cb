// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineLibrary.h"
#include "Routine.h"
#include "RoutineCommands.h"

#include <algorithm>

namespace rollguide {

RoutineLibrary::RoutineLibrary(const Catalog& catalog, RoutineStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_store(store) {
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        const bool modified = hasUnsavedChanges();
        if (modified != m_lastModified) {
            m_lastModified = modified;
            Q_EMIT modifiedChanged(modified);
        }
    });
}

QList<StoreProblem> RoutineLibrary::load() {
    beginResetModel();
    m_entries.clear();
    m_deleted.clear();
    for (const Routine& r : m_catalog.routines) {
        LibraryEntry e;
        e.key = newKey();
        e.builtIn = true;
        e.stored.routine = r;
        m_entries.append(e);
    }
    RoutineStore::LoadReport report = m_store.loadAll();
    for (StoredRoutine& s : report.routines) {
        LibraryEntry e;
        e.key = newKey();
        e.savedBytes = serializeRoutine(s.routine);
        e.stored = std::move(s);
        m_entries.append(e);
    }
    endResetModel();
    m_undo.clear();
    m_lastModified = false;
    return report.problems;
}

int RoutineLibrary::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RoutineLibrary::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (e.builtIn)
            return tr("%1 (built-in)").arg(e.routine().name);
        if (e.stored.readOnly)
            return tr("%1 (read-only)").arg(e.routine().name);
        return e.routine().name;
    case Qt::EditRole:
        return e.routine().name;
    case Qt::ToolTipRole:
        if (e.builtIn)
            return tr("Built-in routines cannot be changed. Duplicate one to make it your own.");
        return e.stored.readOnly ? e.stored.readOnlyReason : e.routine().description;
    case KeyRole:
        return e.key;
    case BuiltInRole:
        return e.builtIn;
    case ReadOnlyRole:
        return e.readOnly();
    default:
        return {};
    }
}

const LibraryEntry* RoutineLibrary::entry(quint64 key) const {
    for (const LibraryEntry& e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

LibraryEntry* RoutineLibrary::mutableEntry(quint64 key) {
    return const_cast<LibraryEntry*>(entry(key));
}

const LibraryEntry* RoutineLibrary::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int RoutineLibrary::rowOf(quint64 key) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key)
            return i;
    return -1;
}

bool RoutineLibrary::hasUnsavedChanges() const {
    if (!m_deleted.isEmpty())
        return true;
    for (const LibraryEntry& e : m_entries)
        if (!e.readOnly() && serializeRoutine(e.routine()) != e.savedBytes)
            return true;
    return false;
}

LibraryEntry RoutineLibrary::makePersonal(const Routine& routine) {
    LibraryEntry e;
    e.key = newKey();
    e.stored.routine = routine;
    e.stored.routine.id.clear();
    e.stored.fileName = m_store.newFileName(routine.name);
    return e;
}

QStringList RoutineLibrary::save(bool overwriteExternalChanges) {
    QStringList errors;
    for (int i = m_deleted.size() - 1; i >= 0; --i) {
        if (const Result<QString> moved = m_store.remove(m_deleted[i].stored.fileName); !moved) {
            errors << moved.error();
            continue;
        }
        m_deleted.removeAt(i);
    }
    for (LibraryEntry& e : m_entries) {
        if (e.readOnly())
            continue;
        const QByteArray bytes = serializeRoutine(e.routine());
        if (bytes == e.savedBytes)
            continue;
        if (const Status saved = m_store.save(e.stored, overwriteExternalChanges); !saved.ok())
            errors << saved.error();
        else
            e.savedBytes = bytes;
    }
    if (errors.isEmpty())
        m_undo.setClean();
    const bool modified = hasUnsavedChanges();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    return errors;
}

void RoutineLibrary::touched(quint64 key) {
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT stepsChanged(key);
}

void RoutineLibrary::insertEntry(int row, const LibraryEntry& e) {
    row = std::clamp(row, 0, int(m_entries.size()));
    beginInsertRows({}, row, row);
    m_entries.insert(row, e);
    endInsertRows();
    // Undoing a delete brings the routine back: it is no longer pending removal.
    for (int i = 0; i < m_deleted.size(); ++i)
        if (m_deleted[i].key == e.key)
            m_deleted.removeAt(i--);
}

LibraryEntry RoutineLibrary::takeEntry(int row) {
    beginRemoveRows({}, row, row);
    LibraryEntry e = m_entries.takeAt(row);
    endRemoveRows();
    if (!e.builtIn && e.stored.isOnDisk())
        m_deleted.append(e); // its file goes at the next save
    return e;
}

void RoutineLibrary::setName(quint64 key, const QString& name) {
    if (LibraryEntry* e = mutableEntry(key)) {
        e->stored.routine.name = name;
        touched(key);
    }
}

void RoutineLibrary::setDescription(quint64 key, const QString& description) {
    if (LibraryEntry* e = mutableEntry(key)) {
        e->stored.routine.description = description;
        touched(key);
    }
}

void RoutineLibrary::insertStep(quint64 key, int index, const RoutineStep& step) {
    if (LibraryEntry* e = mutableEntry(key)) {
        index = std::clamp(index, 0, int(e->stored.routine.steps.size()));
        Q_EMIT stepAboutToBeInserted(key, index);
        e->stored.routine.steps.insert(index, step);
        Q_EMIT stepInserted(key, index);
        touched(key);
    }
}

RoutineStep RoutineLibrary::takeStep(quint64 key, int index) {
    LibraryEntry* e = mutableEntry(key);
    if (!e || index < 0 || index >= e->stored.routine.steps.size())
        return {};
    Q_EMIT stepAboutToBeRemoved(key, index);
    RoutineStep s = e->stored.routine.steps.takeAt(index);
    Q_EMIT stepRemoved(key, index);
    touched(key);
    return s;
}

void RoutineLibrary::moveStep(quint64 key, int from, int to) {
    LibraryEntry* e = mutableEntry(key);
    if (!e || from == to || from < 0 || to < 0 || from >= e->stored.routine.steps.size() ||
        to >= e->stored.routine.steps.size())
        return;
    Q_EMIT stepAboutToBeMoved(key, from, to);
    e->stored.routine.steps.move(from, to);
    Q_EMIT stepMoved(key, from, to);
    touched(key);
}

void RoutineLibrary::setDose(quint64 key, int index, const Dose& dose) {
    LibraryEntry* e = mutableEntry(key);
    if (!e || index < 0 || index >= e->stored.routine.steps.size())
        return;
    e->stored.routine.steps[index].dose = dose;
    Q_EMIT doseChanged(key, index);
    touched(key);
}

quint64 RoutineLibrary::addRoutine(const Routine& routine, const QString& undoText) {
    const LibraryEntry entry = makePersonal(routine);
    m_undo.push(new AddRoutineCommand(*this, entry, rowCount(), undoText));
    return entry.key;
}

void RoutineLibrary::removeRoutine(int row) {
    m_undo.push(new RemoveRoutineCommand(*this, row));
}

void RoutineLibrary::renameRoutine(quint64 key, const QString& name) {
    m_undo.push(new RenameRoutineCommand(*this, key, name));
}

void RoutineLibrary::addStep(quint64 key, int index, const RoutineStep& step) {
    m_undo.push(new AddStepCommand(*this, key, index, step, exerciseName(step.exerciseId)));
}

void RoutineLibrary::removeStep(quint64 key, int index) {
    const LibraryEntry* e = entry(key);
    if (!e || index < 0 || index >= e->routine().steps.size())
        return;
    m_undo.push(new RemoveStepCommand(*this, key, index, exerciseName(e->routine().steps[index].exerciseId)));
}

void RoutineLibrary::moveStepUndoably(quint64 key, int from, int to) {
    const LibraryEntry* e = entry(key);
    if (!e || from < 0 || from >= e->routine().steps.size())
        return;
    m_undo.push(new MoveStepCommand(*this, key, from, to, exerciseName(e->routine().steps[from].exerciseId)));
}

void RoutineLibrary::changeDose(quint64 key, int index, const Dose& dose, DoseField field) {
    const LibraryEntry* e = entry(key);
    if (!e || index < 0 || index >= e->routine().steps.size())
        return;
    m_undo.push(new SetDoseCommand(*this, key, index, dose, field,
                                   exerciseName(e->routine().steps[index].exerciseId)));
}

namespace {
bool holds(const Routine& r, const QString& exerciseId) {
    return std::any_of(r.steps.cbegin(), r.steps.cend(),
                       [&](const RoutineStep& s) { return s.exerciseId == exerciseId; });
}
bool holdsOnly(const Routine& r, const QString& exerciseId) {
    return std::all_of(r.steps.cbegin(), r.steps.cend(),
                       [&](const RoutineStep& s) { return s.exerciseId == exerciseId; });
}
} // namespace

QString RoutineLibrary::withoutName(const Routine& builtIn, const QString& exerciseId) const {
    return tr("%1 (without %2)").arg(builtIn.name, exerciseName(exerciseId));
}

bool RoutineLibrary::canLeaveOut(const QString& exerciseId, const QStringList& builtInIds) const {
    const auto named = [this](const QString& name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [&](const LibraryEntry& e) { return !e.builtIn && e.routine().name == name; });
    };
    for (const LibraryEntry& e : m_entries) {
        if (!holds(e.routine(), exerciseId))
            continue;
        if (e.builtIn ? builtInIds.contains(e.routine().id) && !holdsOnly(e.routine(), exerciseId) &&
                            !named(withoutName(e.routine(), exerciseId))
                      : !e.readOnly() && !holdsOnly(e.routine(), exerciseId))
            return true;
    }
    return false;
}

LeaveOutResult RoutineLibrary::leaveOut(const QString& exerciseId, const QStringList& builtInIds) {
    LeaveOutResult out;
    if (!canLeaveOut(exerciseId, builtInIds))
        return out;
    m_undo.beginMacro(tr("Take %1 out of your routines").arg(exerciseName(exerciseId)));
    QStringList personalNames;
    QList<Routine> copies;
    for (const LibraryEntry& e : std::as_const(m_entries)) {
        if (!e.builtIn)
            personalNames << e.routine().name;
        if (!holds(e.routine(), exerciseId))
            continue;
        if (e.builtIn) {
            if (!builtInIds.contains(e.routine().id) || holdsOnly(e.routine(), exerciseId))
                continue;
            Routine copy = e.routine();
            copy.name = withoutName(e.routine(), exerciseId);
            copy.steps.removeIf([&](const RoutineStep& s) { return s.exerciseId == exerciseId; });
            copies << copy;
        } else if (e.readOnly()) {
            continue;
        } else if (holdsOnly(e.routine(), exerciseId)) {
            out.kept << e.routine().name;
        } else {
            out.changed << e.routine().name;
            const quint64 key = e.key;
            for (int i = int(e.routine().steps.size()) - 1; i >= 0; --i)
                if (entry(key)->routine().steps[i].exerciseId == exerciseId)
                    m_undo.push(new RemoveStepCommand(*this, key, i, exerciseName(exerciseId)));
        }
    }
    for (const Routine& copy : std::as_const(copies)) {
        if (personalNames.contains(copy.name))
            continue; // made before: its copy is personal, so the loop above cleaned it
        out.made << copy.name;
        addRoutine(copy, tr("Add %1").arg(copy.name));
    }
    m_undo.endMacro();
    return out;
}

QString RoutineLibrary::exerciseName(const QString& id) const {
    const Exercise* e = m_catalog.exercise(id);
    return e ? e->name : id;
}

} // namespace rollguide
