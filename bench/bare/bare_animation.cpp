// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The floor for an animation: a 300x300 widget whose circle grows and shrinks over a 4 s breath,
// repainted whole by a 16 ms timer (about 60 frames a second).
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cmath>
#include <numbers>

namespace {
class Circle : public QWidget {
public:
    Circle() {
        setFixedSize(300, 300);
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
        m_timer.start(16);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        const double t = double(m_clock.elapsed()) / 1000.0;
        const double r = 60 + 60 * (0.5 + 0.5 * std::sin(t * 2 * std::numbers::pi / 4.0));
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), QColor(20, 24, 32));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(90, 170, 230));
        p.drawEllipse(QPointF(150, 150), r, r);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
};
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare animation"));
    window.setCentralWidget(new Circle);
    window.show();
    return QApplication::exec();
}
