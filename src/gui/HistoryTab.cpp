// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "HistoryTab.h"
#include "CheckInWidget.h"
#include "Dialogs.h"
#include "HistoryExport.h"
#include "HistoryStore.h"
#include "Modules.h"
#include "PlainText.h"
#include "RoutineLibrary.h"
#include "SafeFile.h"
#include "SessionPlan.h"
#include "TrendChart.h"
#include "UserFolders.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPluginLoader>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

#include <spdlog/spdlog.h>

namespace rollguide {

/// The weeks strip: one column per week, its sessions as filled dots, the 4-5 a week band behind them.
class WeeksStrip : public QWidget {
public:
    explicit WeeksStrip(QWidget* parent)
        : QWidget(parent) {
        setMinimumHeight(96);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(HistoryTab::tr("Sessions per week"));
    }
    void setWeeks(const QList<WeekCount>& weeks) {
        m_weeks = weeks;
        QStringList parts;
        for (const WeekCount& w : weeks)
            parts << HistoryTab::tr("week of %1: %n session(s)", nullptr, w.sessions)
                         .arg(QLocale().toString(w.monday, QLocale::ShortFormat));
        setAccessibleDescription(parts.join(QStringLiteral("; ")));
        update();
    }
    QSize sizeHint() const override { return {600, 96}; }

protected:
    void paintEvent(QPaintEvent*) override {
        if (m_weeks.isEmpty())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const int labelH = fontMetrics().height() + 4;
        const int columns = int(m_weeks.size());
        const double colW = double(width()) / columns;
        const int slots = kWeeklyTargetMax + 2; // room for 7 a week
        const double dot = std::min((height() - labelH - 8) / double(slots), colW * 0.5);
        const double top = 4;
        // The target band: 4 to 5 a week.
        QColor band = pal.color(QPalette::Highlight);
        band.setAlphaF(0.15);
        const double bandTop = top + (slots - kWeeklyTargetMax) * dot;
        const double bandBottom = top + (slots - kWeeklyTargetMin + 1) * dot;
        p.fillRect(QRectF(0, bandTop, width(), bandBottom - bandTop), band);
        for (int c = 0; c < columns; ++c) {
            const WeekCount& w = m_weeks[c];
            const double cx = colW * (c + 0.5);
            const bool onTarget = w.sessions >= kWeeklyTargetMin;
            p.setPen(Qt::NoPen);
            p.setBrush(onTarget ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
            for (int i = 0; i < std::min(w.sessions, slots); ++i) {
                const double cy = top + (slots - i - 0.5) * dot;
                p.drawEllipse(QPointF(cx, cy), dot * 0.38, dot * 0.38);
            }
            p.setPen(pal.color(QPalette::WindowText));
            const QString label = c == columns - 1 ? HistoryTab::tr("this week")
                                                   : QLocale().toString(w.monday, QStringLiteral("d MMM"));
            p.drawText(QRectF(colW * c, height() - labelH, colW, labelH), Qt::AlignCenter, label);
        }
    }

private:
    QList<WeekCount> m_weeks;
};

namespace {

QString outcomeText(const SessionRecord& s) {
    switch (s.outcome) {
    case SessionOutcome::Completed:
        return HistoryTab::tr("Completed");
    case SessionOutcome::Stopped:
        return HistoryTab::tr("Stopped early");
    case SessionOutcome::Running:
        return HistoryTab::tr("Did not finish");
    }
    return {};
}

/// An edit of one stored session (note, check-ins), or its deletion; undone by storing the old copy.
class SessionCommand : public QUndoCommand {
public:
    SessionCommand(HistoryTab* tab, std::optional<SessionRecord> before, std::optional<SessionRecord> after,
                   const QString& text)
        : QUndoCommand(text)
        , m_tab(tab)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void redo() override { apply(m_after, m_before); }
    void undo() override { apply(m_before, m_after); }

private:
    void apply(const std::optional<SessionRecord>& to, const std::optional<SessionRecord>& from) {
        if (to)
            m_tab->store(*to);
        else if (from)
            m_tab->removeStored(from->uuid);
        m_tab->reload();
    }
    HistoryTab* m_tab;
    std::optional<SessionRecord> m_before, m_after;
};

/// The sessions list: rows made only when the view shows them, so ten years open as fast as a month.
class SessionListModel final : public QAbstractTableModel {
public:
    SessionListModel(const QList<SessionRecord>& sessions, QObject* parent)
        : QAbstractTableModel(parent)
        , m_sessions(sessions) {}
    void reset() {
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_sessions.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex& index, int role) const override {
        if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_sessions.size())
            return {};
        const SessionRecord& s = m_sessions.at(index.row());
        switch (index.column()) {
        case 0:
            return QLocale().toString(s.startedLocal().toLocalTime(), QLocale::ShortFormat);
        case 1:
            return plainLine(s.routineName);
        case 2:
            return QString::number((s.actualMs + 30000) / 60000);
        case 3:
            return outcomeText(s);
        case 4:
            return ratingsSummary(s);
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return HistoryTab::tr("When");
        case 1:
            return HistoryTab::tr("Routine");
        case 2:
            return HistoryTab::tr("Minutes");
        case 3:
            return HistoryTab::tr("How it went");
        case 4:
            return HistoryTab::tr("Before → after");
        }
        return {};
    }

private:
    const QList<SessionRecord>& m_sessions;
};

} // namespace

HistoryTab::HistoryTab(HistoryStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
    , m_weeks(new WeeksStrip(this))
    , m_consistency(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_advice(new QWidget(this))
    , m_adviceRows(new QVBoxLayout)
    , m_leftOutLabel(new QLabel(this))
    , m_putBack(new QPushButton(tr("&Put it back"), this))
    , m_list(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("Save &changes"), this))
    , m_delete(new QPushButton(tr("&Delete session"), this))
    , m_undoButton(new QPushButton(this))
    , m_deleteAll(new QPushButton(tr("Delete all history…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_import(new QPushButton(tr("I&mport…"), this))
    , m_moves(new QTreeWidget(this))
    , m_pages(new QTabWidget(this))
    , m_trendsPage(new QWidget(this))
    , m_region(new QComboBox(this))
    , m_chartNote(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    for (QLabel* l : {m_consistency, m_problem, m_leftOutLabel, m_details}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->hide();
    QFont big = m_consistency->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_consistency->setFont(big);
    m_advice->setObjectName(QStringLiteral("historyAdvice"));
    {
        // Suggestions drawn from the record, each with what can be done about it; then what was done.
        auto* al = new QVBoxLayout(m_advice);
        al->setContentsMargins(0, 0, 0, 0);
        al->addLayout(m_adviceRows);
        auto* done = new QHBoxLayout;
        m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
        m_putBack->setObjectName(QStringLiteral("putBackButton"));
        done->addWidget(m_leftOutLabel, 1);
        done->addWidget(m_putBack);
        al->addLayout(done);
        m_leftOutLabel->hide();
        m_putBack->hide();
        connect(m_putBack, &QPushButton::clicked, this, &HistoryTab::putBack);
    }
    auto* own = new QLabel(tr("This is your own record of how your back felt, kept only on this computer. It "
                              "is not a diagnosis. If pain grows or worries you, ask a doctor or "
                              "physiotherapist."),
                           this);
    own->setWordWrap(true);
    own->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    layout->addWidget(m_consistency);
    m_programLine = new QLabel(this);
    m_programLine->setObjectName(QStringLiteral("historyProgram"));
    m_programLine->setTextFormat(Qt::PlainText);
    m_programLine->setWordWrap(true);
    m_programLine->hide();
    layout->addWidget(m_programLine);
    layout->addWidget(m_weeks);
    layout->addWidget(m_advice);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Sessions, newest first"));
    m_model = new SessionListModel(m_sessions, this);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setResizeContentsPrecision(60); // sized from the first rows, not all thousands
    m_list->header()->setStretchLastSection(true);
    split->addWidget(m_list);

    // The details scroll rather than squeeze the rating rows when the window is short.
    auto* detailsScroll = new QScrollArea(split);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    auto* details = new QWidget(detailsScroll);
    auto* dl = new QVBoxLayout(details);
    dl->setContentsMargins(8, 0, 0, 0);
    dl->addWidget(m_details);
    auto* beforeBox = new CheckInWidget(details);
    beforeBox->setObjectName(QStringLiteral("editBefore"));
    beforeBox->setQuestion(tr("Before the session"));
    auto* afterBox = new CheckInWidget(details);
    afterBox->setObjectName(QStringLiteral("editAfter"));
    afterBox->setQuestion(tr("After the session"));
    for (CheckInWidget* w : {beforeBox, afterBox}) {
        w->setScale(30, 0);
        dl->addWidget(w);
    }
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("A note on this session (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaximumHeight(90);
    dl->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveNote);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    dl->addLayout(buttons);
    dl->addStretch(1);
    detailsScroll->setWidget(details);
    split->addWidget(detailsScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({620, 520});
    m_pages->setObjectName(QStringLiteral("historyPages"));
    m_pages->addTab(split, tr("Sess&ions"));

    // Trends: one region at a time, before and after each session.
    auto* tl = new QVBoxLayout(m_trendsPage);
    auto* chooser = new QHBoxLayout;
    auto* regionLabel = new QLabel(tr("Part of the &back:"), m_trendsPage);
    regionLabel->setBuddy(m_region);
    m_region->setObjectName(QStringLiteral("trendRegion"));
    for (Region r : kAllRegions)
        m_region->addItem(regionName(r), int(r));
    chooser->addWidget(regionLabel);
    chooser->addWidget(m_region);
    chooser->addStretch(1);
    tl->addLayout(chooser);
    m_chartNote->setObjectName(QStringLiteral("chartNote"));
    m_chartNote->setTextFormat(Qt::PlainText);
    m_chartNote->setWordWrap(true);
    tl->addWidget(m_chartNote);
    m_pages->addTab(m_trendsPage, tr("Tre&nds"));
    connect(m_region, &QComboBox::currentIndexChanged, this, &HistoryTab::updateChart);

    auto* movesPage = new QWidget(this);
    auto* ml = new QVBoxLayout(movesPage);
    m_moves->setObjectName(QStringLiteral("moveTallies"));
    m_moves->setHeaderLabels({tr("Move"), tr("Done"), tr("Cut short"), tr("Skipped"), tr("It hurt")});
    m_moves->setRootIsDecorated(false);
    m_moves->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ml->addWidget(m_moves);
    m_pages->addTab(movesPage, tr("By mo&ve"));
    layout->addWidget(m_pages, 1);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_trendsPage)
            showTrends();
    });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(own, 1);
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_export);
    bottom->addWidget(m_import);
    bottom->addWidget(m_deleteAll);
    layout->addLayout(bottom);

    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_deleteAll->setObjectName(QStringLiteral("deleteAllButton"));
    const auto updateUndo = [this] {
        m_undoButton->setEnabled(m_undo->canUndo());
        m_undoButton->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, m_undo, &QUndoStack::undo);
    auto* redoKey = new QShortcut(QKeySequence::Redo, this);
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryTab::showDetails);
    connect(m_saveNote, &QPushButton::clicked, this, &HistoryTab::saveNote);
    connect(m_delete, &QPushButton::clicked, this, &HistoryTab::deleteSelected);
    connect(m_deleteAll, &QPushButton::clicked, this, &HistoryTab::deleteAll);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_export, &QPushButton::clicked, this, &HistoryTab::exportHistory);
    connect(m_import, &QPushButton::clicked, this, &HistoryTab::importHistory);
    reload();
}

HistoryTab::~HistoryTab() {
    // The undo stack is a child: it would otherwise tell this half-destroyed tab that it was cleared.
    delete m_undo;
}

void HistoryTab::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void HistoryTab::reload() {
    const QString keep = selectedIndex() >= 0 ? m_sessions.at(selectedIndex()).uuid : QString();
    const auto& report = m_store.open();
    Result<QList<SessionRecord>> read = m_store.sessions();
    showProblem(read ? report.problem : read.error());
    m_sessions = read ? std::move(read).value() : QList<SessionRecord>{}; // moved: never shared, never copied
    const bool writable = m_store.isWritable();
    m_deleteAll->setEnabled(writable && !m_sessions.isEmpty());
    m_export->setEnabled(!m_sessions.isEmpty());
    m_import->setEnabled(writable);

    const QDate today = QDate::currentDate();
    const QList<WeekCount> weeks = weeklyCounts(m_sessions, today, kWeeks);
    m_weeks->setWeeks(weeks);
    QList<WeekCount> past = weeks.mid(0, weeks.size() - 1); // the week under way is not judged yet
    if (m_sessions.isEmpty())
        m_consistency->setText(
            tr("No sessions yet. Sessions you play are kept here, with how your back felt."));
    else
        m_consistency->setText(
            tr("On target (%1 or more sessions) in %2 of the last %n week(s). This week so far: "
               "%3.",
               nullptr, int(past.size()))
                .arg(kWeeklyTargetMin)
                .arg(weeksOnTarget(past))
                .arg(weeks.isEmpty() ? 0 : weeks.last().sessions));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<MoveTally> tallies = moveTallies(m_sessions, now);
    showAdvice(tallies, now);

    m_moves->clear();
    for (const MoveTally& t : tallies)
        new QTreeWidgetItem(m_moves, {t.exerciseName, QString::number(t.done), QString::number(t.cutShort),
                                      QString::number(t.skipped), QString::number(t.hurt)});

    static_cast<SessionListModel*>(m_model)->reset();
    int select = m_sessions.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_sessions.size() && !keep.isEmpty(); ++i)
        if (m_sessions.at(i).uuid == keep) {
            select = i;
            break;
        }
    {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->setCurrentIndex(select >= 0 ? m_model->index(select, 0) : QModelIndex());
    }
    showDetails();
    if (m_chart)
        updateChart();
}

void HistoryTab::showAdvice(const QList<MoveTally>& tallies, const QDateTime& now) {
    while (QLayoutItem* row = m_adviceRows->takeAt(0)) {
        if (QLayout* l = row->layout())
            while (QLayoutItem* part = l->takeAt(0)) {
                if (QWidget* w = part->widget()) { // later: the button clicked may be the one asking
                    w->hide();
                    w->deleteLater();
                }
                delete part;
            }
        delete row; // the row's layout itself
    }
    int rows = 0;
    const auto addRow = [&](const QString& text, QPushButton* action) {
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(text, m_advice);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("adviceText"));
        row->addWidget(label, 1);
        label->show(); // now: the tab may be on screen already
        if (action) {
            row->addWidget(action, 0, Qt::AlignTop);
            action->show();
        }
        m_adviceRows->addLayout(row);
        ++rows;
    };
    for (const MoveTally& t : tallies) {
        if (!t.hurtTwiceRecently)
            continue;
        const QStringList builtIns = builtInsWhereItHurt(t.exerciseId);
        QPushButton* action = nullptr;
        QString text = tr("%1 hurt twice in the last 14 days. Consider leaving it out, and ask a doctor or "
                          "physiotherapist about it.")
                           .arg(t.exerciseName);
        if (m_library && m_library->canLeaveOut(t.exerciseId, builtIns)) {
            action = new QPushButton(tr("Take it out of my routines"), m_advice);
            action->setObjectName(QStringLiteral("leaveOutButton"));
            action->setAccessibleName(tr("Take %1 out of my routines").arg(t.exerciseName));
            action->setProperty("exerciseId", t.exerciseId);
            connect(action, &QPushButton::clicked, this, [this, id = t.exerciseId] { leaveOut(id); });
        }
        addRow(text, action);
    }
    for (Region r : risingTightness(m_sessions, now)) {
        auto* action = new QPushButton(tr("When to ask a doctor"), m_advice);
        action->setObjectName(QStringLiteral("askDoctorButton"));
        action->setToolTip(tr("Opens the Guide at its list of when to ask a doctor first"));
        connect(action, &QPushButton::clicked, this,
                [this] { Q_EMIT guideSectionRequested(QStringLiteral("who-should-avoid")); });
        addRow(tr("Your %1 has felt tighter over the last two weeks (up 2 points or more before sessions). "
                  "Read when to ask a doctor first.")
                   .arg(regionInText(r)),
               action);
    }
    m_advice->setVisible(rows > 0 || m_leftOutLabel->isVisibleTo(m_advice));
}

void HistoryTab::setProgramLine(const QString& text) {
    m_programLine->setText(text);
    m_programLine->setVisible(!text.isEmpty());
}

QStringList HistoryTab::builtInsWhereItHurt(const QString& exerciseId) const {
    QStringList ids;
    for (const SessionRecord& s : m_sessions) {
        if (s.routineId.isEmpty() || ids.contains(s.routineId))
            continue;
        for (const StepRecord& step : s.steps)
            if (step.exerciseId == exerciseId && step.outcome == StepOutcome::Hurt) {
                ids << s.routineId;
                break;
            }
    }
    return ids;
}

void HistoryTab::setRoutineLibrary(RoutineLibrary* library) {
    m_library = library;
    if (m_library)
        connect(m_library->undoStack(), &QUndoStack::indexChanged, this, [this] {
            // Put it back only while the step is the last edit: anything after it, or its undo, ends that.
            const QUndoStack* stack = m_library->undoStack();
            if (m_leftOut && (stack->index() == 0 || stack->command(stack->index() - 1) != m_leftOut)) {
                m_leftOut = nullptr;
                m_putBack->hide();
            }
        });
    reload();
}

void HistoryTab::leaveOut(const QString& exerciseId) {
    if (!m_library)
        return;
    const LeaveOutResult done = m_library->leaveOut(exerciseId, builtInsWhereItHurt(exerciseId));
    if (done.isEmpty())
        return;
    const QUndoStack* stack = m_library->undoStack();
    const auto names = [](QStringList list) {
        for (QString& name : list)
            name = tr("“%1”").arg(name);
        return QLocale().createSeparatedList(list);
    };
    QStringList lines;
    if (!done.changed.isEmpty())
        lines << tr("Taken out of %1.").arg(names(done.changed));
    if (!done.made.isEmpty())
        lines << tr("Built-in routines cannot change, so RollGuide made %1 for you: pick it on the "
                    "Session tab.")
                     .arg(names(done.made));
    if (!done.kept.isEmpty())
        lines << tr("%1 left as is: it holds only this move.").arg(names(done.kept));
    if (const QStringList errors = m_library->save(); !errors.isEmpty())
        lines << tr("Not saved yet: %1").arg(errors.join(u' '));
    m_leftOut = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    m_leftOutLabel->setText(lines.join(u' '));
    m_leftOutLabel->show();
    m_putBack->setVisible(m_leftOut != nullptr);
    reload();
}

void HistoryTab::putBack() {
    if (!m_library || !m_leftOut)
        return;
    m_library->undoStack()->undo(); // ends m_leftOut through indexChanged
    const QStringList errors = m_library->save();
    m_leftOutLabel->setText(errors.isEmpty() ? tr("Put back as it was.")
                                             : tr("Put back, but not saved yet: %1").arg(errors.join(u' ')));
    reload();
}

void HistoryTab::showTrends() {
    m_pages->setCurrentWidget(m_trendsPage);
    if (!m_chartTried) {
        m_chartTried = true;
        QString problem;
        if (auto* factory =
                loadModuleAs<TrendChartFactory>(QStringLiteral("librollguide_charts.so"), &problem)) {
            m_chart.reset(factory->createTrendChart(m_trendsPage));
            m_chart->widget()->setObjectName(QStringLiteral("trendChart"));
            m_chart->widget()->setAccessibleName(tr("Ratings over time"));
            qobject_cast<QVBoxLayout*>(m_trendsPage->layout())->addWidget(m_chart->widget(), 1);
            m_chart->widget()->show();
        }
        if (!m_chart) {
            const QString why =
                tr("The chart could not be shown: RollGuide's chart module could not be loaded (%1).")
                    .arg(problem);
            spdlog::warn("chart module: {}", why.toStdString());
            m_chartNote->setText(why);
            return;
        }
    }
    updateChart();
}

void HistoryTab::updateChart() {
    if (!m_chart)
        return;
    const Region region = Region(m_region->currentData().toInt());
    TrendData data;
    data.title = regionName(region);
    data.beforeName = tr("Before the session");
    data.afterName = tr("After the session");
    data.countsName = tr("A change that counts (2 points or 30% from where you started)");
    data.timeAxisTitle = tr("Date");
    data.ratingAxisTitle = tr("0 = none, 10 = worst");
    // Oldest first; "where you started" is the first rating before a session.
    std::optional<int> start;
    for (auto it = m_sessions.crbegin(); it != m_sessions.crend(); ++it) {
        const SessionRecord& s = *it;
        const QDateTime when = s.startedLocal();
        if (s.before.contains(region)) {
            if (!start)
                start = s.before.value(region);
            data.before.append(
                {when, s.before.value(region), isMeaningfulChange(*start, s.before.value(region))});
        }
        if (s.after.contains(region)) {
            if (!start)
                start = s.after.value(region);
            data.after.append(
                {when, s.after.value(region), isMeaningfulChange(*start, s.after.value(region))});
        }
    }
    m_chart->setData(data);
    if (data.before.isEmpty() && data.after.isEmpty())
        m_chartNote->setText(
            tr("No ratings for the %1 yet: rate it before or after a session to see it here.")
                .arg(regionInText(region)));
    else
        m_chartNote->setText(
            tr("Where you started: %1. Squares mark a change of at least 2 points or 30% from "
               "there. This is your own record, not a diagnosis.")
                .arg(*start));
}

int HistoryTab::selectedIndex() const {
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    return row >= 0 && row < m_sessions.size() ? row : -1;
}

void HistoryTab::showDetails() {
    const int i = selectedIndex();
    auto* before = findChild<CheckInWidget*>(QStringLiteral("editBefore"));
    auto* after = findChild<CheckInWidget*>(QStringLiteral("editAfter"));
    const bool writable = m_store.isWritable();
    for (QWidget* w : std::initializer_list<QWidget*>{before, after, m_note, m_saveNote, m_delete})
        w->setVisible(i >= 0);
    if (i < 0) {
        m_details->setText(m_sessions.isEmpty() ? QString() : tr("Choose a session to see it here."));
        return;
    }
    const SessionRecord& s = m_sessions.at(i);
    QStringList lines{QStringLiteral("%1 — %2").arg(plainLine(s.routineName),
                                                    QLocale().toString(s.startedLocal().toLocalTime())),
                      tr("%1. %2 of %3 planned; paused %4.")
                          .arg(outcomeText(s), formatMinutesSeconds(s.actualMs),
                               formatMinutesSeconds(s.plannedMs), formatMinutesSeconds(s.pausedMs))};
    for (const StepRecord& step : s.steps)
        lines
            << QStringLiteral("  • %1: %2").arg(plainLine(step.exerciseName), stepOutcomeName(step.outcome));
    m_details->setText(lines.join(u'\n'));
    for (CheckInWidget* w : {before, after}) {
        w->setRegions(s.regions);
        w->setRatings(w == before ? s.before : s.after);
        w->setEnabled(writable);
    }
    m_note->setPlainText(s.note);
    m_note->setReadOnly(!writable);
    m_saveNote->setEnabled(writable);
    m_delete->setEnabled(writable);
}

bool HistoryTab::store(const SessionRecord& record) {
    SessionRecord copy = record;
    const Status s = m_store.save(copy);
    if (!s.ok())
        showProblem(s.error());
    return s.ok();
}

bool HistoryTab::removeStored(const QString& uuid) {
    const Status s = m_store.remove(uuid);
    if (!s.ok())
        showProblem(s.error());
    return s.ok();
}

void HistoryTab::saveNote() {
    const int i = selectedIndex();
    if (i < 0)
        return;
    SessionRecord changed = m_sessions.at(i);
    changed.note = m_note->toPlainText().trimmed();
    changed.before = findChild<CheckInWidget*>(QStringLiteral("editBefore"))->ratings();
    changed.after = findChild<CheckInWidget*>(QStringLiteral("editAfter"))->ratings();
    if (changed == m_sessions.at(i))
        return;
    m_undo->push(new SessionCommand(this, m_sessions.at(i), changed, tr("edit")));
}

void HistoryTab::deleteSelected() {
    const int i = selectedIndex();
    if (i < 0)
        return;
    m_undo->push(new SessionCommand(this, m_sessions.at(i), std::nullopt, tr("delete")));
}

void HistoryTab::deleteAll() {
    enum { Delete };
    const int answer = Dialogs::ask(
        this, QMessageBox::Warning, tr("Delete all history?"),
        tr("This deletes %n session(s), with every check-in and note, from this computer. It cannot be "
           "undone.",
           nullptr, int(m_sessions.size())),
        {{tr("Delete all"), QMessageBox::DestructiveRole}, Dialogs::cancelChoice()}, 1,
        QStringLiteral("deleteAllQuestion"));
    if (answer != Delete)
        return;
    const Status s = m_store.removeAll();
    if (!s.ok())
        showProblem(s.error());
    m_undo->clear();
    reload();
}

void HistoryTab::exportHistory() {
    Dialogs::chooseFileToSave(
        this, tr("Export the history"), QStringLiteral("rollguide-history.csv"),
        tr("Spreadsheet, one row per session (*.csv);;Everything, to import again (*.json)"),
        [this](QString path) {
            if (path.isEmpty())
                return;
            if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
                !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
                path += QStringLiteral(".csv");
            for (const QString& folder : userDataFolders())
                if (isInsideFolder(path, folder)) {
                    Dialogs::tell(
                        this, QMessageBox::Warning, tr("Not exported"),
                        tr("%1 lies in %2, where RollGuide keeps your own files. Choose another folder.")
                            .arg(path, folder),
                        QStringLiteral("exportRefusedBox"));
                    return;
                }
            const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
            const Status written =
                writeFileAtomically(path, csv ? historyToCsv(m_sessions) : historyToJson(m_sessions), false);
            if (!written.ok())
                Dialogs::tell(this, QMessageBox::Warning, tr("Not exported"), written.error(),
                              QStringLiteral("exportFailedBox"));
            else
                showProblem({});
        },
        QStringLiteral("exportHistoryDialog"));
}

void HistoryTab::importHistory() {
    Dialogs::chooseFileToOpen(
        this, tr("Import a history"), tr("RollGuide history (*.json)"),
        [this](const QString& path) {
            if (path.isEmpty())
                return;
            const RegularFileRead file = readRegularFile(path, kMaxHistoryJsonBytes);
            QString problem;
            HistoryImport parsed;
            if (!file.ok())
                problem = tr("%1 cannot be read: %2").arg(path, file.error);
            else if (parsed = historyFromJson(file.bytes); !parsed.ok())
                problem = tr("%1 is not a RollGuide history export; nothing was imported.\n\n%2")
                              .arg(path, joinErrors(parsed.errors.mid(0, 5)));
            Result<int> added = Result<int>::failure(problem);
            if (problem.isEmpty())
                added = m_store.merge(parsed.sessions);
            if (!added) {
                Dialogs::tell(this, QMessageBox::Warning, tr("Not imported"), added.error(),
                              QStringLiteral("importFailedBox"));
                return;
            }
            reload();
            Dialogs::tell(this, QMessageBox::Information, tr("History imported"),
                          tr("%n session(s) added.", nullptr, added.value()) + u' ' +
                              tr("%n session(s) were already in your history.", nullptr,
                                 int(parsed.sessions.size()) - added.value()),
                          QStringLiteral("importedBox"));
        },
        QStringLiteral("importHistoryDialog"));
}

} // namespace rollguide
