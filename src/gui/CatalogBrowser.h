// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CatalogBrowser;
}

namespace rollguide {

class ExerciseListModel;
class ExerciseFilterModel;

/// Browses the catalog: region filter, search box, list of moves and a detail pane.
class CatalogBrowser : public QWidget {
    Q_OBJECT
public:
    explicit CatalogBrowser(const Catalog& catalog, QWidget* parent = nullptr);
    ~CatalogBrowser() override;

    /// Selects the exercise with this id (clearing filters that hide it). Returns false if unknown.
    bool showExercise(const QString& id);
    /// The id of the exercise in the detail pane, or empty.
    QString currentExerciseId() const;

private:
    void applyRegion();
    void updateDetail();
    void updateCount();

    std::unique_ptr<Ui::CatalogBrowser> m_ui;
    const Catalog& m_catalog;
    ExerciseListModel* m_model;
    ExerciseFilterModel* m_filter;
};

} // namespace rollguide
