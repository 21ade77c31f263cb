// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineStepsModel.h"

#include <QMimeData>

namespace rollguide {

RoutineStepsModel::RoutineStepsModel(RoutineLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lib(library) {
    connect(&m_lib, &RoutineLibrary::stepAboutToBeInserted, this, [this](quint64 key, int index) {
        if (key == m_key)
            beginInsertRows({}, index, index);
    });
    connect(&m_lib, &RoutineLibrary::stepInserted, this, [this](quint64 key, int) {
        if (key == m_key)
            endInsertRows();
    });
    connect(&m_lib, &RoutineLibrary::stepAboutToBeRemoved, this, [this](quint64 key, int index) {
        if (key == m_key)
            beginRemoveRows({}, index, index);
    });
    connect(&m_lib, &RoutineLibrary::stepRemoved, this, [this](quint64 key, int) {
        if (key == m_key)
            endRemoveRows();
    });
    connect(&m_lib, &RoutineLibrary::stepAboutToBeMoved, this, [this](quint64 key, int from, int to) {
        if (key == m_key)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(&m_lib, &RoutineLibrary::stepMoved, this, [this](quint64 key, int, int) {
        if (key == m_key)
            endMoveRows();
    });
    connect(&m_lib, &RoutineLibrary::doseChanged, this, [this](quint64 key, int index) {
        if (key == m_key)
            Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
    connect(&m_lib, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    if (m_lib.entryAt(row) && m_lib.entryAt(row)->key == m_key)
                        setRoutine(0);
            });
    // Step numbers and totals shift with any change: refresh the visible text.
    connect(&m_lib, &RoutineLibrary::stepsChanged, this, [this](quint64 key) {
        if (key == m_key && rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(&m_lib, &QAbstractItemModel::modelAboutToBeReset, this, [this] { setRoutine(0); });
}

void RoutineStepsModel::setRoutine(quint64 key) {
    beginResetModel();
    m_key = key;
    m_warnings.clear();
    m_warningDetails.clear();
    endResetModel();
}

const Routine* RoutineStepsModel::routine() const {
    const LibraryEntry* e = m_lib.entry(m_key);
    return e ? &e->routine() : nullptr;
}

bool RoutineStepsModel::editable() const {
    const LibraryEntry* e = m_lib.entry(m_key);
    return e && !e->readOnly();
}

void RoutineStepsModel::setWarnings(const QHash<int, QStringList>& shortText,
                                    const QHash<int, QStringList>& fullText) {
    m_warnings = shortText;
    m_warningDetails = fullText;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, WarningColumn), index(rowCount() - 1, WarningColumn));
}

QString RoutineStepsModel::exerciseName(const QString& id) const {
    const Exercise* e = m_lib.catalog().exercise(id);
    return e ? e->name : tr("Unknown move \"%1\"").arg(id);
}

int RoutineStepsModel::rowCount(const QModelIndex& parent) const {
    const Routine* r = routine();
    return parent.isValid() || !r ? 0 : int(r->steps.size());
}

int RoutineStepsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineStepsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutineStep& step = routine()->steps.at(index.row());
    const QStringList warnings = m_warnings.value(index.row());
    switch (index.column()) {
    case MoveColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1. %2").arg(index.row() + 1).arg(exerciseName(step.exerciseId));
        if (role == Qt::UserRole)
            return step.exerciseId;
        break;
    case DoseColumn:
        if (role == Qt::DisplayRole)
            return describeDose(step.dose);
        break;
    case WarningColumn:
        if (role == Qt::DisplayRole)
            return warnings.isEmpty() ? QString()
                                      : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("; "));
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return m_warningDetails.value(index.row()).join(u'\n');
        break;
    default:
        break;
    }
    return {};
}

QVariant RoutineStepsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MoveColumn:
        return tr("Move");
    case DoseColumn:
        return tr("Dose");
    case WarningColumn:
        return tr("Check");
    default:
        return {};
    }
}

Qt::ItemFlags RoutineStepsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!editable())
        return f;
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f | Qt::ItemIsDropEnabled;
}

QStringList RoutineStepsModel::mimeTypes() const {
    return {QLatin1String(kExerciseIdsMime), QLatin1String(kStepRowsMime)};
}

QMimeData* RoutineStepsModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kStepRowsMime), QByteArray::number(indexes.first().row()));
    return data;
}

bool RoutineStepsModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                        const QModelIndex&) const {
    return editable() && (data->hasFormat(QLatin1String(kExerciseIdsMime)) ||
                          data->hasFormat(QLatin1String(kStepRowsMime)));
}

bool RoutineStepsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (data->hasFormat(QLatin1String(kStepRowsMime))) {
        bool ok = false;
        const int from = data->data(QLatin1String(kStepRowsMime)).toInt(&ok);
        if (!ok || from < 0 || from >= rowCount())
            return false;
        int to = target > from ? target - 1 : target;
        to = std::clamp(to, 0, rowCount() - 1);
        if (to != from)
            m_lib.moveStepUndoably(m_key, from, to);
        return false; // the move is done; the view must not remove the source row itself
    }
    const QStringList ids =
        QString::fromUtf8(data->data(QLatin1String(kExerciseIdsMime))).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& id : ids)
        if (addExercise(id, target))
            ++target;
    return false;
}

bool RoutineStepsModel::addExercise(const QString& exerciseId, int index) {
    const Exercise* e = m_lib.catalog().exercise(exerciseId);
    if (!e || !editable() || rowCount() >= 200)
        return false;
    if (index < 0 || index > rowCount())
        index = rowCount();
    m_lib.addStep(m_key, index, RoutineStep{e->id, e->dose});
    return true;
}

} // namespace rollguide
