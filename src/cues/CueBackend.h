// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace rollguide {

/// What plays the cue sounds and speaks the cues: Qt Multimedia and Qt TextToSpeech, in the cue module
/// (a plugin loaded the first time a cue is needed, so that a launch does not load the audio and speech
/// libraries). Only CuePlayer uses it; it decides what to play and words every problem.
class CueBackend {
public:
    virtual ~CueBackend() = default;

    /// Whether there is an audio output device right now.
    virtual bool audioAvailable() = 0;
    /// 0..100, for sounds and speech.
    virtual void setVolume(int percent) = 0;
    /// Plays the sound at `source` from its start (stopping it first if it still plays).
    virtual void playSound(const QUrl& source) = 0;

    /// The installed speech engines, in the system's order.
    virtual QStringList speechEngines() = 0;
    /// Starts `engine` for speaking; empty on success, else the engine's own error text.
    virtual QString startSpeech(const QString& engine) = 0;
    /// The engine started, or empty.
    virtual QString speechEngine() const = 0;
    /// Switches the started engine to a voice for `wanted`'s language (its territory when it has it).
    /// Empty on success, else the languages the engine does have, for the message.
    virtual QString useLanguage(const QLocale& wanted) = 0;
    /// The language the engine speaks now.
    virtual QLocale speechLocale() const = 0;
    /// Speaks `text`, interrupting what is still being said; nothing when no engine started.
    virtual void say(const QString& text) = 0;
    virtual void stopSpeech() = 0;
    /// Called with the engine's text when speech stops working after it started.
    virtual void onSpeechError(std::function<void(const QString&)> handler) = 0;
};

/// The cue module's root object.
class CueBackendFactory {
public:
    virtual ~CueBackendFactory() = default;
    virtual std::unique_ptr<CueBackend> createCueBackend() = 0;
};

} // namespace rollguide

#define RollGuideCueBackendFactory_iid "io.github.rollguide.RollGuide.CueBackendFactory/2"
Q_DECLARE_INTERFACE(rollguide::CueBackendFactory, RollGuideCueBackendFactory_iid)
