// SPDX-License-Identifier: MIT
#include "SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace rollguide {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("rollguide::SafeFile", text); }
} // namespace

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& data, bool keepPrevious)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("the folder %1 cannot be created").arg(info.absolutePath());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    const qint64 written = file.write(data);
    if (written != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return tr("%1 could not be written in full (%2 of %3 bytes): %4")
            .arg(path)
            .arg(std::max<qint64>(written, 0))
            .arg(data.size())
            .arg(why);
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return tr("%1 could not be written: %2").arg(path, why);
    }
    if (keepPrevious && info.exists()) {
        // A hard link keeps the old contents without needing space; fall back to a copy.
        const QString backup = backupPathFor(path);
        QFile::remove(backup);
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(backup).constData()) != 0
            && !QFile::copy(path, backup)) {
            file.cancelWriting();
            return tr("the previous copy of %1 could not be kept, so it was not replaced").arg(path);
        }
    }
    if (!file.commit())
        return tr("%1 could not be saved: %2").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.unreadable-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.unreadable-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return std::nullopt;
    return target;
}

} // namespace rollguide
