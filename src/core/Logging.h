// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

#include <spdlog/common.h>

namespace rollguide {

/// Parses a --log-level value: trace, debug, info, warn, error, critical or off.
std::optional<spdlog::level::level_enum> parseLogLevel(const QString& name);

/// Sends spdlog's default logger to stderr at `level`, and routes Qt's own messages through it.
void setupLogging(spdlog::level::level_enum level);

} // namespace rollguide
