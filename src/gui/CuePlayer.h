// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

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

class CueBackend;

/// Plays cue sounds (Qt Multimedia) and speaks cues (Qt TextToSpeech) through the cue module, a plugin
/// loaded on first use (prepare(), a cue, or a status question), not at start-up. Devices and engines
/// are opened then too. With no module, no audio device or no speech engine it stays silent, says why
/// in audioStatus()/speechStatus(), and never blocks.
class CuePlayer : public QObject {
    Q_OBJECT
public:
    explicit CuePlayer(QObject* parent = nullptr);
    ~CuePlayer() override;

    void setSettings(const CueSettings& settings);
    /// Loads the cue module now if the settings will need it (before a session starts, so that loading
    /// it never delays a cue). Cheap when it is loaded or not needed.
    void prepare();
    const CueSettings& settings() const { return m_settings; }

    /// Plays `cue` if the settings allow it. Emits cueRequested() whether or not a device exists.
    void play(Cue cue);
    /// Speaks `text` if the voice is on, interrupting anything still being said.
    void say(const QString& text);
    /// Stops any speech.
    void stopSpeech();

    bool audioAvailable();
    /// Empty when sound works; otherwise why it does not, in plain words.
    QString audioStatus();
    bool speechAvailable();
    QString speechStatus();
    /// Name of the speech engine in use ("speechd", "flite"), or empty.
    QString speechEngine();
    /// The language the voice speaks (only while speechAvailable()): always that of the text shown.
    QLocale speechLocale();

    /// The available speech engines in the order to try them: speechd, then flite, then any other
    /// (the system's own order changes between runs).
    static QStringList engineOrder(const QStringList& available);

    /// Where the cue module is looked for, in order: $ROLLGUIDE_MODULE_DIR, the installed module folder
    /// next to the program's, and the program's own folder (a build tree).
    static QStringList moduleSearchPath();

Q_SIGNALS:
    void cueRequested(rollguide::Cue cue);
    void speechRequested(const QString& text);

private:
    CueBackend* backend();
    void ensureSpeech();

    CueSettings m_settings;
    std::unique_ptr<CueBackend> m_backend;
    bool m_backendTried = false;
    QString m_moduleProblem;
    bool m_speechTried = false;
    bool m_speaking = false;
    QString m_speechProblem;
};

} // namespace rollguide
