// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace rollguide {

/// The languages RollGuide carries, as codes: "en", and "en_XA", the pseudo-language that shows which
/// strings are translatable and which get cut off.
QStringList availableLanguages();

/// A language's name in that language, as a language menu shows it ("Deutsch", "Español"); these
/// names are never translated.
QString languageName(const QString& code);

/// Whether `code` can be chosen, and if not, why (naming the languages there are). Empty `code` means
/// the system's language.
Status checkLanguage(const QString& code);

/// Installs RollGuide's translation for `code` (empty: the first of the system's languages that
/// RollGuide carries, else English) and Qt's own for the same language. Needs the application object.
/// Returns the language installed.
QString installTranslations(const QString& code);

} // namespace rollguide
