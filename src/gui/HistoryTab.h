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
class QUndoCommand;
class QUndoStack;
class QVBoxLayout;

namespace rollguide {

class HistoryStore;
class RoutineLibrary;
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
    /// The routines a move that hurt can be taken out of (none until set; `library` must outlive the tab).
    void setRoutineLibrary(RoutineLibrary* library);
    /// Where the person is in their program, in a sentence or two (empty: no program; the line hides).
    void setProgramLine(const QString& text);
    /// Takes a move out of the personal routines (and out of copies of the built-in routines it hurt
    /// in), saves them, and says what changed. One step on the library's undo stack.
    void leaveOut(const QString& exerciseId);
    /// Undoes the last leaveOut() while nothing else was edited since, and saves again.
    void putBack();

Q_SIGNALS:
    /// The person asked to read a section of the guide ("who-should-avoid": when to ask a doctor first).
    void guideSectionRequested(const QString& sectionId);

private:
    void showDetails();
    void deleteAll();
    int selectedIndex() const;
    void showProblem(const QString& text);
    void updateChart();
    void showAdvice(const QList<MoveTally>& tallies, const QDateTime& now);
    /// Built-in routines the move hurt in.
    QStringList builtInsWhereItHurt(const QString& exerciseId) const;

    HistoryStore& m_store;
    QList<SessionRecord> m_sessions;
    QUndoStack* m_undo;
    WeeksStrip* m_weeks;
    QLabel* m_consistency;
    QLabel* m_programLine = nullptr;
    QLabel* m_problem;
    QWidget* m_advice;
    QVBoxLayout* m_adviceRows;
    QLabel* m_leftOutLabel;
    QPushButton* m_putBack;
    RoutineLibrary* m_library = nullptr;
    const QUndoCommand* m_leftOut = nullptr; ///< The library's undo step of the last leaveOut().
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
