// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

namespace rollguide {

class MainWindow;
class PlayerWidget;
class SessionPlayer;

/// RollGuide as a media player on the session bus (MPRIS 2: org.mpris.MediaPlayer2 and its .Player
/// interface at /org/mpris/MediaPlayer2), so that media keys, headset buttons, the desktop's media
/// controls and phone remotes can run a session from the floor.
///
/// A "track" is a segment of the session: its title is the move and what to do now, its album the
/// routine, its picture the move's illustration (a PNG in the cache folder), its length and position come
/// from the session player. Every property is recomputed after anything that can change it and only the
/// values that changed go out in one PropertiesChanged signal.
class MprisService : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kObjectPath = "/org/mpris/MediaPlayer2";
    static constexpr const char* kServicePrefix = "org.mpris.MediaPlayer2.rollguide";

    /// Serves `window` on `bus`. Call registerOn() to appear there.
    MprisService(MainWindow& window, QDBusConnection bus, QObject* parent = nullptr);
    ~MprisService() override;

    /// Exports the object and takes the bus name (org.mpris.MediaPlayer2.rollguide, or a per-process
    /// name when another program holds that one). Returns false, with the reason logged, when it cannot.
    bool registerOn();
    QString serviceName() const { return m_serviceName; }

    /// The properties of the Player interface as they are now.
    QVariantMap playerProperties() const;
    /// The current segment's metadata (empty map: no track).
    QVariantMap metadata() const;
    qint64 positionUs() const;

    // The interfaces' methods (called by the adaptors).
    void raise();
    void quit();
    void playPause();
    void play();
    void pause();
    void stop();
    void next();
    void previous();
    void seek(qint64 offsetUs);
    void setPosition(const QString& trackId, qint64 positionUs);

    /// Sends PropertiesChanged for whatever changed since the last call.
    void publishChanges();

Q_SIGNALS:
    void seeked(qint64 positionUs);

private:
    PlayerWidget* playerWidget() const;
    SessionPlayer* activePlayer() const; ///< The player of a session that is running or paused.
    void watchPlayer(SessionPlayer* player);
    void watchPlayerWidget();
    QString artUrlFor(const QString& illustrationPath) const;

    MainWindow& m_window;
    QDBusConnection m_bus;
    QString m_serviceName;
    QPointer<SessionPlayer> m_watched;
    bool m_watchingWidget = false;
    QVariantMap m_published;               ///< The Player properties as last sent.
    mutable QHash<QString, QString> m_art; ///< Illustration path -> file:// URL of its PNG.
};

} // namespace rollguide
