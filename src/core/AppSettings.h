// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ProgramCoach.h"
#include "ReminderSchedule.h"
#include "SessionPlanner.h"

#include <QString>
#include <QStringList>

namespace rollguide {

class SettingsFile;

/// Typed access to the user's settings. Does not own the SettingsFile; the caller chooses where it lives
/// (the app: $XDG_CONFIG_HOME/rollguide/rollguide.conf; tests: a temporary file). Each change is
/// written at once, and only the line it concerns changes.
class AppSettings {
public:
    explicit AppSettings(SettingsFile& settings)
        : m_settings(settings) {}

    /// Where the app keeps its settings file.
    static QString defaultPath();
    /// The file behind these settings.
    SettingsFile& file() const { return m_settings; }

    bool disclaimerAcknowledged() const;
    void setDisclaimerAcknowledged(bool on);

    /// Screening: whether the user has answered, and the ids of the conditions they have.
    bool screeningAnswered() const;
    QStringList screeningConditions() const;
    void setScreening(const QStringList& conditionIds);

    /// Cues: sounds, soft breath tones, spoken cues, volume 0..100.
    bool soundsOn() const;
    void setSoundsOn(bool on);
    bool breathTonesOn() const;
    void setBreathTonesOn(bool on);
    bool voiceOn() const;
    void setVoiceOn(bool on);
    int volume() const;
    void setVolume(int volume);

    /// The language chosen in Settings ("de", "fr" …), or empty to follow the system. The value is
    /// returned as written; checkLanguage() says whether RollGuide carries it.
    QString language() const;
    void setLanguage(const QString& code);

    /// Breath pace in milliseconds (defaults 4000 in, 6000 out; kept within 1000..15000).
    int inhaleMs() const;
    int exhaleMs() const;
    void setBreathPace(int inhaleMs, int exhaleMs);

    /// How sessions are planned for this person: their breath pace and, once answered, their screening.
    PlanOptions planOptions() const;

    /// Reminders: the days and time (off by default), and what the schedule remembers between runs.
    ReminderPlan reminderPlan() const;
    void setReminderPlan(const ReminderPlan& plan);
    ReminderState reminderState() const;
    /// Writes only the keys that changed (the schedule is saved after each decision).
    void setReminderState(const ReminderState& state);
    /// "Remind me 4 times a week?" has been asked (it is asked once).
    bool reminderOffered() const;
    void setReminderOffered(bool on);
    /// The person has been told that closing the window leaves RollGuide running for reminders.
    bool backgroundNoticeShown() const;
    void setBackgroundNoticeShown(bool on);

    /// The program the person follows (none by default), where it started, and what they said about it.
    ProgramChoice programChoice() const;
    /// Writes only the keys that changed.
    void setProgramChoice(const ProgramChoice& choice);

private:
    SettingsFile& m_settings;
};

} // namespace rollguide
