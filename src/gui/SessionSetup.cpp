// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SessionSetup.h"
#include "AppSettings.h"
#include "CheckInWidget.h"
#include "Dialogs.h"
#include "PlanWarnings.h"
#include "QuickPlanner.h"
#include "ScreeningDialog.h"
#include "ui_SessionSetup.h"

#include <QFontInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace rollguide {

namespace {
constexpr int kRoutineIdRole = Qt::UserRole + 1;

QString warningMark() {
    return QStringLiteral("⚠ ");
}
} // namespace

SessionSetup::SessionSetup(const Catalog& catalog, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionSetup>())
    , m_catalog(catalog)
    , m_settings(settings) {
    m_ui->setupUi(this);
    QFont title = m_ui->planTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->planTitle->setFont(title);
    QFont bigger = m_ui->planSummary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    m_ui->planSummary->setFont(bigger);
    m_ui->planList->setFont(bigger);
    m_ui->routineList->setFont(bigger);
    QFont heading = m_ui->routinesHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_ui->routinesHeading->setFont(heading);
    QFont start = m_ui->startButton->font();
    start.setPointSizeF(start.pointSizeF() * 1.5);
    start.setBold(true);
    m_ui->startButton->setFont(start);
    m_ui->startButton->setMinimumHeight(56);

    // Before Start: how the back feels now, for the regions the chosen session works. Never asked in a
    // dialog, and never waited for.
    m_checkIn = new CheckInWidget(this);
    m_checkIn->setObjectName(QStringLiteral("beforeCheckIn"));
    m_checkIn->setScale(44, bigger.pixelSize() > 0 ? bigger.pixelSize() : QFontInfo(bigger).pixelSize());
    m_ui->previewColumn->insertWidget(m_ui->previewColumn->indexOf(m_ui->startButton), m_checkIn);

    m_ui->levelCombo->addItem(tr("Beginner"), int(QuickGoal::Level::Beginner));
    m_ui->levelCombo->addItem(tr("Intermediate"), int(QuickGoal::Level::Intermediate));
    m_ui->levelCombo->addItem(tr("Experienced"), int(QuickGoal::Level::Experienced));
    m_ui->timingCombo->addItem(tr("Any time"), int(QuickGoal::Timing::Anytime));
    m_ui->timingCombo->addItem(tr("Before a workout"), int(QuickGoal::Timing::BeforeWorkout));
    m_ui->timingCombo->addItem(tr("After a workout"), int(QuickGoal::Timing::AfterWorkout));

    for (const Routine& r : catalog.routines) {
        auto* item = new QListWidgetItem(r.name, m_ui->routineList);
        item->setData(kRoutineIdRole, r.id);
        item->setToolTip(r.description);
    }
    connect(m_ui->routineList, &QListWidget::currentRowChanged, this, [this](int row) {
        const int builtIn = int(m_catalog.routines.size());
        if (row < 0 || row >= builtIn + m_personal.size())
            return;
        m_quickNotes.clear();
        m_routine = row < builtIn ? m_catalog.routines[row] : m_personal[row - builtIn];
        updatePreview();
    });
    connect(m_ui->makePlanButton, &QPushButton::clicked, this, &SessionSetup::makeQuickPlan);
    connect(m_ui->startButton, &QPushButton::clicked, this, &SessionSetup::start);
    connect(m_ui->screeningButton, &QPushButton::clicked, this, [this] { askScreening(); });

    updateScreeningLabel();
    if (!catalog.routines.isEmpty())
        m_ui->routineList->setCurrentRow(0);
    else
        updatePreview();
}

SessionSetup::~SessionSetup() = default;

Ratings SessionSetup::beforeRatings() const {
    return m_checkIn->ratings();
}

void SessionSetup::clearCheckIn() {
    m_checkIn->clear();
}

PlanOptions SessionSetup::planOptions() const {
    return m_settings.planOptions();
}

void SessionSetup::setPersonalRoutines(const QList<Routine>& routines) {
    const int current = m_ui->routineList->currentRow();
    const QString currentName = current >= 0 ? m_ui->routineList->item(current)->text() : QString();
    const QSignalBlocker block(m_ui->routineList);
    while (m_ui->routineList->count() > m_catalog.routines.size())
        delete m_ui->routineList->takeItem(m_ui->routineList->count() - 1);
    m_personal = routines;
    for (const Routine& r : routines) {
        auto* item = new QListWidgetItem(r.name, m_ui->routineList);
        item->setToolTip(r.description);
    }
    // Keep the choice when it is still there; a renamed or deleted routine leaves the preview as it was.
    if (current >= 0 && current < m_ui->routineList->count() &&
        m_ui->routineList->item(current)->text() == currentName)
        m_ui->routineList->setCurrentRow(current);
}

bool SessionSetup::selectRoutine(const QString& id) {
    for (int row = 0; row < m_ui->routineList->count(); ++row)
        if (m_ui->routineList->item(row)->data(kRoutineIdRole).toString() == id) {
            m_ui->routineList->setCurrentRow(row);
            return true;
        }
    return false;
}

void SessionSetup::showRoutine(const Routine& routine) {
    m_ui->routineList->setCurrentRow(-1);
    m_quickNotes.clear();
    m_routine = routine;
    updatePreview();
}

void SessionSetup::updateScreeningLabel() {
    if (!m_settings.screeningAnswered()) {
        m_ui->screeningLabel->setText(
            tr("You have not answered the safety questions yet. They come up when you "
               "start."));
        return;
    }
    QStringList names;
    for (const QString& id : m_settings.screeningConditions())
        if (const Contraindication* k = m_catalog.contraindication(id))
            names << k->name;
    m_ui->screeningLabel->setText(names.isEmpty()
                                      ? tr("Safety answers: none of the listed conditions.")
                                      : tr("Safety answers: %1.").arg(names.join(QStringLiteral(", "))));
}

void SessionSetup::updatePreview() {
    m_ui->planList->clear();
    if (!m_routine) {
        m_ui->planTitle->setText(tr("No session chosen"));
        m_ui->planSummary->setText(tr("Pick a routine on the left, or make a quick plan."));
        m_ui->planNotes->clear();
        m_ui->startButton->setEnabled(false);
        m_checkIn->hide();
        return;
    }
    m_ui->planTitle->setText(m_routine->name);
    QList<Region> regions;
    for (const RoutineStep& step : m_routine->steps)
        if (const Exercise* e = m_catalog.exercise(step.exerciseId))
            for (Region r : e->regions)
                if (!regions.contains(r))
                    regions << r;
    std::sort(regions.begin(), regions.end());
    m_checkIn->setRegions(regions);
    m_checkIn->setVisible(!regions.isEmpty());
    const PlanResult result = SessionPlanner::plan(*m_routine, m_catalog, planOptions());
    if (!result.ok()) {
        m_ui->planSummary->setText(tr("This routine cannot be played:\n%1").arg(result.errorText()));
        m_ui->planNotes->clear();
        m_ui->startButton->setEnabled(false);
        return;
    }
    const SessionPlan& plan = *result.plan;
    const auto moves = m_routine->steps.size();
    m_ui->planSummary->setText(tr("%n move(s)", nullptr, moves) + QStringLiteral("  ·  ") +
                               tr("%1 in all").arg(formatMinutesSeconds(plan.totalMs())));
    QStringList notes;
    if (!m_quickNotes.isEmpty())
        notes << m_quickNotes;
    for (int i = 0; i < m_routine->steps.size(); ++i) {
        const RoutineStep& step = m_routine->steps[i];
        const Exercise* e = m_catalog.exercise(step.exerciseId);
        QString text = QStringLiteral("%1.  %2\n      %3")
                           .arg(i + 1)
                           .arg(e ? e->name : step.exerciseId, describeDose(step.dose));
        for (const PlanWarning& w : plan.warnings)
            if (w.stepIndex == i)
                text += u'\n' + QStringLiteral("      ") + warningMark() + w.message;
        new QListWidgetItem(text, m_ui->planList);
    }
    // A program keeps its first week within the first-session limit and grows from there one step a
    // week, so past that limit its session is where the person's history has brought them.
    const bool programSession = m_routine->id.startsWith(QStringLiteral("program:"));
    for (const PlanWarning& w : plan.warnings)
        if (w.stepIndex < 0 && !(programSession && w.kind == PlanWarning::Kind::OverBeginnerLimit))
            notes << warningMark() + w.message;
    m_ui->planNotes->setText(notes.join(u'\n'));
    m_ui->planNotes->setVisible(!notes.isEmpty());
    m_ui->startButton->setEnabled(true);
}

void SessionSetup::makeQuickPlan() {
    QuickGoal goal;
    if (m_ui->lowerCheck->isChecked())
        goal.regions << Region::Lower;
    if (m_ui->midCheck->isChecked())
        goal.regions << Region::Mid;
    if (m_ui->upperCheck->isChecked())
        goal.regions << Region::Upper;
    goal.minutes = m_ui->minutesSpin->value();
    goal.level = QuickGoal::Level(m_ui->levelCombo->currentData().toInt());
    goal.timing = QuickGoal::Timing(m_ui->timingCombo->currentData().toInt());
    const PlanOptions options = planOptions();
    if (options.screening)
        goal.screening = *options.screening;
    const QuickPlanResult result = QuickPlanner::plan(goal, m_catalog, options);
    m_ui->routineList->setCurrentRow(-1);
    if (!result.routine) {
        m_routine.reset();
        m_quickNotes.clear();
        updatePreview();
        m_ui->planTitle->setText(tr("No plan fits that goal"));
        QStringList why{result.error};
        for (const LeftOutMove& left : result.leftOut)
            why << tr("Left out: %1 (%2)").arg(left.exerciseName, left.reason);
        m_ui->planSummary->setText(why.join(u'\n'));
        return;
    }
    QStringList notes = result.notes;
    for (const LeftOutMove& left : result.leftOut)
        notes << tr("Left out: %1 (%2)").arg(left.exerciseName, left.reason);
    m_quickNotes = notes.join(u'\n');
    m_routine = *result.routine;
    updatePreview();
}

void SessionSetup::askScreening(std::function<void()> then) {
    auto* dialog = new ScreeningDialog(m_catalog, m_settings.screeningConditions(),
                                       m_settings.screeningAnswered(), this);
    dialog->setObjectName(QStringLiteral("screeningDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        m_settings.setScreening(dialog->selectedConditions());
        updateScreeningLabel();
        updatePreview();
        Q_EMIT screeningChanged();
        if (then)
            then();
    });
    dialog->open();
}

bool SessionSetup::start() {
    if (!m_routine)
        return false;
    if (!m_settings.screeningAnswered()) {
        askScreening([this] { continueStart(); });
        return true;
    }
    continueStart();
    return true;
}

void SessionSetup::continueStart() {
    if (!m_routine)
        return;
    Routine routine = *m_routine;
    const PlanOptions options = planOptions();
    if (options.screening) {
        QStringList moves;
        QList<int> flaggedSteps;
        for (int i = 0; i < routine.steps.size(); ++i) {
            const Exercise* e = m_catalog.exercise(routine.steps[i].exerciseId);
            if (!e)
                continue;
            const ScreeningResult s = screenExercise(*e, *options.screening, m_catalog);
            if (!s.allowed()) {
                moves << QStringLiteral("%1 (%2)").arg(e->name, s.conditionNames.join(QStringLiteral(", ")));
                flaggedSteps << i;
            }
        }
        if (!moves.isEmpty()) {
            enum { LeaveOut, DoAnyway };
            const int answer =
                Dialogs::ask(this, QMessageBox::Warning, tr("Check these moves first"),
                             tr("Your safety answers say these moves need care or your doctor's OK:\n\n%1\n\n"
                                "Leave them out of this session, or do them anyway?")
                                 .arg(moves.join(u'\n')),
                             {{tr("Leave them out"), QMessageBox::AcceptRole},
                              {tr("Do them anyway"), QMessageBox::DestructiveRole},
                              Dialogs::cancelChoice()},
                             LeaveOut, QStringLiteral("flaggedQuestion"));
            if (answer < 0)
                return;
            if (answer == LeaveOut)
                for (auto it = flaggedSteps.crbegin(); it != flaggedSteps.crend(); ++it)
                    routine.steps.removeAt(*it);
        }
    }
    if (routine.steps.isEmpty()) {
        Dialogs::tell(this, QMessageBox::Information, tr("Nothing left to do"),
                      tr("Every move in this session was left out for safety. Pick another routine, or "
                         "ask your doctor which moves suit you."),
                      QStringLiteral("nothingLeftBox"));
        return;
    }
    const PlanResult result = SessionPlanner::plan(routine, m_catalog, options);
    if (!result.ok()) {
        Dialogs::tell(this, QMessageBox::Warning, tr("This session cannot start"), result.errorText(),
                      QStringLiteral("cannotStartBox"));
        return;
    }
    Q_EMIT sessionRequested(*result.plan);
}

} // namespace rollguide
