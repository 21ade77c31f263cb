// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QHash>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::Translations)
};

const QString kFolder = QStringLiteral(":/i18n");
const QString kPseudo = QStringLiteral("en_XA");

QString qmFile(const QString& code) {
    return QStringLiteral("%1/rollguide_%2.qm").arg(kFolder, code);
}

/// Keeps a translator alive as long as the application, and installs it.
bool install(const QString& file, const QString& folder = {}) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

/// The system's first language that RollGuide carries: "de_AT" finds "de"; none finds "en".
QString systemLanguage() {
    const QStringList carried = availableLanguages();
    for (QString ui : QLocale::system().uiLanguages()) {
        ui.replace(u'-', u'_');
        if (carried.contains(ui))
            return ui;
        if (const QString base = ui.section(u'_', 0, 0); carried.contains(base))
            return base;
    }
    return QStringLiteral("en");
}
} // namespace

QStringList availableLanguages() {
    // Matched by hand: a name filter would compile a regular expression, and load its library's pages,
    // on every launch.
    QStringList codes;
    const QLatin1StringView prefix("rollguide_"), suffix(".qm");
    for (const QString& f : QDir(kFolder).entryList(QDir::Files, QDir::Name))
        if (f.startsWith(prefix) && f.endsWith(suffix) && f.size() > prefix.size() + suffix.size())
            codes << f.mid(prefix.size(), f.size() - prefix.size() - suffix.size());
    return codes;
}

QString languageName(const QString& code) {
    // QLocale's native names carry a country ("American English", "español de España").
    static const QHash<QString, QString> names = {{QStringLiteral("en"), QStringLiteral("English")},
                                                  {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                  {QStringLiteral("es"), QStringLiteral("Español")},
                                                  {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (const auto it = names.find(code); it != names.end())
        return *it;
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

Status checkLanguage(const QString& code) {
    if (code.isEmpty() || availableLanguages().contains(code))
        return {};
    return Status::failure(Text::tr("RollGuide has no language \"%1\"; choose one of: %2.")
                               .arg(code, availableLanguages().join(QStringLiteral(", "))));
}

QString installTranslations(const QString& code) {
    const QString language = code.isEmpty() ? systemLanguage() : code;
    // English underneath: its plural forms stand in wherever a translation lacks a string.
    install(qmFile(QStringLiteral("en")));
    if (language == kPseudo) {
        install(qmFile(kPseudo));
        return language;
    }
    if (language != QLatin1String("en"))
        install(qmFile(language));
    // Qt's own strings (standard buttons, the command line's "Usage:"), where Debian ships them.
    install(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Numbers and dates follow the language only when it is not the system's own.
    if (QLocale::system().name().section(u'_', 0, 0) != language.section(u'_', 0, 0))
        QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace rollguide
