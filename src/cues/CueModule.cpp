// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The cue module: CueBackend on Qt Multimedia (QSoundEffect) and Qt TextToSpeech. Built as a plugin
// that CuePlayer loads on first use.
#include "CueBackend.h"

#include <QAudioDevice>
#include <QHash>
#include <QMediaDevices>
#include <QObject>
#include <QSoundEffect>
#include <QTextToSpeech>

namespace rollguide {

namespace {

class QtCueBackend final : public CueBackend {
public:
    bool audioAvailable() override { return !QMediaDevices::audioOutputs().isEmpty(); }

    void setVolume(int percent) override {
        m_volume = percent;
        for (QSoundEffect* e : std::as_const(m_effects))
            e->setVolume(float(percent) / 100.f);
        if (m_speech)
            m_speech->setVolume(percent / 100.0);
    }

    void playSound(const QUrl& source) override {
        QSoundEffect*& e = m_effects[source];
        if (!e) {
            e = new QSoundEffect(&m_owner);
            e->setSource(source);
            e->setVolume(float(m_volume) / 100.f);
        }
        e->stop();
        e->play();
    }

    QStringList speechEngines() override { return QTextToSpeech::availableEngines(); }

    QString startSpeech(const QString& engine) override {
        auto* speech = new QTextToSpeech(engine, &m_owner);
        if (speech->state() == QTextToSpeech::Error) {
            const QString problem = speech->errorString();
            delete speech;
            return problem.isEmpty() ? QStringLiteral("?") : problem;
        }
        delete m_speech;
        m_speech = speech;
        m_speech->setVolume(m_volume / 100.0);
        QObject::connect(m_speech, &QTextToSpeech::errorOccurred, &m_owner,
                         [this](QTextToSpeech::ErrorReason, const QString& text) {
                             if (m_errorHandler)
                                 m_errorHandler(text);
                         });
        return {};
    }

    QString speechEngine() const override { return m_speech ? m_speech->engine() : QString(); }

    QString useLanguage(const QLocale& wanted) override {
        if (!m_speech)
            return {};
        const QList<QLocale> locales = m_speech->availableLocales();
        const auto same = [&](const QLocale& l, bool territory) {
            return l.language() == wanted.language() && (!territory || l.territory() == wanted.territory());
        };
        for (bool territory : {true, false})
            for (const QLocale& l : locales)
                if (same(l, territory)) {
                    m_speech->setLocale(l);
                    return {};
                }
        QStringList have;
        for (const QLocale& l : locales)
            if (const QString name = QLocale::languageToString(l.language()); !have.contains(name))
                have << name;
        return have.isEmpty() ? QStringLiteral("-") : have.join(QStringLiteral(", "));
    }

    QLocale speechLocale() const override { return m_speech ? m_speech->locale() : QLocale(); }

    void say(const QString& text) override {
        if (!m_speech)
            return;
        m_speech->stop();
        m_speech->say(text);
    }

    void stopSpeech() override {
        if (m_speech)
            m_speech->stop();
    }

    void onSpeechError(std::function<void(const QString&)> handler) override {
        m_errorHandler = std::move(handler);
    }

private:
    QObject m_owner; // parent of the effects and the engine; declared first, so destroyed last
    QHash<QUrl, QSoundEffect*> m_effects;
    QTextToSpeech* m_speech = nullptr;
    int m_volume = 80;
    std::function<void(const QString&)> m_errorHandler;
};

} // namespace

class CueModule : public QObject, public CueBackendFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RollGuideCueBackendFactory_iid)
    Q_INTERFACES(rollguide::CueBackendFactory)
public:
    std::unique_ptr<CueBackend> createCueBackend() override { return std::make_unique<QtCueBackend>(); }
};

} // namespace rollguide

#include "CueModule.moc"
