// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace rollguide {

/// Typed access to the user's settings. Does not own the QSettings; the caller chooses where it lives
/// (the app: $XDG_CONFIG_HOME/rollguide/rollguide.conf; tests: a temporary file).
class AppSettings {
public:
    explicit AppSettings(QSettings& settings) : m_settings(settings) {}

    /// Where the app keeps its settings file.
    static QString defaultPath();

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

    /// Breath pace in milliseconds (defaults 4000 in, 6000 out; kept within 1000..15000).
    int inhaleMs() const;
    int exhaleMs() const;
    void setBreathPace(int inhaleMs, int exhaleMs);

    QSettings& raw() { return m_settings; }

private:
    QSettings& m_settings;
};

} // namespace rollguide
