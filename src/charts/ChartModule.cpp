// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The chart module: the History tab's trends chart, with Qt Charts. A plugin, so that only opening a
// chart loads Qt Charts.
#include "TrendChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QObject>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace rollguide {

namespace {

class ChartView final : public TrendChart {
public:
    explicit ChartView(QWidget* parent)
        : m_view(new QChartView(parent)) {
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(220);
    }
    QWidget* widget() override { return m_view; }
    int pointCount() const override { return m_points; }

    void setData(const TrendData& data) override {
        auto* chart = new QChart;
        chart->setTitle(data.title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setTheme(m_view->palette().color(QPalette::Window).lightness() < 128
                            ? QChart::ChartThemeDark
                            : QChart::ChartThemeLight);
        chart->setBackgroundRoundness(0);
        auto* time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("d MMM"));
        time->setTitleText(data.timeAxisTitle);
        auto* rating = new QValueAxis;
        rating->setRange(0, 10);
        rating->setTickCount(6);
        rating->setLabelFormat(QStringLiteral("%d"));
        rating->setTitleText(data.ratingAxisTitle);
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(rating, Qt::AlignLeft);
        m_points = 0;
        QDateTime first, last;
        auto* counts = new QScatterSeries;
        counts->setName(data.countsName);
        counts->setMarkerSize(11);
        counts->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        counts->setColor(QColor(0xe8, 0x91, 0x2d)); // orange: apart from both lines, in light and dark
        counts->setBorderColor(counts->color().darker(130));
        const QPalette pal = m_view->palette();
        const auto line = [&](const QList<TrendPoint>& points, const QString& name, Qt::PenStyle style,
                              const QColor& colour) {
            auto* series = new QLineSeries;
            series->setName(name);
            series->setPointsVisible(points.size() <= 120);
            // Told apart by colour and width: a dashed pen costs Qt's stroker about a millisecond a point.
            QPen pen(colour);
            pen.setWidth(style == Qt::SolidLine ? 3 : 2);
            series->setPen(pen);
            for (const TrendPoint& p : points) {
                series->append(double(p.when.toMSecsSinceEpoch()), p.rating);
                if (p.counts)
                    counts->append(double(p.when.toMSecsSinceEpoch()), p.rating);
                if (!first.isValid() || p.when < first)
                    first = p.when;
                if (!last.isValid() || p.when > last)
                    last = p.when;
                ++m_points;
            }
            chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(rating);
        };
        line(data.before, data.beforeName, Qt::DotLine, pal.color(QPalette::Mid));
        line(data.after, data.afterName, Qt::SolidLine, pal.color(QPalette::Highlight));
        chart->addSeries(counts);
        counts->attachAxis(time);
        counts->attachAxis(rating);
        if (first.isValid()) {
            const QDateTime from = first.addDays(-1), to = last.addDays(1);
            time->setRange(from, to);
            time->setTickCount(int(std::clamp<qint64>(from.daysTo(to) + 1, 2, 7)));
        }
        QChart* old = m_view->chart();
        m_view->setChart(chart);
        delete old;
    }

private:
    QChartView* m_view;
    int m_points = 0;
};

class ChartModule final : public QObject, public TrendChartFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RollGuideTrendChartFactory_iid)
    Q_INTERFACES(rollguide::TrendChartFactory)
public:
    TrendChart* createTrendChart(QWidget* parent) override { return new ChartView(parent); }
};

} // namespace

} // namespace rollguide

#include "ChartModule.moc"
