// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ProgramCoach.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::ProgramCoach)
};

/// A session counts towards the week's sessions once at least one move was done, whole or in part.
bool counts(const SessionRecord& s) {
    return s.count(StepOutcome::Done) + s.count(StepOutcome::CutShort) > 0;
}
/// A session tells something about the back once a move was reached (done, skipped, or it hurt) or
/// the back was rated.
bool tells(const SessionRecord& s) {
    return s.count(StepOutcome::NotReached) < s.steps.size() || !s.before.isEmpty() || !s.after.isEmpty();
}

/// Worse after than before, over the regions rated both times; nullopt when none was.
std::optional<bool> endedWorse(const SessionRecord& s) {
    int before = 0, after = 0, rated = 0;
    for (auto it = s.before.begin(); it != s.before.end(); ++it)
        if (s.after.contains(it.key())) {
            before += it.value();
            after += s.after.value(it.key());
            ++rated;
        }
    if (rated == 0)
        return std::nullopt;
    return after > before;
}

QString dayName(const QDate& d) {
    return QLocale().dayName(d.dayOfWeek(), QLocale::LongFormat);
}
QString longDate(const QDate& d) {
    return dayAndMonth(d, false);
}
QString moveName(const QString& name) {
    return name.isEmpty() ? Text::tr("a move") : Text::tr("the %1").arg(inSentence(name));
}

/// What happened in one week of the program.
struct WeekTally {
    int sessions = 0;
    int rated = 0, worse = 0;
    int steps = 0, skipped = 0;
    bool steppedBack = false;
    QList<std::pair<QString, QDate>> hurt; ///< Move name and local day, first hurt of each move.
};

class Replay {
public:
    Replay(const Program& program, const QDate& today)
        : m_program(program)
        , m_today(today) {}

    int step = 0;
    bool doctorPending = false;
    QList<ProgramEvent> events;
    QMap<QString, QDateTime> lastHurt; ///< Exercise id -> UTC of its latest hurt.
    QMap<QString, QString> names;      ///< Exercise id -> name as last recorded.

    int lastStep() const { return int(m_program.weeks.size()) - 1; }
    int weekNo() const { return step + 1; }

    void add(const QDateTime& at, ProgramDecision d, const QString& reason) {
        events.append({at, d, step, reason});
    }

    /// The person said they have talked to a doctor: progression resumes, and the counts start afresh.
    void confirm(const QDateTime& at) {
        m_hurtTimes.clear();
        m_baseline = at;
        m_worseStreak = 0;
        if (doctorPending) {
            doctorPending = false;
            add(at, ProgramDecision::Hold,
                Text::tr("Carrying on at week %1 now that you have talked to a doctor.").arg(weekNo()));
        }
    }

    /// A session before the program started: what it says about the back (moves that hurt, ratings)
    /// counts for resting moves and for asking a doctor, never for the program's weeks.
    void before(const SessionRecord& s) {
        WeekTally ignored;
        m_inProgram = false;
        hurts(s, ignored);
        m_rated.append(s);
        if (!doctorPending)
            checkRising(s.started);
        m_inProgram = true;
    }

    void session(const SessionRecord& s, WeekTally& week) {
        if (counts(s))
            ++week.sessions;
        m_rated.append(s);
        for (const StepRecord& st : s.steps) {
            ++week.steps;
            if (st.outcome == StepOutcome::Skipped || st.outcome == StepOutcome::NotReached)
                ++week.skipped;
        }
        hurts(s, week);
        if (const auto worse = endedWorse(s)) {
            ++week.rated;
            if (*worse)
                ++week.worse;
            m_worseStreak = *worse ? m_worseStreak + 1 : 0;
            if (m_worseStreak >= 2) {
                m_worseStreak = 0;
                week.steppedBack = true;
                if (step > 0) {
                    --step;
                    add(s.started, ProgramDecision::StepBack,
                        Text::tr("Stepping back to week %1: your back felt worse after each of your last two "
                                 "sessions.")
                            .arg(weekNo()));
                } else {
                    add(s.started, ProgramDecision::Hold,
                        Text::tr("Staying at week 1, the gentlest: your back felt worse after each of your "
                                 "last two sessions."));
                }
            }
        }
        if (!doctorPending)
            checkRising(s.started);
    }

    /// Moves that hurt in `s`: rested, held for, and after kHurtsForDoctor times within kHurtDays, a
    /// doctor suggested.
    void hurts(const SessionRecord& s, WeekTally& week) {
        const QDate day = s.startedLocal().date();
        for (const StepRecord& st : s.steps) {
            if (st.outcome != StepOutcome::Hurt)
                continue;
            names[st.exerciseId] = st.exerciseName;
            lastHurt[st.exerciseId] = s.started;
            QList<QDateTime>& times = m_hurtTimes[st.exerciseId];
            times.append(s.started);
            const QDateTime since = s.started.addDays(-ProgramCoach::kHurtDays);
            const int recent = int(
                std::count_if(times.begin(), times.end(), [&](const QDateTime& t) { return t >= since; }));
            const bool first = std::none_of(week.hurt.begin(), week.hurt.end(),
                                            [&](const auto& h) { return h.first == st.exerciseName; });
            if (first)
                week.hurt.append({st.exerciseName, day});
            if (recent >= ProgramCoach::kHurtsForDoctor && !doctorPending) {
                doctorPending = true;
                add(s.started, ProgramDecision::AskDoctor,
                    Text::tr("Paused at week %1: %2 has hurt %3 times. Please ask a doctor before going on.")
                        .arg(weekNo())
                        .arg(moveName(st.exerciseName))
                        .arg(recent));
            } else if (first && !doctorPending && m_inProgram) {
                add(s.started, ProgramDecision::Hold,
                    Text::tr("Holding at week %1: %2 hurt on %3.")
                        .arg(weekNo())
                        .arg(moveName(st.exerciseName), when(day)));
            }
        }
    }

    /// The decision at the start of a week, from the week before.
    void boundary(const QDateTime& at, const WeekTally& last) {
        if (doctorPending || last.steppedBack)
            return; // The sentence that paused it or stepped back still says where things stand.
        const Range aim = m_program.weeks[step].sessions;
        if (last.sessions == 0)
            add(at, ProgramDecision::Hold,
                Text::tr("Picking up at week %1: there were no sessions last week, and that is fine.")
                    .arg(weekNo()));
        else if (last.sessions < aim.min)
            add(at, ProgramDecision::Hold,
                Text::tr("Staying at week %1: %2 of %3 sessions done last week.")
                    .arg(weekNo())
                    .arg(last.sessions)
                    .arg(aim.min));
        else if (last.steps > 0 && last.skipped * 2 > last.steps)
            add(at, ProgramDecision::Hold,
                Text::tr("Staying at week %1: most moves were skipped last week.").arg(weekNo()));
        else if (!last.hurt.isEmpty())
            add(at, ProgramDecision::Hold,
                Text::tr("Holding at week %1: %2 hurt on %3.")
                    .arg(weekNo())
                    .arg(moveName(last.hurt.first().first), when(last.hurt.first().second)));
        else if (last.worse > 0)
            add(at, ProgramDecision::Hold,
                Text::tr("Staying at week %1: your back felt worse after a session last week.")
                    .arg(weekNo()));
        else if (step >= lastStep())
            add(at, ProgramDecision::Hold,
                Text::tr("Keeping to week %1, the last of the program: your back is taking it well.")
                    .arg(weekNo()));
        else {
            ++step;
            add(at, ProgramDecision::MoveOn,
                last.rated > 0
                    ? Text::tr("Moving on to week %1: you did %n session(s) last week and your back felt the "
                               "same or better after each.",
                               nullptr, last.sessions)
                          .arg(weekNo())
                    : Text::tr("Moving on to week %1: you did %n session(s) last week and no move hurt.",
                               nullptr, last.sessions)
                          .arg(weekNo()));
        }
    }

private:
    /// A region's before-rating that rose by kRisingPoints within kRisingDays, since the baseline.
    void checkRising(const QDateTime& now) {
        const QDateTime since = std::max(now.addDays(-ProgramCoach::kRisingDays), m_baseline);
        for (Region r : kAllRegions) {
            std::optional<std::pair<QDateTime, int>> first, last;
            for (const SessionRecord& s : m_rated) {
                if (!s.before.contains(r) || s.started < since || s.started > now)
                    continue;
                if (!first || s.started < first->first)
                    first = {s.started, s.before.value(r)};
                if (!last || s.started >= last->first)
                    last = {s.started, s.before.value(r)};
            }
            if (first && last && last->first > first->first &&
                last->second - first->second >= ProgramCoach::kRisingPoints) {
                doctorPending = true;
                add(now, ProgramDecision::AskDoctor,
                    Text::tr("Paused at week %1: your %2 has felt tighter before each session over two weeks "
                             "(%3 → %4). Please ask a doctor before going on.")
                        .arg(weekNo())
                        .arg(regionInText(r))
                        .arg(first->second)
                        .arg(last->second));
                return;
            }
        }
    }

    /// "Tuesday" within the last week, else "Tuesday 17 November": never a weekday that reads as this one.
    QString when(const QDate& day) const {
        return day.daysTo(m_today) < 7 ? dayName(day) : dayAndMonth(day, true);
    }

    const Program& m_program;
    QDate m_today;
    QMap<QString, QList<QDateTime>> m_hurtTimes; ///< Exercise id -> when it hurt, since the baseline.
    QList<SessionRecord> m_rated;
    QDateTime m_baseline;
    int m_worseStreak = 0;
    bool m_inProgram = true;
};
} // namespace

QString dayAndMonth(const QDate& d, bool withWeekday) {
    const QLocale locale;
    QString pattern;
    switch (locale.language()) {
    case QLocale::German:
        pattern = withWeekday ? QStringLiteral("dddd, d. MMMM") : QStringLiteral("d. MMMM");
        break;
    case QLocale::Spanish:
        pattern = withWeekday ? QStringLiteral("dddd d 'de' MMMM") : QStringLiteral("d 'de' MMMM");
        break;
    default:
        pattern = withWeekday ? QStringLiteral("dddd d MMMM") : QStringLiteral("d MMMM");
        break;
    }
    return locale.toString(d, pattern);
}

QString programDecisionKey(ProgramDecision d) {
    switch (d) {
    case ProgramDecision::Begin:
        return QStringLiteral("begin");
    case ProgramDecision::MoveOn:
        return QStringLiteral("move-on");
    case ProgramDecision::Hold:
        return QStringLiteral("hold");
    case ProgramDecision::StepBack:
        return QStringLiteral("step-back");
    case ProgramDecision::AskDoctor:
        return QStringLiteral("ask-doctor");
    case ProgramDecision::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

ProgramStatus ProgramCoach::assess(const Program& program, const ProgramChoice& choice,
                                   const QList<SessionRecord>& history, const QDateTime& nowUtc,
                                   const QTimeZone& zone) {
    ProgramStatus status;
    status.programId = program.id;
    if (program.weeks.isEmpty())
        return status;
    const QDate start = choice.started.isValid() ? choice.started : nowUtc.toTimeZone(zone).date();
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDateTime startUtc = start.startOfDay(zone).toUTC();
    const int currentWeek = int(std::max<qint64>(0, start.daysTo(today)) / 7);

    // Sessions from kHurtDays before the start: a restart or a new program keeps a resting move
    // resting and a suggestion to ask a doctor standing.
    const QDate lookBack = start.addDays(-kHurtDays);
    QList<SessionRecord> sessions, earlier;
    for (const SessionRecord& s : history) {
        if (!tells(s) || s.started > nowUtc)
            continue;
        const QDate day = s.startedLocal().date();
        if (day >= start)
            sessions.append(s);
        else if (day >= lookBack)
            earlier.append(s);
    }
    const auto byTime = [](const SessionRecord& a, const SessionRecord& b) { return a.started < b.started; };
    std::sort(sessions.begin(), sessions.end(), byTime);
    std::sort(earlier.begin(), earlier.end(), byTime);

    Replay replay(program, today);
    const QDateTime confirmed = choice.doctorConfirmed;
    bool confirmDone = !confirmed.isValid() || confirmed > nowUtc;
    const auto confirmBefore = [&](const QDateTime& t) {
        if (!confirmDone && confirmed <= t) {
            replay.confirm(confirmed);
            confirmDone = true;
        }
    };
    for (const SessionRecord& s : earlier) {
        confirmBefore(s.started);
        replay.before(s);
    }
    const bool doctorBefore = replay.doctorPending;
    const QString doctorReason = doctorBefore ? replay.events.constLast().reason : QString();
    replay.events.clear();
    replay.add(
        startUtc, ProgramDecision::Begin,
        Text::tr("Week 1 of %1: short, easy sessions to find out how your back takes it.").arg(program.name));
    if (doctorBefore)
        replay.add(startUtc, ProgramDecision::AskDoctor, doctorReason);

    auto next = sessions.cbegin();
    WeekTally week;
    for (int w = 0; w <= currentWeek; ++w) {
        const QDate from = start.addDays(7 * qint64(w));
        const QDateTime fromUtc = from.startOfDay(zone).toUTC();
        if (w > 0) {
            confirmBefore(fromUtc);
            replay.boundary(fromUtc, week);
        }
        week = WeekTally{};
        const QDate to = from.addDays(7);
        for (; next != sessions.cend() && next->startedLocal().date() < to; ++next) {
            confirmBefore(next->started);
            replay.session(*next, week);
        }
    }
    confirmBefore(nowUtc);

    status.step = std::clamp(replay.step, 0, replay.lastStep());
    status.weekNumber = currentWeek + 1;
    status.weekStarted = start.addDays(7 * qint64(currentWeek));
    status.doctorSuggested = replay.doctorPending;
    status.sessionsThisWeek = week.sessions;
    status.sessionsAimedFor = program.weeks[status.step].sessions;
    status.doneToday = std::any_of(sessions.begin(), sessions.end(), [&](const SessionRecord& s) {
        return counts(s) && s.startedLocal().date() == today;
    });
    for (auto it = replay.lastHurt.begin(); it != replay.lastHurt.end(); ++it) {
        const QDate hurtDay = it.value().toTimeZone(zone).date();
        const QDate until = hurtDay.addDays(kHurtRestDays);
        if (today < until)
            status.leftOutForNow.insert(it.key(),
                                        Text::tr("It hurt on %1, %2, so it rests until %3.")
                                            .arg(dayName(hurtDay), longDate(hurtDay), longDate(until)));
    }
    status.events = replay.events;
    status.decision = status.events.constLast().decision;
    status.reason = status.events.constLast().reason;
    if (replay.doctorPending && status.decision != ProgramDecision::AskDoctor) {
        // Stepping back since does not make the suggestion go away: both are said.
        const auto doctor =
            std::find_if(status.events.crbegin(), status.events.crend(),
                         [](const ProgramEvent& e) { return e.decision == ProgramDecision::AskDoctor; });
        if (doctor != status.events.crend())
            status.reason = doctor->reason + u' ' + status.reason;
        status.decision = ProgramDecision::AskDoctor;
    }
    if (choice.paused) {
        status.decision = ProgramDecision::Paused;
        status.reason = Text::tr("Paused. Your place is kept at week %1; resume when you are ready.")
                            .arg(status.step + 1);
    }
    return status;
}

ProgramSession ProgramCoach::today(const Program& program, const ProgramStatus& status,
                                   const Catalog& catalog, const Screening& screening, bool flaggedCleared,
                                   const PlanOptions& options) {
    ProgramSession out;
    if (program.weeks.isEmpty()) {
        out.blockedReason = Text::tr("This program has no weeks.");
        return out;
    }
    const ProgramWeek& week = program.weeks[std::clamp<int>(status.step, 0, int(program.weeks.size()) - 1)];
    QuickGoal goal;
    goal.regions = week.regions;
    goal.minutes = week.minutes.max;
    const GuideLimits& limits = catalog.guide.limits;
    if (status.step == 0 && limits.firstSessionMinutes.max > 0)
        goal.minutes = std::min(goal.minutes, limits.firstSessionMinutes.max);
    goal.level = week.beginnerOnly ? QuickGoal::Level::Beginner : QuickGoal::Level::Intermediate;
    goal.timing = program.timing;
    goal.screening = screening;
    goal.includeFlagged = flaggedCleared;
    goal.doses = QuickGoal::DoseBounds{week.seconds, week.breaths, week.sets};
    goal.leaveOut = status.leftOutForNow;
    goal.dropUncoveredRegions = true;
    goal.minMinutes = 0;
    goal.routineName = weekTitle(program, status);
    out.plan = QuickPlanner::plan(goal, catalog, options);
    if (out.plan.ok()) {
        out.plan.routine->id = routineId(program);
        out.plan.routine->description = program.summary;
        if (out.plan.totalMs < qint64(week.minutes.min) * 60000)
            out.plan.notes << Text::tr("Shorter than this week's %n minute(s): fewer moves suit you today.",
                                       nullptr, week.minutes.min);
        return out;
    }
    QStringList conditions;
    for (const QString& id : screening.conditions)
        if (const Contraindication* c = catalog.contraindication(id))
            conditions << inSentence(c->name);
    std::sort(conditions.begin(), conditions.end());
    if (!flaggedCleared) {
        QuickGoal cleared = goal;
        cleared.includeFlagged = true;
        out.needsDoctorsOk = QuickPlanner::plan(cleared, catalog, options).ok();
    }
    if (out.needsDoctorsOk)
        out.blockedReason =
            Text::tr("With what you told the safety questions (%1), the moves of this program need "
                     "a doctor's OK first. Once your doctor agrees, say so here.")
                .arg(conditions.join(QStringLiteral(", ")));
    else if (!conditions.isEmpty())
        out.blockedReason =
            Text::tr("None of this program's moves suit what you told the safety questions (%1). "
                     "Please talk to a doctor before rolling.")
                .arg(conditions.join(QStringLiteral(", ")));
    else
        out.blockedReason = out.plan.error;
    return out;
}

QString ProgramCoach::routineId(const Program& program) {
    return QStringLiteral("program:") + program.id;
}

QString ProgramCoach::weekTitle(const Program& program, const ProgramStatus& status) {
    return Text::tr("%1, week %2 of %3").arg(program.name).arg(status.step + 1).arg(program.weeks.size());
}

} // namespace rollguide
