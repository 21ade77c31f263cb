// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace rollguide {

/// The languages RollGuide carries, as codes: "en", and "en_XA", the pseudo-language that shows which
/// strings are translatable and which get cut off.
QStringList availableLanguages();

/// Why `code` cannot be chosen, or empty when it can. Empty `code` means the system's language.
QString languageProblem(const QString& code);

/// Installs RollGuide's translation for `code` (empty: the first of the system's languages that
/// RollGuide carries, else English) and Qt's own for the same language. Needs the application object.
/// Returns the language installed.
QString installTranslations(const QString& code);

} // namespace rollguide
