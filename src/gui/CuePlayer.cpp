// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CuePlayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
QString soundFile(Cue cue) {
    switch (cue) {
    case Cue::Start:
        return QStringLiteral("start");
    case Cue::Halfway:
        return QStringLiteral("halfway");
    case Cue::Tick:
        return QStringLiteral("tick");
    case Cue::SwitchSide:
        return QStringLiteral("switch");
    case Cue::Done:
        return QStringLiteral("done");
    case Cue::Inhale:
        return QStringLiteral("inhale");
    case Cue::Exhale:
        return QStringLiteral("exhale");
    }
    return {};
}

bool isBreathCue(Cue cue) {
    return cue == Cue::Inhale || cue == Cue::Exhale;
}
} // namespace

CuePlayer::CuePlayer(QObject* parent)
    : QObject(parent) {}

CuePlayer::~CuePlayer() = default;

void CuePlayer::setSettings(const CueSettings& settings) {
    m_settings = settings;
    m_settings.volume = std::clamp(m_settings.volume, 0, 100);
    for (QSoundEffect* e : std::as_const(m_effects))
        e->setVolume(float(m_settings.volume) / 100.f);
    if (m_speech)
        m_speech->setVolume(m_settings.volume / 100.0);
    if (!m_settings.voice)
        stopSpeech();
}

bool CuePlayer::audioAvailable() const {
    return !QMediaDevices::audioOutputs().isEmpty();
}

QString CuePlayer::audioStatus() const {
    return audioAvailable() ? QString() : tr("No audio output was found, so sessions run without sound.");
}

QSoundEffect* CuePlayer::effect(Cue cue) {
    if (auto it = m_effects.find(int(cue)); it != m_effects.end())
        return *it;
    auto* e = new QSoundEffect(this);
    e->setSource(QUrl(QStringLiteral("qrc:/data/sounds/%1.wav").arg(soundFile(cue))));
    e->setVolume(float(m_settings.volume) / 100.f);
    m_effects.insert(int(cue), e);
    return e;
}

void CuePlayer::play(Cue cue) {
    if (isBreathCue(cue) ? !m_settings.breathTones : !m_settings.sounds)
        return;
    Q_EMIT cueRequested(cue);
    // QSoundEffect claims to play even with no device; do not even try then.
    if (!audioAvailable())
        return;
    QSoundEffect* e = effect(cue);
    e->stop();
    e->play();
}

QStringList CuePlayer::engineOrder(const QStringList& available) {
    QStringList order;
    for (const char* name : {"speechd", "flite"})
        if (available.contains(QLatin1String(name)))
            order << QLatin1String(name);
    for (const QString& other : available)
        if (!order.contains(other))
            order << other;
    return order;
}

void CuePlayer::ensureSpeech() {
    if (m_speechTried)
        return;
    m_speechTried = true;
    const QStringList engines = engineOrder(QTextToSpeech::availableEngines());
    if (engines.isEmpty()) {
        m_speechProblem = tr("No speech engine is installed, so cues are not spoken.");
        return;
    }
    // Take the first engine that starts: speech-dispatcher may be installed but not running.
    QStringList failures;
    for (const QString& engine : engines) {
        auto* speech = new QTextToSpeech(engine, this);
        if (speech->state() == QTextToSpeech::Error) {
            failures << tr("\"%1\" did not start (%2)").arg(engine, speech->errorString());
            delete speech;
            continue;
        }
        m_speech = speech;
        break;
    }
    if (!m_speech) {
        m_speechProblem = tr("No speech engine started, so cues are not spoken: %1.")
                              .arg(failures.join(QStringLiteral("; ")));
        return;
    }
    m_speech->setVolume(m_settings.volume / 100.0);
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString& text) {
                m_speechProblem = tr("Speech stopped working: %1").arg(text);
                spdlog::warn("speech: {}", text.toStdString());
            });
    if (!failures.isEmpty())
        spdlog::info("speech: {}", failures.join(QStringLiteral("; ")).toStdString());
    spdlog::info("speech engine: {}", m_speech->engine().toStdString());
}

bool CuePlayer::speechAvailable() {
    ensureSpeech();
    return m_speech != nullptr;
}

QString CuePlayer::speechStatus() {
    ensureSpeech();
    return m_speechProblem;
}

QString CuePlayer::speechEngine() {
    ensureSpeech();
    return m_speech ? m_speech->engine() : QString();
}

void CuePlayer::say(const QString& text) {
    if (!m_settings.voice || text.isEmpty())
        return;
    Q_EMIT speechRequested(text);
    ensureSpeech();
    if (!m_speech)
        return;
    m_speech->stop();
    m_speech->say(text);
}

void CuePlayer::stopSpeech() {
    if (m_speech)
        m_speech->stop();
}

} // namespace rollguide
