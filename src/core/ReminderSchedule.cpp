// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ReminderSchedule.h"

#include <QStringList>

#include <array>

namespace rollguide {

namespace {
// Settings words for Monday (1) to Sunday (7); not translated, they are a file format.
constexpr std::array<const char*, 7> kDayWords = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// Far enough back or ahead to meet any day of the week, with a day to spare for zone changes.
constexpr int kSearchDays = 8;
// A spring-forward gap is at most a few hours; the planned time moves to the first minute after it.
constexpr int kMaxGapMinutes = 4 * 60;
} // namespace

void ReminderPlan::setDay(int dayOfWeek, bool on) {
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return;
    const quint8 bit = quint8(1u << (dayOfWeek - 1));
    days = on ? quint8(days | bit) : quint8(days & ~bit);
}

int ReminderPlan::dayCount() const {
    int n = 0;
    for (int d = 1; d <= 7; ++d)
        n += hasDay(d) ? 1 : 0;
    return n;
}

ReminderPlan ReminderPlan::fourTimesAWeek(QTime time) {
    ReminderPlan p;
    p.on = true;
    p.time = time;
    for (int d : {Qt::Monday, Qt::Tuesday, Qt::Thursday, Qt::Saturday})
        p.setDay(d, true);
    return p;
}

QString ReminderPlan::daysText() const {
    QStringList words;
    for (int d = 1; d <= 7; ++d)
        if (hasDay(d))
            words << QLatin1String(kDayWords[size_t(d - 1)]);
    return words.join(QStringLiteral(", "));
}

quint8 ReminderPlan::daysFromText(const QString& text) {
    ReminderPlan p;
    for (const QString& word : text.split(u',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        for (int d = 1; d <= 7; ++d)
            if (w == QLatin1String(kDayWords[size_t(d - 1)]))
                p.setDay(d, true);
    }
    return p.days;
}

void ReminderSchedule::setPlan(const ReminderPlan& plan, const QDateTime& nowUtc) {
    if (plan == m_plan && m_state.handledUpTo.isValid())
        return;
    m_plan = plan;
    // A plan chosen now starts now: a time earlier today does not come as a catch-up.
    m_state.handledUpTo = nowUtc.toUTC();
    if (!plan.on)
        m_state.snoozedUntil = {};
}

QDateTime ReminderSchedule::slotOn(const QDate& day, const QTimeZone& zone) const {
    if (!day.isValid() || !m_plan.hasDay(day.dayOfWeek()) || !m_plan.time.isValid())
        return {};
    QDateTime t(day, m_plan.time, zone);
    // In a spring-forward gap the local time does not exist: take the first minute after the gap.
    for (int m = 1; !t.isValid() && m <= kMaxGapMinutes; ++m)
        t = QDateTime(day, m_plan.time.addSecs(m * 60), zone);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime ReminderSchedule::nextSlotAfter(const QDateTime& afterUtc, const QTimeZone& zone) const {
    if (m_plan.days == 0)
        return {};
    const QDate from = afterUtc.toTimeZone(zone).date();
    for (int i = -1; i <= kSearchDays; ++i)
        if (const QDateTime s = slotOn(from.addDays(i), zone); s.isValid() && s > afterUtc)
            return s;
    return {};
}

QDateTime ReminderSchedule::latestSlotIn(const QDateTime& afterUtc, const QDateTime& upToUtc,
                                         const QTimeZone& zone) const {
    if (m_plan.days == 0 || upToUtc <= afterUtc)
        return {};
    const QDate last = upToUtc.toTimeZone(zone).date();
    for (int i = 1; i >= -kSearchDays; --i) {
        const QDateTime s = slotOn(last.addDays(i), zone);
        if (!s.isValid() || s > upToUtc)
            continue;
        return s > afterUtc ? s : QDateTime();
    }
    return {};
}

QString ReminderSchedule::quietReason(const QDateTime& nowUtc, const SessionContext& context) const {
    if (context.inSession)
        return QStringLiteral("a session is running");
    if (context.lastSessionEnd.isValid() && context.lastSessionEnd.msecsTo(nowUtc) < kQuietAfterSessionMs)
        return QStringLiteral("a session ended less than 4 hours ago");
    return {};
}

ReminderDecision ReminderSchedule::check(const QDateTime& now, const QTimeZone& zone,
                                         const SessionContext& context) {
    ReminderDecision d;
    const QDateTime nowUtc = now.toUTC();
    if (!m_plan.on || m_plan.days == 0)
        return d;
    if (!m_state.handledUpTo.isValid())
        m_state.handledUpTo = nowUtc;
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString quiet = quietReason(nowUtc, context);
    const QDate lastSessionDay =
        context.lastSessionEnd.isValid() ? context.lastSessionEnd.toTimeZone(zone).date() : QDate();

    // "In 30 minutes" is up.
    if (m_state.snoozedUntil.isValid() && m_state.snoozedUntil <= nowUtc) {
        const QDateTime was = m_state.snoozedUntil;
        m_state.snoozedUntil = {};
        if (m_state.skippedDay == today)
            d.skipped = QStringLiteral("the put-off reminder: \"Not today\" was chosen");
        else if (!quiet.isEmpty())
            d.skipped = QStringLiteral("the put-off reminder: ") + quiet;
        else {
            d.kind = ReminderDecision::Kind::Snoozed;
            d.slot = was;
        }
    }

    // Planned times that have passed since the last check: only the latest of them counts.
    if (const QDateTime slot = latestSlotIn(m_state.handledUpTo, nowUtc, zone); slot.isValid()) {
        m_state.handledUpTo = slot;
        const QDate slotDay = slot.toTimeZone(zone).date();
        const bool late = slot.msecsTo(nowUtc) > kOnTimeMs;
        const QDateTime todays = slotOn(today, zone);
        QString why;
        if (d.shows())
            why = QStringLiteral("the put-off reminder shows instead");
        else if (m_state.skippedDay == slotDay || m_state.skippedDay == today)
            why = QStringLiteral("\"Not today\" was chosen");
        else if (m_state.remindedDay == today)
            why = QStringLiteral("there has been a reminder today already");
        else if (!quiet.isEmpty())
            why = quiet;
        else if (lastSessionDay.isValid() && lastSessionDay == slotDay)
            why = QStringLiteral("there was a session that day");
        else if (late && slotDay != today && todays.isValid() && todays > nowUtc)
            why = QStringLiteral("today's planned time is still ahead");
        if (why.isEmpty()) {
            d.kind = late ? ReminderDecision::Kind::CatchUp : ReminderDecision::Kind::Remind;
            d.slot = slot;
            m_state.remindedDay = today;
        } else if (d.skipped.isEmpty()) {
            d.skipped = why;
        }
    }

    QDateTime next = nextSlotAfter(std::max(nowUtc, m_state.handledUpTo), zone);
    if (m_state.snoozedUntil.isValid() && (!next.isValid() || m_state.snoozedUntil < next))
        next = m_state.snoozedUntil;
    d.nextCheck = next;
    return d;
}

void ReminderSchedule::snooze(const QDateTime& nowUtc) {
    m_state.snoozedUntil = nowUtc.toUTC().addMSecs(kSnoozeMs);
}

void ReminderSchedule::skipToday(const QDateTime& nowUtc, const QTimeZone& zone) {
    m_state.skippedDay = nowUtc.toTimeZone(zone).date();
    m_state.snoozedUntil = {};
}

bool ReminderSchedule::skippedToday(const QDateTime& nowUtc, const QTimeZone& zone) const {
    return m_state.skippedDay == nowUtc.toTimeZone(zone).date();
}

} // namespace rollguide
