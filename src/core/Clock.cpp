// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Clock.h"

#include <QDateTime>

namespace rollguide {

qint64 SteadyClock::wallMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

QTimeZone SteadyClock::timeZone() const {
    // Read each time, so a zone changed while the app runs is seen.
    return QTimeZone::systemTimeZone();
}

} // namespace rollguide
