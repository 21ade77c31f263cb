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
/// Startup phases marked before it are logged then.
void setupLogging(spdlog::level::level_enum level);

/// The startup timeline: notes that `phase` is done, with the milliseconds since the process began.
/// At --log-level debug each phase is a line "startup: 123.4 ms  <phase>", so anyone can see where
/// launch time goes. Marks made before setupLogging() are kept and logged by it.
void markStartup(const char* phase);

} // namespace rollguide
