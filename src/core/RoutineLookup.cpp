// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineLookup.h"
#include "Routine.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::RoutineLookup)
};
} // namespace

bool looksLikeRoutinePath(const QString& text) {
    return text.contains(u'/') || text.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

RoutineLookup findRoutine(const QString& nameOrFile, const Catalog& catalog, const QList<Routine>& personal) {
    RoutineLookup out;
    const QString wanted = nameOrFile.trimmed();
    if (wanted.isEmpty()) {
        out.error = Text::tr("no routine was named");
        return out;
    }
    if (looksLikeRoutinePath(nameOrFile)) {
        const RoutineLoadResult loaded = loadRoutineFile(nameOrFile);
        out.file = nameOrFile;
        if (!loaded.ok())
            out.error = loaded.errorText(nameOrFile);
        else
            out.routine = loaded.routine;
        return out;
    }
    for (const Routine& r : catalog.routines)
        if (r.id == wanted || r.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            out.routine = r;
            return out;
        }
    for (const Routine& r : personal)
        if (r.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            out.routine = r;
            return out;
        }
    QStringList names;
    for (const Routine& r : catalog.routines)
        names << QStringLiteral("\"%1\"").arg(plainLine(r.name));
    for (const Routine& r : personal)
        names << QStringLiteral("\"%1\"").arg(plainLine(r.name));
    out.error = names.isEmpty() ? Text::tr("there is no routine called \"%1\"; there are no routines at all")
                                      .arg(plainLine(wanted))
                                : Text::tr("there is no routine called \"%1\"; the routines are: %2")
                                      .arg(plainLine(wanted), names.join(QStringLiteral(", ")));
    // A file of that name is only opened when asked for as a path.
    if (QFileInfo(wanted).isFile())
        out.error += QStringLiteral(". ") +
                     Text::tr("To open the file %1 instead, write it as ./%1").arg(plainLine(wanted));
    return out;
}

} // namespace rollguide
