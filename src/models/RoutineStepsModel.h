// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "DragMime.h"
#include "RoutineLibrary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rollguide {

/// The steps of one routine in the library, as a table: move, dose, warnings. Drops of catalog moves
/// insert steps and drops of its own rows move them, both as undoable commands.
class RoutineStepsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MoveColumn, DoseColumn, WarningColumn, ColumnCount };

    explicit RoutineStepsModel(RoutineLibrary& library, QObject* parent = nullptr);

    /// Shows routine `key` (0: none).
    void setRoutine(quint64 key);
    quint64 routineKey() const { return m_key; }
    const Routine* routine() const;
    bool editable() const;
    /// Warnings beside each step (by 0-based step index): a short label for the cell, the full sentence
    /// for the tooltip and screen readers.
    void setWarnings(const QHash<int, QStringList>& shortText, const QHash<int, QStringList>& fullText);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// Pushes a command adding `exerciseId` at `index` (-1: at the end) with the exercise's default dose.
    bool addExercise(const QString& exerciseId, int index = -1);

private:
    QString exerciseName(const QString& id) const;

    RoutineLibrary& m_lib;
    quint64 m_key = 0;
    QHash<int, QStringList> m_warnings, m_warningDetails;
};

} // namespace rollguide
