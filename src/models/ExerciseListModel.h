// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace rollguide {

/// The catalog's exercises as a list: display name, plus roles for filtering.
class ExerciseListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionsRole,    ///< QVariantList of Region as int
        BeginnerRole,   ///< bool
        SearchTextRole, ///< lower-case text that a search matches against
        SummaryRole,
    };

    explicit ExerciseListModel(QObject* parent = nullptr);

    void setExercises(QList<Exercise> exercises);
    const Exercise* exerciseAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Moves can be dragged (into a routine) as a list of exercise ids.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    QList<Exercise> m_exercises;
};

/// Filters exercises by region and by words typed in a search box.
class ExerciseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExerciseFilterModel(QObject* parent = nullptr);

    /// No region: every exercise.
    void setRegion(std::optional<Region> region);
    /// Every word must appear in the name, summary, setup, steps or regions (case-insensitive).
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Region> m_region;
    QStringList m_words;
};

} // namespace rollguide
