// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace rollguide {

namespace {
const QString kDisclaimer = QStringLiteral("safety/disclaimerAcknowledged");
const QString kScreeningAnswered = QStringLiteral("screening/answered");
const QString kScreeningConditions = QStringLiteral("screening/conditions");
const QString kSounds = QStringLiteral("cues/sounds");
const QString kBreathTones = QStringLiteral("cues/breathTones");
const QString kVoice = QStringLiteral("cues/voice");
const QString kVolume = QStringLiteral("cues/volume");
const QString kInhale = QStringLiteral("breath/inhaleMs");
const QString kExhale = QStringLiteral("breath/exhaleMs");
constexpr int kMinBreathMs = 1000, kMaxBreathMs = 15000;

int boundedInt(const QSettings& s, const QString& key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int v = s.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(v, lo, hi) : fallback;
}
} // namespace

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/rollguide.conf");
}

bool AppSettings::disclaimerAcknowledged() const { return m_settings.value(kDisclaimer, false).toBool(); }

void AppSettings::setDisclaimerAcknowledged(bool on) { m_settings.setValue(kDisclaimer, on); }

} // namespace rollguide

namespace rollguide {

bool AppSettings::screeningAnswered() const { return m_settings.value(kScreeningAnswered, false).toBool(); }

QStringList AppSettings::screeningConditions() const
{
    QStringList ids = m_settings.value(kScreeningConditions).toStringList();
    ids.removeAll(QString());
    return ids;
}

void AppSettings::setScreening(const QStringList& conditionIds)
{
    m_settings.setValue(kScreeningAnswered, true);
    m_settings.setValue(kScreeningConditions, conditionIds);
}

bool AppSettings::soundsOn() const { return m_settings.value(kSounds, true).toBool(); }
void AppSettings::setSoundsOn(bool on) { m_settings.setValue(kSounds, on); }
bool AppSettings::breathTonesOn() const { return m_settings.value(kBreathTones, false).toBool(); }
void AppSettings::setBreathTonesOn(bool on) { m_settings.setValue(kBreathTones, on); }
bool AppSettings::voiceOn() const { return m_settings.value(kVoice, true).toBool(); }
void AppSettings::setVoiceOn(bool on) { m_settings.setValue(kVoice, on); }
int AppSettings::volume() const { return boundedInt(m_settings, kVolume, 80, 0, 100); }
void AppSettings::setVolume(int volume) { m_settings.setValue(kVolume, std::clamp(volume, 0, 100)); }

int AppSettings::inhaleMs() const { return boundedInt(m_settings, kInhale, 4000, kMinBreathMs, kMaxBreathMs); }
int AppSettings::exhaleMs() const { return boundedInt(m_settings, kExhale, 6000, kMinBreathMs, kMaxBreathMs); }

void AppSettings::setBreathPace(int inhaleMs, int exhaleMs)
{
    m_settings.setValue(kInhale, std::clamp(inhaleMs, kMinBreathMs, kMaxBreathMs));
    m_settings.setValue(kExhale, std::clamp(exhaleMs, kMinBreathMs, kMaxBreathMs));
}

} // namespace rollguide
