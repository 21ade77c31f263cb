// SPDX-License-Identifier: MIT
#include "Logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace rollguide {

std::optional<spdlog::level::level_enum> parseLogLevel(const QString& name)
{
    static const char* const names[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
    for (int i = 0; i < 7; ++i)
        if (name == QLatin1String(names[i]))
            return spdlog::level::level_enum(i);
    return std::nullopt;
}

namespace {
void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}
} // namespace

void setupLogging(spdlog::level::level_enum level)
{
    auto logger = spdlog::get("rollguide");
    if (!logger)
        logger = spdlog::stderr_color_mt("rollguide");
    logger->set_pattern("%H:%M:%S.%e %^%l%$ %v");
    logger->set_level(level);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace rollguide
