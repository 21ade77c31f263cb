// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace rollguide {

/// Where RollGuide's modules (the cue module, the chart module) are looked for, in order:
/// $ROLLGUIDE_MODULE_DIR, <program's folder>/<relative libdir>/rollguide, the program's folder.
QStringList moduleSearchPath();

/// The root object of the module `fileName` (e.g. "librollguide_charts.so") from the first folder of
/// moduleSearchPath() where it loads and `fits`; it stays loaded. nullptr when none does, with `why`
/// saying what each file found said, or in which folders nothing was found.
QObject* loadModule(const QString& fileName, const std::function<bool(QObject*)>& fits, QString* why);

/// loadModule() for a module whose root implements the interface T.
template <typename T> T* loadModuleAs(const QString& fileName, QString* why) {
    return qobject_cast<T*>(loadModule(
        fileName, [](QObject* root) { return qobject_cast<T*>(root) != nullptr; }, why));
}

} // namespace rollguide
