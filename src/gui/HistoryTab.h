// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "History.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QPlainTextEdit;
class QPushButton;
class QAbstractItemModel;
class QTreeView;
class QTreeWidget;
class QUndoStack;

namespace rollguide {

class HistoryStore;
class TrendChart;
class WeeksStrip;

/// The History tab: the last weeks against the 4-5 sessions a week the guide suggests, every session
/// (newest first) with its details, its note and check-ins to edit or delete (all undoable), and how
/// often each move was done, skipped or hurt.
class HistoryTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWeeks = 10;
    /// Above this many rated sessions, the trends chart shows one point a week.
    static constexpr int kMaxChartPoints = 200;

    /// `store` must outlive the tab.
    explicit HistoryTab(HistoryStore& store, QWidget* parent = nullptr);
    ~HistoryTab() override;

    /// Reads the history again and shows it.
    void reload();
    /// The sessions shown, newest first.
    const QList<SessionRecord>& sessions() const { return m_sessions; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Deletes the selected session (undoable).
    void deleteSelected();
    /// Saves the note typed for the selected session (undoable).
    void saveNote();
    /// Replaces a stored session (used by undo and by edits).
    bool store(const SessionRecord& record);
    bool removeStored(const QString& uuid);
    /// The trends chart, once the chart module is loaded (nullptr before, or when it cannot be).
    TrendChart* chart() const { return m_chart.get(); }
    /// Shows the trends page (loading the chart module the first time).
    void showTrends();
    /// Asks for a file and writes the whole history to it: CSV or JSON by its name.
    void exportHistory();
    /// Asks for a JSON export and adds the sessions the history does not hold yet.
    void importHistory();

private:
    void showDetails();
    void deleteAll();
    int selectedIndex() const;
    void showProblem(const QString& text);
    void updateChart();

    HistoryStore& m_store;
    QList<SessionRecord> m_sessions;
    QUndoStack* m_undo;
    WeeksStrip* m_weeks;
    QLabel* m_consistency;
    QLabel* m_problem;
    QLabel* m_advice;
    QTreeView* m_list;
    QAbstractItemModel* m_model = nullptr;
    QLabel* m_details;
    QPlainTextEdit* m_note;
    QPushButton* m_saveNote;
    QPushButton* m_delete;
    QPushButton* m_undoButton;
    QPushButton* m_deleteAll;
    QPushButton* m_export;
    QPushButton* m_import;
    QTreeWidget* m_moves;
    QTabWidget* m_pages;
    QWidget* m_trendsPage;
    QComboBox* m_region;
    QLabel* m_chartNote;
    std::unique_ptr<TrendChart> m_chart; ///< Its widget belongs to the Trends page.
    bool m_chartTried = false;
};

} // namespace rollguide
