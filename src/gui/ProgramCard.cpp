// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ProgramCard.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Dialogs.h"
#include "ui_ProgramCard.h"

#include <QLocale>
#include <QMenu>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
void scaleFont(QWidget* w, double factor, bool bold) {
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}
} // namespace

ProgramCard::ProgramCard(const Catalog& catalog, AppSettings& settings, const Clock& clock,
                         HistorySource history, QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ProgramCard>())
    , m_catalog(catalog)
    , m_settings(settings)
    , m_clock(clock)
    , m_history(std::move(history)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("programCard"));
    scaleFont(m_ui->titleLabel, 1.6, true);
    scaleFont(m_ui->reasonLabel, 1.3, false);
    scaleFont(m_ui->detailLabel, 1.1, false);
    scaleFont(m_ui->startTodayButton, 1.4, true);
    m_ui->startTodayButton->setMinimumSize(300, 64);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->followButton), static_cast<QWidget*>(m_ui->programCombo),
          static_cast<QWidget*>(m_ui->doctorDoneButton), static_cast<QWidget*>(m_ui->clearedButton),
          static_cast<QWidget*>(m_ui->doctorListButton), static_cast<QWidget*>(m_ui->resumeButton),
          static_cast<QWidget*>(m_ui->programMenuButton)}) {
        scaleFont(w, 1.15, false);
        w->setMinimumHeight(40);
    }
    for (const Program& p : catalog.programs)
        m_ui->programCombo->addItem(tr("%1 (%n week(s))", nullptr, int(p.weeks.size())).arg(p.name), p.id);
    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_state == State::NoProgram)
            refresh();
    });
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("programMenu"));
    m_ui->programMenuButton->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ProgramCard::rebuildMenu);
    rebuildMenu();

    connect(m_ui->followButton, &QPushButton::clicked, this,
            [this] { follow(m_ui->programCombo->currentData().toString()); });
    connect(m_ui->startTodayButton, &QPushButton::clicked, this, [this] {
        if (m_today)
            Q_EMIT startRequested(*m_today);
    });
    connect(m_ui->doctorDoneButton, &QPushButton::clicked, this, &ProgramCard::confirmDoctor);
    connect(m_ui->clearedButton, &QPushButton::clicked, this, &ProgramCard::confirmCleared);
    connect(m_ui->doctorListButton, &QPushButton::clicked, this,
            [this] { Q_EMIT guideSectionRequested(QStringLiteral("who-should-avoid")); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { setPaused(false); });
    // Until refresh() has read the history: the program's name, and no buttons that may not apply.
    if (const Program* p = program())
        present(State::Ready, p->name, QString(), QString());
    else
        refresh();
}

ProgramCard::~ProgramCard() = default;

QDateTime ProgramCard::now() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), QTimeZone::utc());
}

const Program* ProgramCard::program() const {
    const ProgramChoice c = m_settings.programChoice();
    return c.active() ? m_catalog.program(c.programId) : nullptr;
}

void ProgramCard::refresh() {
    const std::optional<Routine> before = m_today;
    m_today.reset();
    const ProgramChoice choice = m_settings.programChoice();
    const Program* p = program();
    if (!p) {
        const Program* offered = m_catalog.program(m_ui->programCombo->currentData().toString());
        m_status = ProgramStatus{};
        present(State::NoProgram, tr("Follow a program"),
                tr("A few weeks of sessions that start small, grow with you, and hold back when your back "
                   "says so."),
                offered ? offered->summary : QString());
        if (before)
            Q_EMIT todayChanged();
        return;
    }
    QString historyProblem;
    QList<SessionRecord> sessions;
    if (m_history) {
        const Result<QList<SessionRecord>> read = m_history();
        if (read.ok())
            sessions = read.value();
        else
            historyProblem = read.error();
    }
    m_status = ProgramCoach::assess(*p, choice, sessions, now(), m_clock.timeZone());
    const QString title = ProgramCoach::weekTitle(*p, m_status);
    const Range aim = m_status.sessionsAimedFor;
    const QString count = aim.min == aim.max ? tr("Session %1 of %2 this week")
                                                   .arg(std::min(m_status.sessionsThisWeek + 1, aim.max))
                                                   .arg(aim.max)
                                             : tr("Session %1 of %2–%3 this week")
                                                   .arg(std::min(m_status.sessionsThisWeek + 1, aim.max))
                                                   .arg(aim.min)
                                                   .arg(aim.max);
    QStringList detail;
    if (!historyProblem.isEmpty())
        detail << tr("The history could not be read (%1), so sessions already done are not counted.")
                      .arg(historyProblem);

    if (choice.paused) {
        present(State::Paused, title, m_status.reason, detail.join(u'\n'));
        if (before)
            Q_EMIT todayChanged();
        return;
    }
    const PlanOptions options = m_settings.planOptions();
    const ProgramSession today = ProgramCoach::today(
        *p, m_status, m_catalog, options.screening.value_or(Screening{}), choice.flaggedCleared, options);
    if (!today.plan.ok()) {
        present(today.needsDoctorsOk ? State::NeedsDoctorsOk : State::Blocked, title, today.blockedReason,
                detail.join(u'\n'));
        if (before)
            Q_EMIT todayChanged();
        return;
    }
    m_today = today.plan.routine;
    const int moves = int(m_today->steps.size());
    if (m_status.doneToday)
        detail.prepend(
            tr("You have rolled today: well done. %1 done this week; another session is up to you.")
                .arg(m_status.sessionsThisWeek));
    else
        detail.prepend(
            tr("%1 · %2 · %n move(s)", nullptr, moves).arg(count, formatMinutesSeconds(today.plan.totalMs)));
    for (auto it = m_status.leftOutForNow.begin(); it != m_status.leftOutForNow.end(); ++it) {
        const Exercise* e = m_catalog.exercise(it.key());
        detail << tr("Left out for now: %1. %2").arg(e ? e->name : it.key(), it.value());
    }
    detail << today.plan.notes;
    if (!options.screening)
        detail << tr(
            "Answer the safety questions before your first session (they are asked when you start).");
    const State state = m_status.doctorSuggested ? State::AskDoctor
                        : m_status.doneToday     ? State::DoneToday
                                                 : State::Ready;
    present(state, title, m_status.reason, detail.join(u'\n'));
    const bool same = before && before->name == m_today->name && before->steps == m_today->steps;
    if (!same)
        Q_EMIT todayChanged();
}

void ProgramCard::present(State state, const QString& title, const QString& reason, const QString& detail) {
    m_state = state;
    m_ui->titleLabel->setText(state == State::NoProgram ? title : tr("Today: %1").arg(title));
    m_ui->reasonLabel->setText(reason);
    m_ui->detailLabel->setText(detail);
    m_ui->detailLabel->setVisible(!detail.isEmpty());
    const bool none = state == State::NoProgram;
    m_ui->programCombo->setVisible(none);
    m_ui->followButton->setVisible(none);
    m_ui->programMenuButton->setVisible(!none);
    m_ui->startTodayButton->setVisible(m_today.has_value());
    m_ui->startTodayButton->setText(state == State::DoneToday ? tr("Roll a&gain today")
                                                              : tr("Start to&day's session"));
    m_ui->doctorDoneButton->setVisible(state == State::AskDoctor);
    m_ui->clearedButton->setVisible(state == State::NeedsDoctorsOk);
    m_ui->doctorListButton->setVisible(state == State::AskDoctor || state == State::NeedsDoctorsOk ||
                                       state == State::Blocked);
    m_ui->resumeButton->setVisible(state == State::Paused);
    m_ui->startTodayButton->setDefault(state == State::Ready);
    spdlog::debug("program card: {} ({})", title.toStdString(), reason.toStdString());
    Q_EMIT refreshed();
}

QString ProgramCard::summaryLine() const {
    const Program* p = program();
    if (!p || m_status.programId != p->id)
        return {};
    const ProgramChoice c = m_settings.programChoice();
    return tr("Your program: %1, since %2. %3")
        .arg(ProgramCoach::weekTitle(*p, m_status), dayAndMonth(c.started, true), m_status.reason);
}

void ProgramCard::setChoice(const ProgramChoice& choice) {
    m_settings.setProgramChoice(choice);
    refresh();
}

void ProgramCard::setPaused(bool paused) {
    ProgramChoice c = m_settings.programChoice();
    c.paused = paused;
    setChoice(c);
}

void ProgramCard::follow(const QString& programId) {
    const Program* p = m_catalog.program(programId);
    if (!p)
        return;
    ProgramChoice c = m_settings.programChoice();
    c.programId = p->id;
    c.started = now().toTimeZone(m_clock.timeZone()).date();
    c.paused = false;
    c.doctorConfirmed = {};
    setChoice(c);
}

void ProgramCard::confirmDoctor() {
    const int answer = Dialogs::ask(
        this, QMessageBox::Question, tr("Talked to a doctor?"),
        tr("Carry on with the program only if a doctor has looked at what you noticed and agrees. "
           "The program then goes on from this week."),
        {{tr("I have, carry on"), QMessageBox::AcceptRole}, Dialogs::cancelChoice()}, 1,
        QStringLiteral("doctorQuestion"));
    if (answer != 0)
        return;
    ProgramChoice c = m_settings.programChoice();
    c.doctorConfirmed = now();
    setChoice(c);
}

void ProgramCard::confirmCleared() {
    const int answer = Dialogs::ask(
        this, QMessageBox::Question, tr("Has your doctor agreed?"),
        tr("Say so only if your doctor has cleared foam rolling for you. The moves stay marked, and each "
           "session asks you to confirm before it starts."),
        {{tr("My doctor agrees"), QMessageBox::AcceptRole}, Dialogs::cancelChoice()}, 1,
        QStringLiteral("clearedQuestion"));
    if (answer != 0)
        return;
    ProgramChoice c = m_settings.programChoice();
    c.flaggedCleared = true;
    setChoice(c);
}

void ProgramCard::restart() {
    const Program* p = program();
    if (!p)
        return;
    const int answer = Dialogs::ask(this, QMessageBox::Question, tr("Start again?"),
                                    tr("Start %1 again from week 1? Your history is kept.").arg(p->name),
                                    {{tr("Start again"), QMessageBox::AcceptRole}, Dialogs::cancelChoice()},
                                    1, QStringLiteral("restartQuestion"));
    if (answer == 0)
        follow(p->id);
}

void ProgramCard::stopFollowing() {
    ProgramChoice c = m_settings.programChoice();
    c.programId.clear();
    c.started = {};
    c.paused = false;
    c.doctorConfirmed = {};
    setChoice(c);
}

void ProgramCard::rebuildMenu() {
    m_menu->clear();
    const ProgramChoice c = m_settings.programChoice();
    if (c.paused)
        m_menu->addAction(tr("Resume the program"), this, [this] { setPaused(false); });
    else
        m_menu->addAction(tr("Pause the program"), this, [this] { setPaused(true); });
    m_menu->addAction(tr("Start again from week 1…"), this, &ProgramCard::restart);
    QMenu* other = m_menu->addMenu(tr("Switch to"));
    for (const Program& p : m_catalog.programs)
        if (p.id != c.programId)
            other->addAction(p.name, this, [this, id = p.id] { follow(id); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Stop following the program"), this, &ProgramCard::stopFollowing);
}

} // namespace rollguide
