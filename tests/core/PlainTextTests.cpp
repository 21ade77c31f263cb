// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "JsonReader.h"
#include "Logging.h"
#include "PlainText.h"
#include "TestUtil.h"

#include <QTemporaryFile>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <unistd.h>

using namespace rollguide;

TEST_CASE("Text leaving RollGuide on one line loses controls, separators and bidi overrides", "[text]") {
    const QString hostile = QStringLiteral("A") + QChar(0x07) + QChar(0x1b) + QStringLiteral("[31mB") +
                            QChar(0) + QChar(0x2028) + QStringLiteral("C") + QChar(0x202e) +
                            QStringLiteral("D") + QChar(0x2066) + QChar(0x85) + QStringLiteral("\tE\n");
    const QString plain = plainLine(hostile);
    CHECK(plain == QStringLiteral("A  [31mB  C D  \u0020E "));
    for (const QChar c : plain)
        CHECK((c.unicode() >= 0x20 && c.unicode() != 0x7f));
    CHECK(plainLine(QStringLiteral("Rücken – ça va 👍🏽")) ==
          QStringLiteral("Rücken – ça va 👍🏽"));
}

TEST_CASE("File names from the disk are shown with escapes for what cannot be shown", "[text]") {
    CHECK(printableFileName("caf\xc3\xa9.json") == QStringLiteral("café.json"));
    CHECK(printableFileName("caf\xe9.json") == QStringLiteral("caf\\xe9.json"));
    CHECK(printableFileName("a\tb\nc\x1b.json") == QStringLiteral("a\\tb\\nc\\x1b.json"));
}

TEST_CASE("Names are counted as a person sees them", "[text]") {
    QString emoji;
    for (int i = 0; i < 41; ++i)
        emoji += QStringLiteral("👍🏽");
    CHECK(emoji.size() == 164); // UTF-16 units
    CHECK(visibleLength(emoji) == 41);
    CHECK(visibleLength(QStringLiteral("e\u0301")) == 1);

    QList<LoadError> errors;
    JsonReader r(errors);
    const Json ok = Json::parse("{\"name\": \"" + emoji.toStdString() + "\"}");
    CHECK(r.text(ok, "", "name", JsonReader::kMaxName) == emoji);
    CHECK(errors.isEmpty());
    const Json tooLong = Json::parse("{\"name\": \"" + (emoji + emoji).toStdString() + "\"}");
    CHECK_FALSE(r.text(tooLong, "", "name", JsonReader::kMaxName));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].toString() ==
          QStringLiteral("/name: text is 82 characters long; at most 80 are allowed"));
}

TEST_CASE("5.0 and 5e0 are the whole number 5: 5.5 is not, and says so as typed", "[text][json]") {
    QList<LoadError> errors;
    JsonReader r(errors);
    CHECK(r.integer(Json::parse(R"({"n": 5.0})"), "", "n", 1, 10) == 5);
    CHECK(r.integer(Json::parse(R"({"n": 5e0})"), "", "n", 1, 10) == 5);
    CHECK(r.integer(Json::parse(R"({"n": 50e-1})"), "", "n", 1, 10) == 5);
    CHECK(errors.isEmpty());
    CHECK_FALSE(r.integer(Json::parse(R"({"n": 5.5})"), "", "n", 1, 10));
    CHECK_FALSE(r.integer(Json::parse(R"({"n": 2e1})"), "", "n", 1, 10));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toString() ==
          QStringLiteral("/n: expected a whole number from 1 to 10, found the number 5.5"));
    CHECK(errors[1].toString() ==
          QStringLiteral("/n: expected a whole number from 1 to 10, found the number 20.0"));
}

TEST_CASE("Log lines stay lines: text from files cannot break or reorder them", "[text][log]") {
    QTemporaryFile capture;
    REQUIRE(capture.open());
    std::fflush(stderr);
    const int saved = ::dup(2);
    REQUIRE(::dup2(capture.handle(), 2) == 2);
    setupLogging(spdlog::level::info);
    const std::string name = QStringLiteral("Evil\u2028name\u202e\x07\ninfo fake line").toStdString();
    spdlog::info("routine: {}", name);
    spdlog::default_logger()->flush();
    ::dup2(saved, 2);
    ::close(saved);
    setupLogging(spdlog::level::off);

    const QByteArray written = readFileBytes(capture.fileName());
    INFO(written.toStdString());
    CHECK(written.contains("routine: Evil name  \n    info fake line\n"));
    CHECK_FALSE(written.contains("\xe2\x80\xa8"));
    CHECK_FALSE(written.contains("\xe2\x80\xae"));
    CHECK_FALSE(written.contains('\x07'));
}
