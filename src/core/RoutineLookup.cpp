// SPDX-License-Identifier: MIT
#include "RoutineLookup.h"
#include "Routine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace rollguide {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("rollguide::RoutineLookup", text); }
} // namespace

QString defaultRoutinesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/routines");
}

RoutineLookup findRoutine(const QString& nameOrFile, const Catalog& catalog, const QList<Routine>& personal)
{
    RoutineLookup out;
    const QString wanted = nameOrFile.trimmed();
    if (wanted.isEmpty()) {
        out.error = tr("no routine was named");
        return out;
    }
    const QFileInfo file(wanted);
    if ((file.exists() && !file.isDir()) || wanted.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        const RoutineLoadResult loaded = loadRoutineFile(wanted);
        if (!loaded.ok())
            out.error = loaded.errorText(wanted);
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
        names << QStringLiteral("\"%1\"").arg(r.name);
    for (const Routine& r : personal)
        names << QStringLiteral("\"%1\"").arg(r.name);
    out.error = tr("there is no routine called \"%1\" and no such file; the routines are: %2")
                    .arg(wanted, names.join(QStringLiteral(", ")));
    return out;
}

} // namespace rollguide
