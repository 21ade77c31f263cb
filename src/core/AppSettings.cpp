// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include "SettingsFile.h"
#include "UserFolders.h"

#include <QDateTime>

#include <algorithm>

namespace rollguide {

namespace {
const QString kDisclaimer = QStringLiteral("safety/disclaimerAcknowledged");
const QString kScreeningAnswered = QStringLiteral("screening/answered");
const QString kScreeningConditions = QStringLiteral("screening/conditions");
const QString kSounds = QStringLiteral("cues/sounds");
const QString kBreathTones = QStringLiteral("cues/breathTones");
const QString kVoice = QStringLiteral("cues/voice");
const QString kLanguage = QStringLiteral("ui/language");
const QString kVolume = QStringLiteral("cues/volume");
const QString kInhale = QStringLiteral("breath/inhaleMs");
const QString kExhale = QStringLiteral("breath/exhaleMs");
const QString kRemindersOn = QStringLiteral("reminders/on");
const QString kRemindersDays = QStringLiteral("reminders/days");
const QString kRemindersTime = QStringLiteral("reminders/time");
const QString kRemindersHandled = QStringLiteral("reminders/handledUpTo");
const QString kRemindersSnoozed = QStringLiteral("reminders/snoozedUntil");
const QString kRemindersSkipped = QStringLiteral("reminders/skippedDay");
const QString kRemindersReminded = QStringLiteral("reminders/remindedDay");
const QString kRemindersOffered = QStringLiteral("reminders/offered");
const QString kBackgroundNotice = QStringLiteral("reminders/backgroundNoticeShown");
const QString kProgramId = QStringLiteral("program/id");
const QString kProgramStarted = QStringLiteral("program/started");
const QString kProgramPaused = QStringLiteral("program/paused");
const QString kProgramDoctor = QStringLiteral("program/doctorConfirmed");
const QString kProgramCleared = QStringLiteral("program/flaggedCleared");
constexpr int kMinBreathMs = 1000, kMaxBreathMs = 15000;

int boundedInt(const SettingsFile& s, const QString& key, int fallback, int lo, int hi) {
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok ? std::clamp(v, lo, hi) : fallback;
}

// As QSettings reads a bool: "true" (any case) or a non-zero number is true; anything else is false.
bool boolValue(const SettingsFile& s, const QString& key, bool fallback) {
    const QString v = s.value(key);
    if (v.isNull())
        return fallback;
    bool isNumber = false;
    const int n = v.toInt(&isNumber);
    return isNumber ? n != 0 : v.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
}

QString boolText(bool on) {
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

// Times are stored in UTC, as ISO 8601 with milliseconds ("2027-01-04T17:00:00.000Z").
QDateTime dateTimeValue(const SettingsFile& s, const QString& key) {
    QDateTime t = QDateTime::fromString(s.value(key), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
QString dateTimeText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDate dateValue(const SettingsFile& s, const QString& key) {
    return QDate::fromString(s.value(key), Qt::ISODate);
}

// Writes `raw` unless the file already says so: the schedule saves often, and the file should only
// change when something did.
void setIfChanged(SettingsFile& s, const QString& key, const QString& raw) {
    if (s.value(key) != raw)
        s.setValue(key, raw);
}
} // namespace

QString AppSettings::defaultPath() {
    return appConfigFolder() + QStringLiteral("/rollguide.conf");
}

bool AppSettings::disclaimerAcknowledged() const {
    return boolValue(m_settings, kDisclaimer, false);
}

void AppSettings::setDisclaimerAcknowledged(bool on) {
    m_settings.setValue(kDisclaimer, boolText(on));
}

bool AppSettings::screeningAnswered() const {
    return boolValue(m_settings, kScreeningAnswered, false);
}

QStringList AppSettings::screeningConditions() const {
    // Ids are lower case; one typed by hand in another case ("Pregnancy") still counts.
    QStringList ids;
    for (const QString& id : SettingsFile::splitList(m_settings.value(kScreeningConditions)))
        if (const QString clean = id.trimmed().toLower(); !clean.isEmpty() && !ids.contains(clean))
            ids << clean;
    return ids;
}

void AppSettings::setScreening(const QStringList& conditionIds) {
    m_settings.setValue(kScreeningAnswered, boolText(true));
    m_settings.setValue(kScreeningConditions, SettingsFile::joinList(conditionIds));
}

bool AppSettings::soundsOn() const {
    return boolValue(m_settings, kSounds, true);
}
void AppSettings::setSoundsOn(bool on) {
    m_settings.setValue(kSounds, boolText(on));
}
bool AppSettings::breathTonesOn() const {
    return boolValue(m_settings, kBreathTones, false);
}
void AppSettings::setBreathTonesOn(bool on) {
    m_settings.setValue(kBreathTones, boolText(on));
}
bool AppSettings::voiceOn() const {
    return boolValue(m_settings, kVoice, true);
}
void AppSettings::setVoiceOn(bool on) {
    m_settings.setValue(kVoice, boolText(on));
}
QString AppSettings::language() const {
    return m_settings.value(kLanguage).trimmed();
}
void AppSettings::setLanguage(const QString& code) {
    m_settings.setValue(kLanguage, code);
}
int AppSettings::volume() const {
    return boundedInt(m_settings, kVolume, 80, 0, 100);
}
void AppSettings::setVolume(int volume) {
    m_settings.setValue(kVolume, QString::number(std::clamp(volume, 0, 100)));
}

int AppSettings::inhaleMs() const {
    return boundedInt(m_settings, kInhale, 4000, kMinBreathMs, kMaxBreathMs);
}
int AppSettings::exhaleMs() const {
    return boundedInt(m_settings, kExhale, 6000, kMinBreathMs, kMaxBreathMs);
}

PlanOptions AppSettings::planOptions() const {
    PlanOptions o;
    o.pace = BreathPace{inhaleMs(), exhaleMs()};
    if (screeningAnswered()) {
        const QStringList ids = screeningConditions();
        o.screening = Screening{QSet<QString>(ids.begin(), ids.end())};
    }
    return o;
}

ReminderPlan AppSettings::reminderPlan() const {
    ReminderPlan p;
    p.on = boolValue(m_settings, kRemindersOn, false);
    const QString days = m_settings.value(kRemindersDays);
    p.days = days.isNull() ? ReminderPlan::fourTimesAWeek(p.time).days : ReminderPlan::daysFromText(days);
    // "18:30" as written by RollGuide; "18:30:15" is read too.
    const QTime t = QTime::fromString(m_settings.value(kRemindersTime).trimmed(), Qt::ISODate);
    if (t.isValid())
        p.time = t;
    return p;
}

void AppSettings::setReminderPlan(const ReminderPlan& plan) {
    setIfChanged(m_settings, kRemindersDays, plan.daysText());
    setIfChanged(
        m_settings, kRemindersTime,
        plan.time.toString(plan.time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")));
    setIfChanged(m_settings, kRemindersOn, boolText(plan.on));
}

ReminderState AppSettings::reminderState() const {
    ReminderState st;
    st.handledUpTo = dateTimeValue(m_settings, kRemindersHandled);
    st.snoozedUntil = dateTimeValue(m_settings, kRemindersSnoozed);
    st.skippedDay = dateValue(m_settings, kRemindersSkipped);
    st.remindedDay = dateValue(m_settings, kRemindersReminded);
    return st;
}

void AppSettings::setReminderState(const ReminderState& st) {
    setIfChanged(m_settings, kRemindersHandled, dateTimeText(st.handledUpTo));
    setIfChanged(m_settings, kRemindersSnoozed, dateTimeText(st.snoozedUntil));
    setIfChanged(m_settings, kRemindersSkipped, st.skippedDay.toString(Qt::ISODate));
    setIfChanged(m_settings, kRemindersReminded, st.remindedDay.toString(Qt::ISODate));
}

bool AppSettings::reminderOffered() const {
    return boolValue(m_settings, kRemindersOffered, false);
}
void AppSettings::setReminderOffered(bool on) {
    setIfChanged(m_settings, kRemindersOffered, boolText(on));
}
bool AppSettings::backgroundNoticeShown() const {
    return boolValue(m_settings, kBackgroundNotice, false);
}
void AppSettings::setBackgroundNoticeShown(bool on) {
    setIfChanged(m_settings, kBackgroundNotice, boolText(on));
}

ProgramChoice AppSettings::programChoice() const {
    ProgramChoice c;
    c.programId = m_settings.value(kProgramId).trimmed();
    c.started = dateValue(m_settings, kProgramStarted);
    c.paused = boolValue(m_settings, kProgramPaused, false);
    c.doctorConfirmed = dateTimeValue(m_settings, kProgramDoctor);
    c.flaggedCleared = boolValue(m_settings, kProgramCleared, false);
    return c;
}

void AppSettings::setProgramChoice(const ProgramChoice& c) {
    setIfChanged(m_settings, kProgramId, c.programId);
    setIfChanged(m_settings, kProgramStarted, c.started.toString(Qt::ISODate));
    setIfChanged(m_settings, kProgramPaused, boolText(c.paused));
    setIfChanged(m_settings, kProgramDoctor, dateTimeText(c.doctorConfirmed));
    setIfChanged(m_settings, kProgramCleared, boolText(c.flaggedCleared));
}

void AppSettings::setBreathPace(int inhaleMs, int exhaleMs) {
    m_settings.setValue(kInhale, QString::number(std::clamp(inhaleMs, kMinBreathMs, kMaxBreathMs)));
    m_settings.setValue(kExhale, QString::number(std::clamp(exhaleMs, kMinBreathMs, kMaxBreathMs)));
}

} // namespace rollguide
