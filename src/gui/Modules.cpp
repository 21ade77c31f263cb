// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <spdlog/spdlog.h>

namespace rollguide {

QStringList moduleSearchPath() {
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("ROLLGUIDE_MODULE_DIR"); !env.isEmpty())
        dirs << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << QDir::cleanPath(appDir + QLatin1Char('/') + QStringLiteral(ROLLGUIDE_MODULE_SUBDIR)) << appDir;
    return dirs;
}

QObject* loadModule(const QString& fileName, const std::function<bool(QObject*)>& fits, QString* why) {
    QStringList problems;
    for (const QString& dir : moduleSearchPath()) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        QObject* root = loader.instance();
        if (root && fits(root)) {
            spdlog::debug("module: {}", path.toStdString());
            return root;
        }
        problems << (root ? QCoreApplication::translate("Modules", "%1 is not the module RollGuide expected")
                                .arg(path)
                          : loader.errorString());
    }
    if (problems.isEmpty())
        problems << QCoreApplication::translate("Modules", "%1 is in none of these folders: %2")
                        .arg(fileName, moduleSearchPath().join(QStringLiteral(", ")));
    if (why)
        *why = problems.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace rollguide
