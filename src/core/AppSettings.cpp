// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace rollguide {

namespace {
const QString kDisclaimer = QStringLiteral("safety/disclaimerAcknowledged");
}

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/rollguide.conf");
}

bool AppSettings::disclaimerAcknowledged() const { return m_settings.value(kDisclaimer, false).toBool(); }

void AppSettings::setDisclaimerAcknowledged(bool on) { m_settings.setValue(kDisclaimer, on); }

} // namespace rollguide
