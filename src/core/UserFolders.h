// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace rollguide {

/// $XDG_DATA_HOME/rollguide: routines (and later the history). As the XDG base directory spec says, a
/// relative or empty XDG_DATA_HOME is ignored and ~/.local/share used instead.
QString appDataFolder();

/// $XDG_CONFIG_HOME/rollguide: rollguide.conf. A relative or empty XDG_CONFIG_HOME is ignored and
/// ~/.config used instead.
QString appConfigFolder();

/// The folder that holds personal routines: appDataFolder() + "/routines".
QString defaultRoutinesFolder();

/// Every folder RollGuide keeps the person's own files in, which an export must never write into.
QStringList userDataFolders();

} // namespace rollguide
