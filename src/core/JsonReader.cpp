// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "JsonReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::JsonReader)
};

QString typeName(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return Text::tr("null");
    case Json::value_t::object:
        return Text::tr("an object");
    case Json::value_t::array:
        return Text::tr("a list");
    case Json::value_t::string:
        return Text::tr("text");
    case Json::value_t::boolean:
        return Text::tr("true or false");
    case Json::value_t::number_float:
        return Text::tr("the number %1").arg(QString::fromStdString(v.dump()));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return Text::tr("the number %1").arg(QString::fromStdString(v.dump()));
    default:
        return Text::tr("something else");
    }
}
/// Finds where parsing fails, without building anything: nlohmann reports a number too large for a
/// double (1e400) as out_of_range, with no position, but its SAX interface passes the position on.
class ErrorPosition : public nlohmann::json_sax<Json> {
public:
    std::size_t offset = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception&) override {
        // `position` is just past the offending token.
        offset = position >= token.size() ? position - token.size() : 0;
        return false;
    }
};

qint64 overflowOffset(const QByteArray& bytes) {
    ErrorPosition sax;
    Json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &sax);
    return qint64(sax.offset);
}
} // namespace

std::optional<Json> parseJson(const QByteArray& bytes, QList<LoadError>& errors) {
    try {
        return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based and points at the last character read, the end of the offending token.
        // Walk back to where that token starts, which is where a person looks.
        qint64 offset = e.byte > 0 ? std::min<qint64>(qint64(e.byte) - 1, bytes.size() - 1) : 0;
        if (offset > 0 && bytes[offset] == '"') {
            for (qint64 i = offset - 1; i >= 0; --i)
                if (bytes[i] == '"' && (i == 0 || bytes[i - 1] != '\\')) {
                    offset = i;
                    break;
                }
        } else {
            const auto isWordChar = [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
            };
            while (offset > 0 && isWordChar(bytes[offset]) && isWordChar(bytes[offset - 1]))
                --offset;
        }
        QString what = QString::fromStdString(e.what());
        // Keep nlohmann's description but drop its own prefix and position ("... at line 2, column 5: ").
        const int colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("column")));
        if (colon >= 0)
            what = what.mid(colon + 2);
        errors.append({lineColumnAt(bytes, offset), Text::tr("not valid JSON (%1)").arg(what)});
    } catch (const Json::out_of_range&) {
        errors.append({lineColumnAt(bytes, overflowOffset(bytes)),
                       Text::tr("not valid JSON: a number is too large to be represented")});
    } catch (const Json::exception& e) {
        errors.append({{}, Text::tr("not valid JSON (%1)").arg(QString::fromStdString(e.what()))});
    }
    return std::nullopt;
}

std::optional<Json> parseCheckedJson(const QByteArray& bytes, qint64 maxBytes, int maxDepth,
                                     QList<LoadError>& errors) {
    if (const LoadStatus checked = checkJsonBytes(bytes, maxBytes, maxDepth); !checked.ok()) {
        errors.append(checked.error());
        return std::nullopt;
    }
    return parseJson(bytes, errors);
}

void JsonReader::error(const std::string& pointer, const QString& message) {
    m_errors.append({QString::fromStdString(pointer.empty() ? std::string("/") : pointer), message});
}

std::string JsonReader::child(const std::string& pointer, std::string_view key) {
    std::string out = pointer;
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonReader::child(const std::string& pointer, int index) {
    return pointer + '/' + std::to_string(index);
}

bool JsonReader::object(const Json& value, const std::string& pointer,
                        std::initializer_list<std::string_view> allowed) {
    if (!value.is_object()) {
        error(pointer, Text::tr("expected an object, found %1").arg(typeName(value)));
        return false;
    }
    for (const auto& [key, v] : value.items()) {
        if (std::find(allowed.begin(), allowed.end(), std::string_view(key)) == allowed.end())
            error(child(pointer, key), Text::tr("unknown key \"%1\"").arg(QString::fromStdString(key)));
    }
    return true;
}

const Json* JsonReader::member(const Json& obj, const std::string& pointer, const char* key, bool required) {
    if (!obj.is_object())
        return nullptr;
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(child(pointer, key), Text::tr("missing; this field is required"));
        return nullptr;
    }
    return &*it;
}

std::optional<QString> JsonReader::textValue(const Json& v, const std::string& pointer, int maxLength) {
    if (!v.is_string()) {
        error(pointer, Text::tr("expected text, found %1").arg(typeName(v)));
        return std::nullopt;
    }
    const QString s = QString::fromStdString(v.get_ref<const std::string&>()).trimmed();
    if (s.isEmpty()) {
        error(pointer, Text::tr("expected text, found an empty string"));
        return std::nullopt;
    }
    // Counted as a person sees them: an emoji with its modifiers is one character.
    // A text has no more characters than UTF-16 units, so only a long one needs counting.
    if (const int length = s.size() <= maxLength ? int(s.size()) : visibleLength(s); length > maxLength) {
        error(pointer,
              Text::tr("text is %1 characters long; at most %2 are allowed").arg(length).arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonReader::text(const Json& obj, const std::string& pointer, const char* key,
                                        int maxLength, bool required) {
    const Json* v = member(obj, pointer, key, required);
    return v ? textValue(*v, child(pointer, key), maxLength) : std::nullopt;
}

bool JsonReader::isIdentifier(const QString& s) {
    if (s.isEmpty() || s.size() > 48 || s.startsWith(u'-') || s.endsWith(u'-') ||
        s.contains(QStringLiteral("--")))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

std::optional<QString> JsonReader::identifier(const Json& obj, const std::string& pointer, const char* key) {
    const Json* v = member(obj, pointer, key, true);
    if (!v)
        return std::nullopt;
    if (!v->is_string() || !isIdentifier(QString::fromStdString(v->get<std::string>()))) {
        error(
            child(pointer, key),
            Text::tr(
                "expected an identifier of lowercase letters, digits and single hyphens (at most 48), found "
                "%1")
                .arg(v->is_string()
                         ? QStringLiteral("\"%1\"").arg(QString::fromStdString(v->get<std::string>()))
                         : typeName(*v)));
        return std::nullopt;
    }
    return QString::fromStdString(v->get<std::string>());
}

std::optional<int> JsonReader::integer(const Json& obj, const std::string& pointer, const char* key, int min,
                                       int max, bool required) {
    const Json* v = member(obj, pointer, key, required);
    if (!v)
        return std::nullopt;
    const std::string p = child(pointer, key);
    // Check the stored type ourselves: get<int>() would truncate 3.7 and wrap large values. In JSON,
    // 5.0 and 5e0 are the whole number 5 too.
    std::optional<std::int64_t> whole;
    if (v->is_number_unsigned()) {
        const auto x = v->get<std::uint64_t>();
        if (x <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            whole = std::int64_t(x);
    } else if (v->is_number_integer()) {
        whole = v->get<std::int64_t>();
    } else if (v->is_number_float()) {
        const double x = v->get<double>();
        if (std::isfinite(x) && std::trunc(x) == x && std::fabs(x) < 1e15)
            whole = std::int64_t(x);
    }
    if (!whole || *whole < min || *whole > max) {
        error(
            p,
            Text::tr("expected a whole number from %1 to %2, found %3").arg(min).arg(max).arg(typeName(*v)));
        return std::nullopt;
    }
    return int(*whole);
}

std::optional<bool> JsonReader::boolean(const Json& obj, const std::string& pointer, const char* key,
                                        bool required) {
    const Json* v = member(obj, pointer, key, required);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        error(child(pointer, key), Text::tr("expected true or false, found %1").arg(typeName(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<QString> JsonReader::choice(const Json& obj, const std::string& pointer, const char* key,
                                          std::initializer_list<const char*> allowed, bool required) {
    const Json* v = member(obj, pointer, key, required);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        for (const char* a : allowed)
            if (v->get_ref<const std::string&>() == a)
                return QString::fromLatin1(a);
    }
    QStringList names;
    for (const char* a : allowed)
        names << QStringLiteral("\"%1\"").arg(QLatin1String(a));
    error(child(pointer, key), Text::tr("expected one of %1, found %2")
                                   .arg(names.join(QStringLiteral(", ")),
                                        v->is_string() ? QStringLiteral("\"%1\"").arg(
                                                             QString::fromStdString(v->get<std::string>()))
                                                       : typeName(*v)));
    return std::nullopt;
}

bool JsonReader::array(const Json& obj, const std::string& pointer, const char* key, int minCount,
                       int maxCount, const std::function<void(const Json&, const std::string&, int)>& each,
                       bool required) {
    const Json* v = member(obj, pointer, key, required);
    if (!v)
        return false;
    const std::string p = child(pointer, key);
    if (!v->is_array()) {
        error(p, Text::tr("expected a list, found %1").arg(typeName(*v)));
        return false;
    }
    if (int(v->size()) < minCount || v->size() > std::size_t(maxCount)) {
        error(p, minCount == maxCount
                     ? Text::tr("expected a list of %1 entries, found %2").arg(minCount).arg(v->size())
                     : Text::tr("expected a list of %1 to %2 entries, found %3")
                           .arg(minCount)
                           .arg(maxCount)
                           .arg(v->size()));
        return false;
    }
    int i = 0;
    for (const Json& el : *v) {
        each(el, child(p, i), i);
        ++i;
    }
    return true;
}

QStringList JsonReader::texts(const Json& obj, const std::string& pointer, const char* key, int minCount,
                              int maxCount, bool required) {
    QStringList out;
    array(
        obj, pointer, key, minCount, maxCount,
        [&](const Json& el, const std::string& p, int) {
            if (auto s = textValue(el, p, kMaxText))
                out << *s;
        },
        required);
    return out;
}

} // namespace rollguide
