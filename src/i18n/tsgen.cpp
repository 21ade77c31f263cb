// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Build-time tool: turns lupdate's list of every translatable string into a finished translation.
//
//   rollguide-tsgen english SOURCE.ts OUT.ts  English plural forms: "%n move(s)" -> "%n move", "%n moves"
//   rollguide-tsgen pseudo  SOURCE.ts OUT.ts  the en_XA pseudo-language: "Start" -> "⟦Ştáártˑˑ⟧"
//   rollguide-tsgen check   SOURCE.ts LANG.ts a translator's file: every string of SOURCE translated,
//                                             finished, with the same placeholders; none left over
//
// Only Qt Core: it runs during the build, before any RollGuide library exists.
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QSet>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdio>

namespace {

struct Message {
    QString source;
    QString comment;
    bool numerus = false;
};

struct Context {
    QString name;
    QList<Message> messages;
};

void fail(const QString& what) {
    std::fprintf(stderr, "rollguide-tsgen: %s\n", what.toLocal8Bit().constData());
}

bool readTs(const QString& path, QList<Context>& out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    QXmlStreamReader xml(&file);
    Context* context = nullptr;
    Message* message = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            out.append(Context{});
            context = &out.last();
        } else if (name == QLatin1String("name") && context && !message) {
            context->name = xml.readElementText();
        } else if (name == QLatin1String("message") && context) {
            context->messages.append(Message{});
            message = &context->messages.last();
            message->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source") && message) {
            message->source = xml.readElementText();
        } else if (name == QLatin1String("comment") && message) {
            message->comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            xml.skipCurrentElement();
            message = nullptr; // a message ends with its translation
        }
    }
    if (xml.hasError()) {
        fail(QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
        return false;
    }
    return true;
}

/// A letter as the pseudo-language writes it: accented, so that text which skipped translation stands out.
QChar accented(QChar c) {
    static const QString plain = QStringLiteral("aceinostuyzACEINOSTUYZ");
    static const QString marked = QStringLiteral("áçéíñöşţüýžÅÇÉÍÑÖŞŢÜÝŽ");
    const auto i = plain.indexOf(c);
    return i < 0 ? c : marked[i];
}

bool isVowel(QChar c) {
    return QStringLiteral("aeiouAEIOU").contains(c);
}

/// "%1", "%n", "%L1", "%Ln": placeholders stay exactly as they are. Returns its length, or 0.
qsizetype placeholderAt(const QString& s, qsizetype i) {
    if (s[i] != u'%' || i + 1 >= s.size())
        return 0;
    qsizetype j = i + 1;
    if (s[j] == u'L' && j + 1 < s.size())
        ++j;
    if (s[j] == u'n')
        return j + 1 - i;
    qsizetype k = j;
    while (k < s.size() && s[k].isDigit())
        ++k;
    return k > j ? k - i : 0;
}

/// The pseudo-language: every letter accented, each vowel doubled and padding to about 40 % more length,
/// the whole inside ⟦ ⟧. Placeholders, markup (<b>, &amp;), options (--routine) and outer white space
/// are kept.
QString pseudo(const QString& s) {
    qsizetype begin = 0, end = s.size();
    while (begin < end && s[begin].isSpace())
        ++begin;
    while (end > begin && s[end - 1].isSpace())
        --end;
    if (begin == end)
        return s;
    QString out;
    qsizetype i = begin;
    while (i < end) {
        if (const qsizetype n = placeholderAt(s, i)) {
            out += s.mid(i, n);
            i += n;
        } else if (s[i] == u'-' && i + 2 < end && s[i + 1] == u'-' && s[i + 2].isLetter()) {
            // A command-line option (--routine) is typed as it is, in every language.
            qsizetype j = i + 2;
            while (j < end && (s[j].isLetterOrNumber() || s[j] == u'-'))
                ++j;
            out += s.mid(i, j - i);
            i = j;
        } else if (s[i] == u'<') {
            const qsizetype close = s.indexOf(u'>', i);
            const qsizetype n = close < 0 ? end - i : close + 1 - i;
            out += s.mid(i, n);
            i += n;
        } else if (s[i] == u'&') {
            // An entity (&amp;) whole; an accelerator (&Save) with its letter.
            const qsizetype semi = s.indexOf(u';', i);
            const bool entity = semi > i && semi - i <= 8 &&
                                std::all_of(s.begin() + i + 1, s.begin() + semi,
                                            [](QChar c) { return c.isLetterOrNumber() || c == u'#'; });
            const qsizetype n = entity ? semi + 1 - i : qMin<qsizetype>(2, end - i);
            out += s.mid(i, n);
            i += n;
        } else {
            out += accented(s[i]);
            if (isVowel(s[i]))
                out += accented(s[i]);
            ++i;
        }
    }
    const qsizetype target = (end - begin) * 14 / 10;
    while (out.size() < target)
        out += u'ˑ';
    return s.left(begin) + QStringLiteral("⟦") + out + QStringLiteral("⟧") + s.mid(end);
}

/// English plural forms of "%n move(s)": one without the "(s)", one with "s".
bool englishForms(const Message& m, QStringList& forms) {
    if (!m.source.contains(QStringLiteral("(s)"))) {
        fail(QStringLiteral("\"%1\" takes %n but has no \"(s)\" to say where the plural goes").arg(m.source));
        return false;
    }
    QString one = m.source, many = m.source;
    forms = {one.remove(QStringLiteral("(s)")), many.replace(QStringLiteral("(s)"), QStringLiteral("s"))};
    return true;
}

bool writeTs(const QString& path, const QString& language, const QList<Context>& contexts, bool isPseudo) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), language);
    xml.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en"));
    for (const Context& c : contexts) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), c.name);
        for (const Message& m : c.messages) {
            // English needs only its plural forms; every other string is already English.
            if (!isPseudo && !m.numerus)
                continue;
            xml.writeStartElement(QStringLiteral("message"));
            if (m.numerus)
                xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            xml.writeTextElement(QStringLiteral("source"), m.source);
            if (!m.comment.isEmpty())
                xml.writeTextElement(QStringLiteral("comment"), m.comment);
            xml.writeStartElement(QStringLiteral("translation"));
            if (m.numerus) {
                QStringList forms;
                if (!englishForms(m, forms))
                    return false;
                for (const QString& f : forms)
                    xml.writeTextElement(QStringLiteral("numerusform"), isPseudo ? pseudo(f) : f);
            } else {
                xml.writeCharacters(pseudo(m.source));
            }
            xml.writeEndElement(); // translation
            xml.writeEndElement(); // message
        }
        xml.writeEndElement(); // context
    }
    xml.writeEndDocument();
    return file.commit();
}

/// One message of a translator's file: what it translates and how.
struct Translated {
    QString context, source, comment, type;
    QStringList forms; ///< The translation, or its numerus forms.
    bool numerus = false;
};

bool readTranslations(const QString& path, QList<Translated>& out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Translated* m = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !m) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            out.append(Translated{context, {}, {}, {}, {}, false});
            m = &out.last();
            m->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source") && m) {
            m->source = xml.readElementText();
        } else if (name == QLatin1String("comment") && m) {
            m->comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && m) {
            m->type = xml.attributes().value(QLatin1String("type")).toString();
            if (m->numerus) {
                while (xml.readNextStartElement())
                    m->forms << (xml.name() == QLatin1String("numerusform") ? xml.readElementText()
                                                                            : QString());
            } else {
                m->forms << xml.readElementText();
            }
            m = nullptr;
        }
    }
    if (xml.hasError()) {
        fail(QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
        return false;
    }
    return true;
}

/// The placeholders of `s` ("%1", "%n" ...), sorted: a translation must keep each as often.
QStringList placeholders(const QString& s) {
    QStringList out;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (const qsizetype n = placeholderAt(s, i)) {
            out << s.mid(i, n);
            i += n - 1;
        }
    out.sort();
    return out;
}

/// Checks a translator's file against lupdate's list; prints each problem with its string.
int check(const QList<Context>& contexts, const QString& path) {
    QList<Translated> translated;
    if (!readTranslations(path, translated))
        return 1;
    int problems = 0, total = 0;
    const auto problem = [&](const QString& context, const QString& source, const QString& what) {
        ++problems;
        fail(QStringLiteral("%1: [%2] \"%3\": %4").arg(path, context, source.left(60), what));
    };
    QSet<QString> wanted;
    for (const Context& c : contexts)
        for (const Message& m : c.messages) {
            ++total;
            const QString key = c.name + u'\x1f' + m.source + u'\x1f' + m.comment;
            wanted.insert(key);
            const auto it = std::find_if(translated.cbegin(), translated.cend(), [&](const Translated& t) {
                return t.context == c.name && t.source == m.source && t.comment == m.comment;
            });
            if (it == translated.cend()) {
                problem(c.name, m.source, QStringLiteral("not in the file (run lupdate on it)"));
                continue;
            }
            if (!it->type.isEmpty()) {
                problem(c.name, m.source, QStringLiteral("marked %1").arg(it->type));
                continue;
            }
            if (it->forms.isEmpty() || std::any_of(it->forms.begin(), it->forms.end(),
                                                   [](const QString& f) { return f.trimmed().isEmpty(); })) {
                problem(c.name, m.source, QStringLiteral("not translated"));
                continue;
            }
            for (const QString& form : it->forms)
                if (placeholders(form) != placeholders(m.source))
                    problem(c.name, m.source,
                            QStringLiteral("placeholders %1 where the source has %2")
                                .arg(placeholders(form).join(u' '), placeholders(m.source).join(u' ')));
        }
    for (const Translated& t : translated)
        if (!wanted.contains(t.context + u'\x1f' + t.source + u'\x1f' + t.comment) &&
            t.type != QLatin1String("vanished") && t.type != QLatin1String("obsolete"))
            problem(t.context, t.source,
                    QStringLiteral("no longer in the sources (run lupdate -no-obsolete on it)"));
    std::printf("%s: %d of %d strings translated, %d problem(s)\n", path.toLocal8Bit().constData(),
                total - problems, total, problems);
    return problems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    const QString mode = argc == 4 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode != QLatin1String("english") && mode != QLatin1String("pseudo") &&
        mode != QLatin1String("check")) {
        std::fprintf(stderr, "usage: rollguide-tsgen english|pseudo SOURCE.ts OUT.ts\n"
                             "       rollguide-tsgen check SOURCE.ts LANG.ts\n");
        return 2;
    }
    QList<Context> contexts;
    if (!readTs(QString::fromLocal8Bit(argv[2]), contexts))
        return 1;
    if (mode == QLatin1String("check"))
        return check(contexts, QString::fromLocal8Bit(argv[3]));
    const bool isPseudo = mode == QLatin1String("pseudo");
    return writeTs(QString::fromLocal8Bit(argv[3]), isPseudo ? QStringLiteral("en_XA") : QStringLiteral("en"),
                   contexts, isPseudo)
               ? 0
               : 1;
}
