// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSoundEffect;
class QTextToSpeech;

namespace rollguide {

/// The sounds a session plays.
enum class Cue { Start, Halfway, Tick, SwitchSide, Done, Inhale, Exhale };

/// What the person wants to hear.
struct CueSettings {
    bool sounds = true;       ///< start, halfway, last seconds, switch side, done
    bool breathTones = false; ///< soft inhale and exhale tones
    bool voice = true;        ///< spoken cues
    int volume = 80;          ///< 0..100
};

/// Plays cue sounds (Qt Multimedia) and speaks cues (Qt TextToSpeech). Devices and engines are opened
/// on first use, not at start-up. With no audio device or no speech engine it stays silent, says why
/// in audioStatus()/speechStatus(), and never blocks.
class CuePlayer : public QObject {
    Q_OBJECT
public:
    explicit CuePlayer(QObject* parent = nullptr);
    ~CuePlayer() override;

    void setSettings(const CueSettings& settings);
    const CueSettings& settings() const { return m_settings; }

    /// Plays `cue` if the settings allow it. Emits cueRequested() whether or not a device exists.
    void play(Cue cue);
    /// Speaks `text` if the voice is on, interrupting anything still being said.
    void say(const QString& text);
    /// Stops any speech.
    void stopSpeech();

    bool audioAvailable() const;
    /// Empty when sound works; otherwise why it does not, in plain words.
    QString audioStatus() const;
    bool speechAvailable();
    QString speechStatus();
    /// Name of the speech engine in use ("speechd", "flite"), or empty.
    QString speechEngine();

    /// The available speech engines in the order to try them: speechd, then flite, then any other
    /// (the system's own order changes between runs).
    static QStringList engineOrder(const QStringList& available);

Q_SIGNALS:
    void cueRequested(rollguide::Cue cue);
    void speechRequested(const QString& text);

private:
    QSoundEffect* effect(Cue cue);
    void ensureSpeech();

    CueSettings m_settings;
    QHash<int, QSoundEffect*> m_effects;
    QTextToSpeech* m_speech = nullptr;
    bool m_speechTried = false;
    QString m_speechProblem;
};

} // namespace rollguide
