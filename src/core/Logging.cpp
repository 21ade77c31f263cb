// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Logging.h"
#include "PlainText.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QFile>

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <ctime>
#include <unistd.h>

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

// ---- The startup timeline ----------------------------------------------------------------------------

/// When the process began, on CLOCK_BOOTTIME in ms: /proc/self/stat's start time (field 22, in clock
/// ticks since boot). The kernel counts it in ticks (10 ms), so the first mark is that coarse; the gaps
/// between marks are exact.
double processStartMs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = fields[19].toDouble(); // field 22 of the whole line
    return ticks * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

double bootTimeMs() {
    timespec ts{};
    ::clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Timeline {
    std::mutex mutex;
    double startMs = processStartMs();
    bool loggingReady = false;
    std::vector<std::pair<double, std::string>> pending;
};

Timeline& timeline() {
    static Timeline t;
    return t;
}

void logMark(double ms, const std::string& phase) {
    spdlog::debug("startup: {:7.1f} ms  {}", ms, phase);
}

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

    Timeline& t = timeline();
    const std::lock_guard lock(t.mutex);
    t.loggingReady = true;
    for (const auto& [ms, phase] : t.pending)
        logMark(ms, phase);
    t.pending.clear();
}

void markStartup(const char* phase) {
    Timeline& t = timeline();
    const double ms = t.startMs >= 0 ? bootTimeMs() - t.startMs : -1;
    const std::lock_guard lock(t.mutex);
    if (t.loggingReady)
        logMark(ms, phase);
    else
        t.pending.emplace_back(ms, phase);
}

} // namespace rollguide
