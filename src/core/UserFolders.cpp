// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "UserFolders.h"

#include <QDir>

namespace rollguide {

namespace {
const QString kAppName = QStringLiteral("rollguide");

QString xdgHome(const char* variable, const QString& fallbackInHome) {
    const QString set = qEnvironmentVariable(variable);
    if (!set.isEmpty() && QDir::isAbsolutePath(set))
        return QDir::cleanPath(set);
    return QDir::cleanPath(QDir::homePath() + u'/' + fallbackInHome);
}
} // namespace

QString appDataFolder() {
    return xdgHome("XDG_DATA_HOME", QStringLiteral(".local/share")) + u'/' + kAppName;
}

QString appConfigFolder() {
    return xdgHome("XDG_CONFIG_HOME", QStringLiteral(".config")) + u'/' + kAppName;
}

QString defaultRoutinesFolder() {
    return appDataFolder() + QStringLiteral("/routines");
}

QStringList userDataFolders() {
    return {appDataFolder(), appConfigFolder()};
}

} // namespace rollguide
