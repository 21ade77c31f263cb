// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SettingsFile.h"
#include "PlainText.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SettingsFile)
};

QString groupOf(const QString& key) {
    return key.section(u'/', 0, -2);
}
QString nameOf(const QString& key) {
    return key.section(u'/', -1);
}

bool isComment(const QString& trimmed) {
    return trimmed.startsWith(u';') || trimmed.startsWith(u'#');
}

QString unquoted(QString s) {
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2);
    return s;
}
} // namespace

SettingsFile::SettingsFile(QString path)
    : m_path(std::move(path)) {
    if (m_path.isEmpty()) {
        m_writable = false;
        return;
    }
    const RegularFileRead read = readRegularFile(m_path, kMaxBytes);
    if (read.status == RegularFileRead::Missing && describeNonRegular(m_path).isEmpty())
        return;
    QString why = read.error;
    if (read.ok()) {
        const LoadStatus text = checkTextBytes(read.bytes);
        if (text.ok()) {
            parse(QString::fromUtf8(read.bytes));
            return;
        }
        why = text.error().toString();
    }
    m_writable = false;
    m_problem =
        Text::tr("The settings file %1 could not be read (%2). RollGuide uses its defaults and keeps any "
                 "change in memory only; the file is left as it is.")
            .arg(m_path, why);
}

void SettingsFile::parse(const QString& text) {
    QString group;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final line break
    m_crlf = !lines.isEmpty() && lines.constFirst().endsWith(u'\r');
    for (QString line : std::as_const(lines)) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        Line l{line, group, {}};
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            group = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (group.compare(QStringLiteral("General"), Qt::CaseInsensitive) == 0)
                group.clear();
            l.group = group;
        } else if (!trimmed.isEmpty() && !isComment(trimmed)) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0) {
                l.key = line.left(eq).trimmed();
                const QString full = group.isEmpty() ? l.key : group + u'/' + l.key;
                m_values.insert(full, line.mid(eq + 1).trimmed());
            }
        }
        m_lines.append(l);
    }
}

QString SettingsFile::value(const QString& key) const {
    return m_values.value(key);
}

bool SettingsFile::setValue(const QString& key, const QString& raw) {
    const QString group = groupOf(key), name = nameOf(key);
    const QString line = name + u'=' + raw;
    if (m_values.contains(key)) {
        // The last line that sets it wins when read, so that is the one to change.
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i)
            if (m_lines[i].group == group && m_lines[i].key == name) {
                m_lines[i].text = line;
                break;
            }
    } else {
        // After the last key of its group, or in a new group at the end.
        qsizetype at = -1;
        bool groupSeen = group.isEmpty();
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].group != group)
                continue;
            groupSeen = true;
            if (!m_lines[i].key.isEmpty() || m_lines[i].text.trimmed().startsWith(u'['))
                at = i;
        }
        if (group.isEmpty() && at < 0) {
            m_lines.prepend({line, group, name});
        } else if (groupSeen && at >= 0) {
            m_lines.insert(at + 1, {line, group, name});
        } else {
            if (!m_lines.isEmpty() && !m_lines.constLast().text.trimmed().isEmpty())
                m_lines.append({QString(), m_lines.constLast().group, {}});
            m_lines.append({u'[' + group + u']', group, {}});
            m_lines.append({line, group, name});
        }
    }
    m_values.insert(key, raw);
    return write();
}

bool SettingsFile::write() {
    m_writeError.clear();
    if (!m_writable)
        return m_path.isEmpty();
    QString text;
    const QString end = m_crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    for (const Line& l : std::as_const(m_lines))
        text += l.text + end;
    if (const Status written = writeFileAtomically(m_path, text.toUtf8(), false); !written.ok()) {
        m_writeError = Text::tr("Your settings were not saved: %1.").arg(written.error());
        spdlog::warn("settings: {}", m_writeError.toStdString());
        return false;
    }
    return true;
}

QString SettingsFile::joinList(const QStringList& items) {
    return items.isEmpty() ? QStringLiteral("@Invalid()") : items.join(QStringLiteral(", "));
}

QStringList SettingsFile::splitList(const QString& raw) {
    QStringList out;
    if (raw.isEmpty() || raw == QLatin1String("@Invalid()"))
        return out;
    for (const QString& part : raw.split(u','))
        if (const QString item = unquoted(part); !item.isEmpty())
            out << item;
    return out;
}

} // namespace rollguide
