// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Logging.h"
#include "PlainText.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>

namespace rollguide {

std::optional<spdlog::level::level_enum> parseLogLevel(const QString& name) {
    static const char* const names[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
    for (int i = 0; i < 7; ++i)
        if (name == QLatin1String(names[i]))
            return spdlog::level::level_enum(i);
    return std::nullopt;
}

namespace {
/// Keeps every log line a line of its own: text from files (a routine's name, a path) may hold control
/// characters, line separators or bidi overrides. A line break inside a message is indented, so it
/// cannot pass for a log line of its own; the rest becomes a space (plainLine()).
class PlainTextSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit PlainTextSink(std::shared_ptr<spdlog::sinks::sink> inner)
        : m_inner(std::move(inner)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        const QString text = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        QStringList lines = text.split(u'\n');
        for (QString& line : lines)
            line = plainLine(line);
        const std::string clean = lines.join(QStringLiteral("\n    ")).toStdString();
        spdlog::details::log_msg copy = msg;
        copy.payload = clean;
        m_inner->log(copy);
    }
    void flush_() override { m_inner->flush(); }
    void set_pattern_(const std::string& pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter_(std::unique_ptr<spdlog::formatter> f) override {
        m_inner->set_formatter(std::move(f));
    }

private:
    std::shared_ptr<spdlog::sinks::sink> m_inner;
};

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}
} // namespace

void setupLogging(spdlog::level::level_enum level) {
    auto logger = spdlog::get("rollguide");
    if (!logger) {
        auto sink = std::make_shared<PlainTextSink>(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
        logger = std::make_shared<spdlog::logger>("rollguide", sink);
        spdlog::register_logger(logger);
    }
    logger->set_pattern("%H:%M:%S.%e %^%l%$ %v");
    logger->set_level(level);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace rollguide
