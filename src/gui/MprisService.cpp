// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "MprisService.h"
#include "Illustration.h"
#include "MainWindow.h"
#include "PlayerWidget.h"
#include "SafeFile.h"
#include "SessionPlayer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusAbstractAdaptor>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTimer>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {

constexpr const char* kRootInterface = "org.mpris.MediaPlayer2";
constexpr const char* kPlayerInterface = "org.mpris.MediaPlayer2.Player";
constexpr int kArtPixels = 256;

QDBusObjectPath trackIdOf(int segmentIndex) {
    return QDBusObjectPath(QStringLiteral("/io/github/rollguide/RollGuide/segment/%1").arg(segmentIndex));
}

} // namespace

/// org.mpris.MediaPlayer2: who the player is, and Raise and Quit.
class MprisRootAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(bool CanQuit READ canQuit)
    Q_PROPERTY(bool CanRaise READ canRaise)
    Q_PROPERTY(bool Fullscreen READ fullscreen)
    Q_PROPERTY(bool CanSetFullscreen READ canSetFullscreen)
    Q_PROPERTY(bool HasTrackList READ hasTrackList)
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DesktopEntry READ desktopEntry)
    Q_PROPERTY(QStringList SupportedUriSchemes READ supportedUriSchemes)
    Q_PROPERTY(QStringList SupportedMimeTypes READ supportedMimeTypes)
public:
    MprisRootAdaptor(MprisService* service, QObject* host)
        : QDBusAbstractAdaptor(host)
        , m_service(service) {}
    bool canQuit() const { return true; }
    bool canRaise() const { return true; }
    bool fullscreen() const { return false; }
    bool canSetFullscreen() const { return false; }
    bool hasTrackList() const { return false; }
    QString identity() const { return QStringLiteral("RollGuide"); }
    QString desktopEntry() const { return QGuiApplication::desktopFileName(); }
    QStringList supportedUriSchemes() const { return {}; }
    QStringList supportedMimeTypes() const { return {}; }

public Q_SLOTS:
    void Raise() { m_service->raise(); }
    void Quit() { m_service->quit(); }

private:
    MprisService* m_service;
};

/// org.mpris.MediaPlayer2.Player: the session's controls, state and current segment.
class MprisPlayerAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(double Rate READ rate WRITE setRate)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canGoNext)
    Q_PROPERTY(bool CanGoPrevious READ canGoPrevious)
    Q_PROPERTY(bool CanPlay READ canPlay)
    Q_PROPERTY(bool CanPause READ canPause)
    Q_PROPERTY(bool CanSeek READ canSeek)
    Q_PROPERTY(bool CanControl READ canControl)
public:
    MprisPlayerAdaptor(MprisService* service, QObject* host)
        : QDBusAbstractAdaptor(host)
        , m_service(service) {
        connect(service, &MprisService::seeked, this, &MprisPlayerAdaptor::Seeked);
    }
    QString playbackStatus() const { return value("PlaybackStatus").toString(); }
    double rate() const { return 1.0; }
    void setRate(double) {} // a session runs at its own pace
    double volume() const { return 1.0; }
    void setVolume(double) {} // cue volume is a setting of RollGuide's own
    QVariantMap metadata() const { return m_service->metadata(); }
    qlonglong position() const { return m_service->positionUs(); }
    bool canGoNext() const { return value("CanGoNext").toBool(); }
    bool canGoPrevious() const { return value("CanGoPrevious").toBool(); }
    bool canPlay() const { return value("CanPlay").toBool(); }
    bool canPause() const { return value("CanPause").toBool(); }
    bool canSeek() const { return value("CanSeek").toBool(); }
    bool canControl() const { return true; }

public Q_SLOTS:
    void PlayPause() { m_service->playPause(); }
    void Play() { m_service->play(); }
    void Pause() { m_service->pause(); }
    void Stop() { m_service->stop(); }
    void Next() { m_service->next(); }
    void Previous() { m_service->previous(); }
    void Seek(qlonglong offsetUs) { m_service->seek(offsetUs); }
    void SetPosition(const QDBusObjectPath& trackId, qlonglong positionUs) {
        m_service->setPosition(trackId.path(), positionUs);
    }
    void OpenUri(const QString&) {} // there is nothing to open: sessions come from routines

Q_SIGNALS:
    void Seeked(qlonglong positionUs);

private:
    QVariant value(const char* key) const { return m_service->playerProperties().value(QLatin1String(key)); }
    MprisService* m_service;
};

MprisService::MprisService(MainWindow& window, QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_bus(std::move(bus)) {
    new MprisRootAdaptor(this, this);
    new MprisPlayerAdaptor(this, this);
    connect(&m_window, &MainWindow::sessionPlayerCreated, this, [this] { watchPlayerWidget(); });
    watchPlayerWidget();
    m_published = playerProperties();
}

MprisService::~MprisService() {
    if (!m_serviceName.isEmpty())
        m_bus.unregisterService(m_serviceName);
    m_bus.unregisterObject(QLatin1String(kObjectPath));
}

bool MprisService::registerOn() {
    if (!m_bus.isConnected())
        return false;
    if (!m_bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors)) {
        spdlog::warn("remote control: could not export {} on the session bus: {}", kObjectPath,
                     m_bus.lastError().message().toStdString());
        return false;
    }
    // The specification's rule for a second player of the same kind: a name of its own, per process.
    const QString name = QLatin1String(kServicePrefix);
    for (const QString& candidate :
         {name, name + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid())}) {
        if (m_bus.registerService(candidate)) {
            m_serviceName = candidate;
            spdlog::info("remote control: on the session bus as {}", candidate.toStdString());
            return true;
        }
    }
    spdlog::warn("remote control: could not take a name on the session bus: {}",
                 m_bus.lastError().message().toStdString());
    return false;
}

PlayerWidget* MprisService::playerWidget() const {
    return m_window.sessionPlayerWidget();
}

SessionPlayer* MprisService::activePlayer() const {
    PlayerWidget* w = playerWidget();
    SessionPlayer* p = w ? w->player() : nullptr;
    if (!p || (p->state() != SessionPlayer::State::Running && p->state() != SessionPlayer::State::Paused))
        return nullptr;
    return p;
}

void MprisService::watchPlayerWidget() {
    PlayerWidget* w = playerWidget();
    if (!w || m_watchingWidget)
        return;
    m_watchingWidget = true;
    connect(w, &PlayerWidget::sessionStarted, this, &MprisService::watchPlayer);
    connect(w, &PlayerWidget::commandApplied, this, &MprisService::publishChanges);
    connect(w, &PlayerWidget::closed, this, &MprisService::publishChanges, Qt::QueuedConnection);
    if (w->player())
        watchPlayer(w->player());
}

void MprisService::watchPlayer(SessionPlayer* player) {
    if (m_watched == player)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = player;
    connect(player, &SessionPlayer::stateChanged, this, &MprisService::publishChanges);
    connect(player, &SessionPlayer::segmentStarted, this, [this](int index) {
        // Catching up over several segments emits each start; only the one shown now counts.
        if (m_watched && index == m_watched->snapshot().segmentIndex)
            publishChanges();
    });
    connect(player, &SessionPlayer::finished, this, &MprisService::publishChanges);
}

QVariantMap MprisService::playerProperties() const {
    SessionPlayer* p = activePlayer();
    const bool running = p && p->state() == SessionPlayer::State::Running;
    const bool canStart = !p && m_window.canStartChosenRoutine();
    return {
        {QStringLiteral("PlaybackStatus"),
         p ? QString(running ? QStringLiteral("Playing") : QStringLiteral("Paused"))
           : QStringLiteral("Stopped")},
        {QStringLiteral("Metadata"), metadata()},
        {QStringLiteral("CanPlay"), bool(p) || canStart},
        {QStringLiteral("CanPause"), bool(p)},
        {QStringLiteral("CanGoNext"), bool(p)},
        {QStringLiteral("CanGoPrevious"), bool(p)},
        {QStringLiteral("CanSeek"), bool(p)},
    };
}

QVariantMap MprisService::metadata() const {
    SessionPlayer* p = activePlayer();
    if (!p)
        return {};
    const PlayerSnapshot s = p->snapshot();
    if (!s.segment)
        return {};
    const Segment& seg = *s.segment;
    QString title = seg.title;
    if (!seg.instruction.isEmpty())
        title += QStringLiteral(" — ") + seg.instruction;
    QVariantMap m{
        {QStringLiteral("mpris:trackid"), QVariant::fromValue(trackIdOf(s.segmentIndex))},
        {QStringLiteral("mpris:length"), qlonglong(s.segmentDurationMs * 1000)},
        {QStringLiteral("xesam:title"), title},
        {QStringLiteral("xesam:album"), p->plan().name},
        {QStringLiteral("xesam:trackNumber"), s.segmentIndex + 1},
    };
    if (s.moveCount > 0 && s.moveNumber > 0)
        m.insert(QStringLiteral("xesam:artist"),
                 QStringList{PlayerWidget::tr("Move %1 of %2").arg(s.moveNumber).arg(s.moveCount)});
    if (const QString art = artUrlFor(seg.illustrationPath); !art.isEmpty())
        m.insert(QStringLiteral("mpris:artUrl"), art);
    return m;
}

qint64 MprisService::positionUs() const {
    SessionPlayer* p = activePlayer();
    return p ? p->snapshot().elapsedInSegmentMs * 1000 : 0;
}

QString MprisService::artUrlFor(const QString& illustrationPath) const {
    if (illustrationPath.isEmpty())
        return {};
    if (auto it = m_art.constFind(illustrationPath); it != m_art.constEnd())
        return *it;
    QString url;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(illustrationPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString file = QDir(folder).filePath(QStringLiteral("art/%1.png").arg(key));
    QSvgRenderer renderer;
    if (!folder.isEmpty() && loadIllustration(renderer, illustrationPath)) {
        QImage image(kArtPixels, kArtPixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white); // pictures are drawn for a light page; dark shells show them on white
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, fittedRect(renderer.defaultSize(),
                                                 QRectF(12, 12, kArtPixels - 24, kArtPixels - 24)));
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (const Status written = writeFileAtomically(file, png, false); written.ok())
            url = QUrl::fromLocalFile(file).toString();
        else
            spdlog::info("remote control: no picture for the media controls: {}",
                         written.error().toStdString());
    }
    m_art.insert(illustrationPath, url); // a failure is not retried every second
    return url;
}

void MprisService::publishChanges() {
    const QVariantMap now = playerProperties();
    QVariantMap changed;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (m_published.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    const qint64 position = positionUs();
    m_published = now;
    if (changed.isEmpty())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(kObjectPath),
                                                     QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << QString::fromLatin1(kPlayerInterface) << changed << QStringList();
    m_bus.send(signal);
    // A new segment starts at 0 and a restarted one goes back there: say where playback is now.
    if (changed.contains(QStringLiteral("Metadata")))
        Q_EMIT seeked(position);
}

void MprisService::raise() {
    m_window.bringToFront();
}

void MprisService::quit() {
    QTimer::singleShot(0, &m_window, &MainWindow::quit);
}

void MprisService::playPause() {
    if (activePlayer()) {
        if (PlayerWidget* w = playerWidget(); w->stopQuestionOpen())
            w->play();
        else
            w->togglePause();
    } else {
        play();
    }
}

void MprisService::play() {
    if (activePlayer()) {
        playerWidget()->play();
        return;
    }
    // Nothing is running: Play starts the routine chosen on the Session tab. After the call returns,
    // since starting may ask the safety questions first.
    QTimer::singleShot(0, &m_window, [this] { m_window.startChosenRoutine(); });
}

void MprisService::pause() {
    if (activePlayer())
        playerWidget()->pause();
}

void MprisService::stop() {
    if (activePlayer())
        playerWidget()->remoteStop();
}

void MprisService::next() {
    if (activePlayer())
        playerWidget()->skip();
}

void MprisService::previous() {
    if (activePlayer())
        playerWidget()->back();
}

void MprisService::seek(qint64 offsetUs) {
    // Forward gives the segment more time, as Up does; there is no going back within a segment.
    if (activePlayer() && offsetUs > 0)
        playerWidget()->addTime(std::max<qint64>(1000, offsetUs / 1000));
}

void MprisService::setPosition(const QString&, qint64) {
    // A segment's position is the time it has run; it is not set from outside.
}

} // namespace rollguide

#include "MprisService.moc"
