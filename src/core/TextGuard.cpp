// SPDX-License-Identifier: MIT
#include "TextGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rollguide {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("rollguide::TextGuard", text); }

// Length of the valid UTF-8 sequence starting at i, or 0 if it is invalid.
int utf8SequenceLength(const unsigned char* p, qsizetype i, qsizetype n)
{
    const unsigned char c = p[i];
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c == 0xE0)
        len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC)
        len = 3;
    else if (c == 0xED)
        len = 3, hi = 0x9F; // no UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF)
        len = 3;
    else if (c == 0xF0)
        len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
        len = 4;
    else if (c == 0xF4)
        len = 4, hi = 0x8F;
    else
        return 0;
    if (i + len > n)
        return 0;
    if (p[i + 1] < lo || p[i + 1] > hi)
        return 0;
    for (int k = 2; k < len; ++k)
        if (p[i + k] < 0x80 || p[i + k] > 0xBF)
            return 0;
    return len;
}
} // namespace

QString joinErrors(const QList<LoadError>& errors, const QString& prefix)
{
    QStringList lines;
    for (const LoadError& e : errors)
        lines << (prefix.isEmpty() ? e.toString() : prefix + QStringLiteral(": ") + e.toString());
    return lines.join(u'\n');
}

QString lineColumnAt(const QByteArray& bytes, qint64 offset)
{
    qint64 line = 1, column = 1;
    const qint64 end = std::min<qint64>(offset, bytes.size());
    for (qint64 i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

std::optional<LoadError> checkJsonBytes(const QByteArray& bytes, qint64 maxBytes, int maxDepth)
{
    if (bytes.size() > maxBytes)
        return LoadError{{}, tr("the file is %1 bytes; the limit is %2 bytes").arg(bytes.size()).arg(maxBytes)};
    if (bytes.trimmed().isEmpty())
        return LoadError{{}, tr("the file is empty")};

    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    int depth = 0;
    bool inString = false, escaped = false;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == 0)
            return LoadError{lineColumnAt(bytes, i), tr("the file contains a NUL byte; it is not a text file")};
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0)
            return LoadError{lineColumnAt(bytes, i), tr("the file is not valid UTF-8 text")};
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return LoadError{lineColumnAt(bytes, i),
                                 tr("the data nests deeper than %1 levels").arg(maxDepth)};
        } else if (c == '}' || c == ']') {
            --depth;
        }
        i += len;
    }
    return std::nullopt;
}

std::optional<LoadError> readSmallFile(const QString& path, qint64 maxBytes, QByteArray& out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return LoadError{{}, tr("the file does not exist")};
    if (info.isDir())
        return LoadError{{}, tr("this is a folder, not a file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadError{{}, tr("the file cannot be read: %1").arg(file.errorString())};
    // Resources and special files may not know their size up front: read one byte past the cap.
    out = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return LoadError{{}, tr("the file cannot be read: %1").arg(file.errorString())};
    if (out.size() > maxBytes)
        return LoadError{{}, tr("the file is larger than the limit of %1 bytes").arg(maxBytes)};
    return std::nullopt;
}

} // namespace rollguide
