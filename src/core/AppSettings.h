// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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

    QSettings& raw() { return m_settings; }

private:
    QSettings& m_settings;
};

} // namespace rollguide
