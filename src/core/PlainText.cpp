// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "PlainText.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <utility>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::PlainText)
};

// Length of the valid UTF-8 sequence starting at i, or 0 if it is invalid.
int utf8SequenceLength(const unsigned char* p, qsizetype i, qsizetype n) {
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

QString joinErrors(const QList<LoadError>& errors, const QString& prefix) {
    QStringList lines;
    for (const LoadError& e : errors)
        lines << (prefix.isEmpty() ? e.toString() : prefix + QStringLiteral(": ") + e.toString());
    return lines.join(u'\n');
}

QString lineColumnAt(const QByteArray& bytes, qint64 offset) {
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
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

LoadStatus checkJsonBytes(const QByteArray& bytes, qint64 maxBytes, int maxDepth) {
    if (bytes.size() > maxBytes)
        return LoadStatus::failure(LoadError{
            {}, Text::tr("the file is %1 bytes; the limit is %2 bytes").arg(bytes.size()).arg(maxBytes)});
    if (bytes.trimmed().isEmpty())
        return LoadStatus::failure(LoadError{{}, Text::tr("the file is empty")});

    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    int depth = 0;
    bool inString = false, escaped = false;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == 0)
            return LoadStatus::failure(LoadError{
                lineColumnAt(bytes, i), Text::tr("the file contains a NUL byte; it is not a text file")});
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0)
            return LoadStatus::failure(
                LoadError{lineColumnAt(bytes, i), Text::tr("the file is not valid UTF-8 text")});
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
                return LoadStatus::failure(LoadError{
                    lineColumnAt(bytes, i), Text::tr("the data nests deeper than %1 levels").arg(maxDepth)});
        } else if (c == '}' || c == ']') {
            --depth;
        }
        i += len;
    }
    return {};
}

LoadStatus checkTextBytes(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] == 0)
            return LoadStatus::failure(LoadError{
                lineColumnAt(bytes, i), Text::tr("the file contains a NUL byte; it is not a text file")});
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0)
            return LoadStatus::failure(
                LoadError{lineColumnAt(bytes, i), Text::tr("the file is not valid UTF-8 text")});
        i += len;
    }
    return {};
}

namespace {
bool breaksALine(char32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)         // C0, DEL and C1 controls
           || c == 0x2028 || c == 0x2029                // line and paragraph separators
           || c == 0x061c || c == 0x200e || c == 0x200f // bidi marks
           || (c >= 0x202a && c <= 0x202e)              // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069);             // bidi isolates
}
} // namespace

QString plainLine(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        out += breaksALine(c) ? QString(u' ') : QString::fromUcs4(&c, 1);
    return out;
}

QString printableFileName(const QByteArray& raw) {
    QString out;
    const auto* p = reinterpret_cast<const unsigned char*>(raw.constData());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0) {
            out += QStringLiteral("\\x%1").arg(p[i], 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        const QString ch = QString::fromUtf8(raw.constData() + i, len);
        const char32_t c = ch.toUcs4().value(0);
        if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (breaksALine(c))
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
        i += len;
    }
    return out;
}

QString fileNameSlug(const QString& text, SlugAlphabet alphabet, int maxLength) {
    const bool ascii = alphabet == SlugAlphabet::Ascii;
    // Decomposed, accented letters lose their accents (é -> e) when only ASCII is kept.
    const QString source = ascii ? text.normalized(QString::NormalizationForm_KD).toLower() : text.toLower();
    QString slug;
    bool gap = false;
    for (const QChar c : source) {
        const bool keep = ascii ? (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') : c.isLetterOrNumber();
        if (keep) {
            if (gap && !slug.isEmpty())
                slug += u'-';
            gap = false;
            slug += c;
            if (slug.size() >= maxLength)
                break;
        } else if (!(ascii && c.isMark())) {
            gap = true;
        }
    }
    slug.truncate(maxLength);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

int visibleLength(const QString& text) {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

Result<QByteArray, LoadError> readSmallFile(const QString& path, qint64 maxBytes) {
    RegularFileRead read = readRegularFile(path, maxBytes);
    if (!read.ok())
        return Result<QByteArray, LoadError>::failure(LoadError{{}, read.error});
    return std::move(read.bytes);
}

} // namespace rollguide
