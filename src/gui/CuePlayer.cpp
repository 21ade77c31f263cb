// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CuePlayer.h"
#include "Modules.h"

#include "CueBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
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

QStringList CuePlayer::moduleSearchPath() {
    return rollguide::moduleSearchPath();
}

CueBackend* CuePlayer::backend() {
    if (m_backendTried)
        return m_backend.get();
    m_backendTried = true;
    QString why;
    if (auto* factory = loadModuleAs<CueBackendFactory>(QStringLiteral("librollguide_cues.so"), &why)) {
        m_backend = factory->createCueBackend();
        m_backend->setVolume(m_settings.volume);
        m_backend->onSpeechError([this](const QString& text) {
            m_speechProblem = tr("Speech stopped working: %1").arg(text);
            spdlog::warn("speech: {}", text.toStdString());
        });
        return m_backend.get();
    }
    m_moduleProblem =
        tr("RollGuide's sound and voice module could not be loaded, so sessions run silently: %1.").arg(why);
    spdlog::warn("cue module: {}", m_moduleProblem.toStdString());
    return nullptr;
}

void CuePlayer::setSettings(const CueSettings& settings) {
    m_settings = settings;
    m_settings.volume = std::clamp(m_settings.volume, 0, 100);
    if (m_backend)
        m_backend->setVolume(m_settings.volume);
    if (!m_settings.voice)
        stopSpeech();
}

void CuePlayer::prepare() {
    if (m_settings.sounds || m_settings.breathTones || m_settings.voice)
        backend();
    if (m_settings.voice)
        ensureSpeech();
}

bool CuePlayer::audioAvailable() {
    CueBackend* b = backend();
    return b && b->audioAvailable();
}

QString CuePlayer::audioStatus() {
    CueBackend* b = backend();
    if (!b)
        return m_moduleProblem;
    return b->audioAvailable() ? QString() : tr("No audio output was found, so sessions run without sound.");
}

void CuePlayer::play(Cue cue) {
    if (isBreathCue(cue) ? !m_settings.breathTones : !m_settings.sounds)
        return;
    Q_EMIT cueRequested(cue);
    // QSoundEffect claims to play even with no device; do not even try then.
    if (!audioAvailable())
        return;
    m_backend->playSound(QUrl(QStringLiteral("qrc:/data/sounds/%1.wav").arg(soundFile(cue))));
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
    CueBackend* b = backend();
    if (!b) {
        m_speechProblem = m_moduleProblem;
        return;
    }
    const QStringList engines = engineOrder(b->speechEngines());
    if (engines.isEmpty()) {
        m_speechProblem = tr("No speech engine is installed, so cues are not spoken.");
        return;
    }
    // Take the first engine that starts (speech-dispatcher may be installed but not running) and has a
    // voice for the language RollGuide shows: it never reads German text with an English voice.
    const QLocale language;
    QStringList failures;
    bool started = false;
    for (const QString& engine : engines) {
        if (const QString problem = b->startSpeech(engine); !problem.isEmpty()) {
            failures << tr("\"%1\" did not start (%2)").arg(engine, problem);
            continue;
        }
        started = true;
        if (const QString others = b->useLanguage(language); !others.isEmpty()) {
            failures << tr("\"%1\" has no voice for %2 (only %3)")
                            .arg(engine, QLocale::languageToString(language.language()), others);
            continue;
        }
        m_speaking = true;
        break;
    }
    if (!m_speaking) {
        m_speechProblem = started ? tr("No voice for %1 is installed, so cues are not spoken: %2.")
                                        .arg(language.nativeLanguageName().isEmpty()
                                                 ? QLocale::languageToString(language.language())
                                                 : language.nativeLanguageName(),
                                             failures.join(QStringLiteral("; ")))
                                  : tr("No speech engine started, so cues are not spoken: %1.")
                                        .arg(failures.join(QStringLiteral("; ")));
        return;
    }
    if (!failures.isEmpty())
        spdlog::info("speech: {}", failures.join(QStringLiteral("; ")).toStdString());
    spdlog::info("speech engine: {}, {}", b->speechEngine().toStdString(),
                 b->speechLocale().name().toStdString());
}

bool CuePlayer::speechAvailable() {
    ensureSpeech();
    return m_speaking;
}

QString CuePlayer::speechStatus() {
    ensureSpeech();
    return m_speechProblem;
}

QLocale CuePlayer::speechLocale() {
    ensureSpeech();
    return m_speaking ? m_backend->speechLocale() : QLocale();
}

QString CuePlayer::speechEngine() {
    ensureSpeech();
    return m_speaking ? m_backend->speechEngine() : QString();
}

void CuePlayer::say(const QString& text) {
    if (!m_settings.voice || text.isEmpty())
        return;
    Q_EMIT speechRequested(text);
    ensureSpeech();
    if (m_speaking)
        m_backend->say(text);
}

void CuePlayer::stopSpeech() {
    if (m_speaking)
        m_backend->stopSpeech();
}

} // namespace rollguide
