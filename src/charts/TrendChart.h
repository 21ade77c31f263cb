// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <optional>

class QWidget;

namespace rollguide {

/// One rating on the trends chart.
struct TrendPoint {
    QDateTime when;
    int rating = 0;
    bool counts = false; ///< A change that counts from where the person started (the chart marks it).
};

/// The before and after ratings of one region over time.
struct TrendData {
    QString title;         ///< "Lower back"
    QString beforeName;    ///< Legend: "Before the session"
    QString afterName;     ///< Legend: "After the session"
    QString countsName;    ///< Legend: "A change that counts (2 points or 30%)"
    QString timeAxisTitle; ///< "Date"
    QString ratingAxisTitle;
    QList<TrendPoint> before, after;
};

/// The trends chart (Qt Charts), in the chart module: a plugin loaded when the History tab first shows
/// a chart, so that a launch does not load Qt Charts and the OpenGL libraries it needs.
class TrendChart {
public:
    virtual ~TrendChart() = default;
    /// The chart view, owned by the parent given to createTrendChart().
    virtual QWidget* widget() = 0;
    virtual void setData(const TrendData& data) = 0;
    /// The points drawn, in every series (for tests and for screen readers).
    virtual int pointCount() const = 0;
};

/// The chart module's root object.
class TrendChartFactory {
public:
    virtual ~TrendChartFactory() = default;
    virtual TrendChart* createTrendChart(QWidget* parent) = 0;
};

} // namespace rollguide

#define RollGuideTrendChartFactory_iid "io.github.rollguide.RollGuide.TrendChartFactory/1"
Q_DECLARE_INTERFACE(rollguide::TrendChartFactory, RollGuideTrendChartFactory_iid)
