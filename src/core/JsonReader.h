// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "PlainText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace rollguide {

using Json = nlohmann::json;

/// Parses bytes that passed checkJsonBytes(). On a syntax error returns nullopt and appends an
/// error with line and column.
std::optional<Json> parseJson(const QByteArray& bytes, QList<LoadError>& errors);

/// checkJsonBytes() then parseJson(): the one way untrusted bytes become JSON. Appends the first
/// problem to `errors` and returns nullopt when there is one.
std::optional<Json> parseCheckedJson(const QByteArray& bytes, qint64 maxBytes, int maxDepth,
                                     QList<LoadError>& errors);

/// Strict, typed access to a parsed JSON document. Every failed check is recorded as a LoadError
/// whose `where` is the JSON pointer of the offending value (e.g. "/exercises/3/dose/amount").
class JsonReader {
public:
    explicit JsonReader(QList<LoadError>& errors)
        : m_errors(errors) {}

    static constexpr int kMaxText = 2000;
    static constexpr int kMaxName = 80;

    void error(const std::string& pointer, const QString& message);
    int errorCount() const { return int(m_errors.size()); }

    /// Checks that `value` is an object whose keys are all in `allowed`.
    bool object(const Json& value, const std::string& pointer,
                std::initializer_list<std::string_view> allowed);

    /// The member `key` of `obj`, or nullptr (reported when required).
    const Json* member(const Json& obj, const std::string& pointer, const char* key, bool required);

    std::optional<QString> text(const Json& obj, const std::string& pointer, const char* key,
                                int maxLength = kMaxText, bool required = true);
    /// A kebab-case identifier: [a-z0-9] words joined by single hyphens, at most 48 characters.
    std::optional<QString> identifier(const Json& obj, const std::string& pointer, const char* key);
    std::optional<int> integer(const Json& obj, const std::string& pointer, const char* key, int min, int max,
                               bool required = true);
    std::optional<bool> boolean(const Json& obj, const std::string& pointer, const char* key,
                                bool required = true);
    /// One of `allowed`.
    std::optional<QString> choice(const Json& obj, const std::string& pointer, const char* key,
                                  std::initializer_list<const char*> allowed, bool required = true);
    /// Walks an array member, calling `each(element, elementPointer, index)`. Returns false when missing
    /// (and required) or not an array or its size is outside [minCount, maxCount].
    bool array(const Json& obj, const std::string& pointer, const char* key, int minCount, int maxCount,
               const std::function<void(const Json&, const std::string&, int)>& each, bool required = true);
    /// An array of texts.
    QStringList texts(const Json& obj, const std::string& pointer, const char* key, int minCount,
                      int maxCount, bool required = true);

    static bool isIdentifier(const QString& s);
    static std::string child(const std::string& pointer, std::string_view key);
    static std::string child(const std::string& pointer, int index);

private:
    std::optional<QString> textValue(const Json& v, const std::string& pointer, int maxLength);

    QList<LoadError>& m_errors;
};

} // namespace rollguide
