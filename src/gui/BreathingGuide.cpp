// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "BreathingGuide.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace rollguide {

BreathingGuide::BreathingGuide(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Breathing guide"));
    // It repaints up to 30 times a second: paint its own background so the parent is not repainted too.
    setAttribute(Qt::WA_OpaquePaintEvent, true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QString BreathingGuide::label() const {
    switch (m_phase) {
    case Phase::Inhale:
        return tr("Breathe in");
    case Phase::Exhale:
        return tr("Breathe out");
    case Phase::None:
        break;
    }
    return m_idleText;
}

void BreathingGuide::setBreath(Phase phase, double progress, int number, int count) {
    progress = std::clamp(progress, 0.0, 1.0);
    const bool textChanged = phase != m_phase || number != m_number || count != m_count;
    if (!textChanged && std::abs(progress - m_progress) < 1e-4)
        return;
    m_phase = phase;
    m_progress = progress;
    m_number = number;
    m_count = count;
    if (textChanged)
        setAccessibleDescription(count > 0 ? tr("%1, breath %2 of %3").arg(label()).arg(number).arg(count)
                                           : label());
    update();
}

void BreathingGuide::setIdle(const QString& text) {
    if (m_phase == Phase::None && text == m_idleText)
        return;
    m_phase = Phase::None;
    m_idleText = text;
    m_progress = 0;
    m_count = 0;
    setAccessibleDescription(text);
    update();
}

void BreathingGuide::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(backgroundRole()));
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = QRectF(rect()).center();
    const double maxR = std::min(width(), height()) / 2.0 - 6;
    const double minR = maxR * 0.45;

    // Ease in and out so the circle moves like a breath, not like a machine.
    const double eased = 0.5 - 0.5 * std::cos(std::numbers::pi * m_progress);
    double fraction = 0.5;
    if (m_phase == Phase::Inhale)
        fraction = eased;
    else if (m_phase == Phase::Exhale)
        fraction = 1.0 - eased;
    const double r = minR + (maxR - minR) * fraction;

    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(m_phase == Phase::None ? 0.15f : 0.35f);
    p.setPen(QPen(accent, 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, maxR, maxR);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(centre, r, r);

    const QString main = label();
    QFont f = font();
    f.setBold(true);
    // Idle words ("Get into position") are longer than "Breathe in"; keep them inside the circle.
    f.setPixelSize(std::max(14, int(maxR * (m_phase == Phase::None ? 0.16 : 0.22))));
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF inner(centre.x() - maxR * 0.8, centre.y() - maxR * 0.5, 1.6 * maxR, maxR * 0.6);
    p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, main);
    if (m_count > 0) {
        f.setBold(false);
        f.setPixelSize(std::max(12, int(maxR * 0.14)));
        p.setFont(f);
        p.drawText(QRectF(centre.x() - maxR, centre.y() + maxR * 0.12, 2 * maxR, maxR * 0.3), Qt::AlignCenter,
                   tr("Breath %1 of %2").arg(m_number).arg(m_count));
    }
}

} // namespace rollguide
