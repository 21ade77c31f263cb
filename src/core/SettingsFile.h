// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace rollguide {

/// The settings file, `rollguide.conf`: INI text as QSettings writes it ("[group]" lines, then
/// "key=value" lines), which people and clinics may also write by hand, with comments.
///
/// Unlike QSettings, a change rewrites only the line it concerns: comments, blank lines, the order of
/// keys and keys this version does not know are all kept. The file is read with readRegularFile(),
/// so a named pipe or a device never blocks, and written atomically. A file that cannot be read
/// (not a regular file, not UTF-8 text, too large) is never written over: settings then live in
/// memory for this run, and problem() says why.
class SettingsFile {
public:
    static constexpr qint64 kMaxBytes = 256 * 1024;

    /// Reads `path` now. A missing file is no problem: it is created by the first change. An empty
    /// path keeps everything in memory (for tests).
    explicit SettingsFile(QString path);

    QString path() const { return m_path; }

    /// The raw text after "=" for "group/key", or a null QString when it is not set.
    QString value(const QString& key) const;

    /// Sets "group/key" to `raw` and writes the file (unless it could not be read). Returns false when
    /// the write failed; writeError() then says why, and the value is kept in memory.
    bool setValue(const QString& key, const QString& raw);

    /// Why the file could not be read, naming it; empty when it was read or is missing.
    QString problem() const { return m_problem; }
    /// Why the last write failed; empty after a successful one.
    QString writeError() const { return m_writeError; }

    /// How QSettings' INI format writes a list of plain words ("a, b"; an empty list as "@Invalid()"),
    /// and reads one back (quotes and surrounding spaces removed).
    static QString joinList(const QStringList& items);
    static QStringList splitList(const QString& raw);

private:
    struct Line {
        QString text;  ///< The line as it is in the file, without its line break.
        QString group; ///< The group it belongs to ("" before the first [group]).
        QString key;   ///< Non-empty for a "key=value" line.
    };

    void parse(const QString& text);
    bool write();

    QString m_path;
    QList<Line> m_lines;
    QHash<QString, QString> m_values; ///< "group/key" -> raw value
    bool m_crlf = false;              ///< The file ends its lines with CR LF; changes keep that.
    bool m_writable = true;
    QString m_problem;
    QString m_writeError;
};

} // namespace rollguide
