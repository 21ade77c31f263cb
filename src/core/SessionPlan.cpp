// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SessionPlan.h"

#include <QCoreApplication>

#include <algorithm>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SessionPlan)
};
} // namespace

QString segmentKindKey(SegmentKind k) {
    switch (k) {
    case SegmentKind::Prepare:
        return QStringLiteral("prepare");
    case SegmentKind::Roll:
        return QStringLiteral("roll");
    case SegmentKind::Hold:
        return QStringLiteral("hold");
    case SegmentKind::Reps:
        return QStringLiteral("reps");
    case SegmentKind::SwitchSide:
        return QStringLiteral("switch-side");
    case SegmentKind::Rest:
        return QStringLiteral("rest");
    case SegmentKind::Finish:
        return QStringLiteral("finish");
    }
    return {};
}

bool isWorkingKind(SegmentKind k) {
    return k == SegmentKind::Roll || k == SegmentKind::Hold || k == SegmentKind::Reps;
}

QString sideName(Side s) {
    switch (s) {
    case Side::None:
        return {};
    case Side::Left:
        return Text::tr("left side");
    case Side::Right:
        return Text::tr("right side");
    }
    return {};
}

QString SessionPlan::nextUp(int index) const {
    const int next = index + 1;
    if (index < 0 || next >= segments.size())
        return {};
    const Segment& s = segments[next];
    switch (s.kind) {
    case SegmentKind::SwitchSide:
        return Text::tr("Next: switch to your %1").arg(sideName(s.side));
    case SegmentKind::Rest:
        return Text::tr("Next: rest");
    case SegmentKind::Finish:
        return Text::tr("Next: finish");
    case SegmentKind::Prepare:
    case SegmentKind::Roll:
    case SegmentKind::Hold:
    case SegmentKind::Reps:
        break;
    }
    QString text = Text::tr("Next: %1").arg(s.exerciseName);
    if (s.side != Side::None)
        text = Text::tr("%1, %2").arg(text, sideName(s.side));
    if (s.setCount > 1 && s.kind != SegmentKind::Prepare)
        text = Text::tr("%1, set %2 of %3").arg(text).arg(s.set).arg(s.setCount);
    return text;
}

int SessionPlan::indexAt(qint64 ms) const {
    if (segments.isEmpty())
        return -1;
    // The first segment that ends after `ms`; zero-length segments are passed at their start.
    auto it = std::upper_bound(segments.begin(), segments.end(), ms,
                               [](qint64 t, const Segment& s) { return t < s.endMs(); });
    return it == segments.end() ? int(segments.size()) - 1 : int(it - segments.begin());
}

QString formatMinutesSeconds(qint64 ms) {
    const qint64 seconds = (std::max<qint64>(ms, 0) + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace rollguide
