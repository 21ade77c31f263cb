// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ExerciseListModel.h"
#include "DragMime.h"

#include <QMimeData>

namespace rollguide {

ExerciseListModel::ExerciseListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ExerciseListModel::setExercises(QList<Exercise> exercises) {
    beginResetModel();
    m_exercises = std::move(exercises);
    endResetModel();
}

const Exercise* ExerciseListModel::exerciseAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_exercises[index.row()];
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_exercises.size());
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const {
    const Exercise* e = exerciseAt(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return e->name;
    case Qt::ToolTipRole:
    case SummaryRole:
        return e->summary;
    case Qt::AccessibleDescriptionRole: {
        QStringList regions;
        for (Region r : e->regions)
            regions << regionName(r);
        return regions.join(QStringLiteral(", ")) + QStringLiteral(". ") + e->summary;
    }
    case IdRole:
        return e->id;
    case RegionsRole: {
        QVariantList out;
        for (Region r : e->regions)
            out << int(r);
        return out;
    }
    case BeginnerRole:
        return e->beginner;
    case SearchTextRole: {
        QStringList parts{e->name, e->summary, e->setup, e->roller.placement};
        for (const Step& s : e->steps)
            parts << s.text;
        for (Region r : e->regions)
            parts << regionName(r);
        return parts.join(u' ').toLower();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ExerciseListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "exerciseId");
    names.insert(RegionsRole, "regions");
    names.insert(BeginnerRole, "beginner");
    names.insert(SearchTextRole, "searchText");
    names.insert(SummaryRole, "summary");
    return names;
}

Qt::ItemFlags ExerciseListModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags f = QAbstractListModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList ExerciseListModel::mimeTypes() const {
    return {QLatin1String(kExerciseIdsMime)};
}

QMimeData* ExerciseListModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const QModelIndex& i : indexes)
        if (const Exercise* e = exerciseAt(i))
            ids << e->id;
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeTypes().constFirst(), ids.join(u'\n').toUtf8());
    return data;
}

ExerciseFilterModel::ExerciseFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void ExerciseFilterModel::setRegion(std::optional<Region> region) {
    if (region == m_region)
        return;
    m_region = region;
    invalidateRowsFilter();
}

void ExerciseFilterModel::setSearchText(const QString& text) {
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ExerciseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_region && !idx.data(ExerciseListModel::RegionsRole).toList().contains(int(*m_region)))
        return false;
    const QString text = idx.data(ExerciseListModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(), [&](const QString& w) { return text.contains(w); });
}

} // namespace rollguide
