// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "BreathingGuide.h"

#include <QEvent>
#include <QPainter>

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
    if (textChanged) {
        setAccessibleDescription(count > 0 ? tr("%1, breath %2 of %3").arg(label()).arg(number).arg(count)
                                           : label());
        m_wordsValid = false;
        update();
        return;
    }
    // A frame is worth painting only when the circle moves visibly: near the turn of a breath it
    // hardly moves, and antialiasing shows a quarter pixel.
    if (std::abs(radius() - m_paintedRadius) >= 0.25)
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
    m_wordsValid = false;
    update();
}

BreathingGuide::Geometry BreathingGuide::geometry() const {
    const double maxR = std::min(width(), height()) / 2.0 - 6;
    return {QRectF(rect()).center(), maxR, maxR * 0.45};
}

double BreathingGuide::radius() const {
    const Geometry g = geometry();
    // Ease in and out so the circle moves like a breath, not like a machine.
    const double eased = 0.5 - 0.5 * std::cos(std::numbers::pi * m_progress);
    double fraction = 0.5;
    if (m_phase == Phase::Inhale)
        fraction = eased;
    else if (m_phase == Phase::Exhale)
        fraction = 1.0 - eased;
    return g.minR + (g.maxR - g.minR) * fraction;
}

void BreathingGuide::resizeEvent(QResizeEvent* event) {
    m_stillValid = m_wordsValid = false;
    QWidget::resizeEvent(event);
}

void BreathingGuide::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        m_stillValid = m_wordsValid = false;
    QWidget::changeEvent(event);
}

void BreathingGuide::drawStill() {
    const qreal dpr = devicePixelRatioF();
    m_still = QPixmap((QSizeF(size()) * dpr).toSize());
    m_still.setDevicePixelRatio(dpr);
    m_still.fill(palette().color(backgroundRole()));
    QPainter p(&m_still);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    p.setPen(QPen(palette().color(QPalette::Highlight), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(g.centre, g.maxR, g.maxR);
    m_stillValid = true;
}

void BreathingGuide::paintEvent(QPaintEvent*) {
    if (!m_stillValid)
        drawStill();
    const Geometry g = geometry();
    QPainter p(this);
    p.drawPixmap(0, 0, m_still);

    // The circle is opaque, in the colour the highlight would have at 35 % (15 % when idle) over the
    // background: the same look as a translucent fill, without blending every pixel of it. It stays
    // inside the ring's stroke so the ring is never covered.
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor base = palette().color(backgroundRole());
    const double alpha = m_phase == Phase::None ? 0.15 : 0.35;
    const auto mix = [alpha](int over, int under) {
        return int(std::lround(over * alpha + under * (1 - alpha)));
    };
    const QColor fill(mix(accent.red(), base.red()), mix(accent.green(), base.green()),
                      mix(accent.blue(), base.blue()));
    const double r = std::min(radius(), g.maxR - 1.5);
    m_paintedRadius = radius();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(g.centre, r, r);

    // The words are laid out once per text and size (QStaticText), then only drawn.
    QFont f = font();
    f.setBold(true);
    // Idle words ("Get into position") are longer than "Breathe in"; keep them inside the circle.
    f.setPixelSize(std::max(14, int(g.maxR * (m_phase == Phase::None ? 0.16 : 0.22))));
    QFont small = f;
    small.setBold(false);
    small.setPixelSize(std::max(12, int(g.maxR * 0.14)));
    const QRectF inner(g.centre.x() - g.maxR * 0.8, g.centre.y() - g.maxR * 0.5, 1.6 * g.maxR, g.maxR * 0.6);
    const QRectF below(g.centre.x() - g.maxR, g.centre.y() + g.maxR * 0.12, 2 * g.maxR, g.maxR * 0.3);
    if (!m_wordsValid) {
        QTextOption centred(Qt::AlignHCenter);
        centred.setWrapMode(QTextOption::WordWrap);
        m_mainWords = QStaticText(label());
        m_mainWords.setTextFormat(Qt::PlainText);
        m_mainWords.setTextOption(centred);
        m_mainWords.setTextWidth(inner.width());
        m_mainWords.prepare(QTransform(), f);
        m_countWords =
            QStaticText(m_count > 0 ? tr("Breath %1 of %2").arg(m_number).arg(m_count) : QString());
        m_countWords.setTextFormat(Qt::PlainText);
        m_countWords.setTextOption(centred);
        m_countWords.setTextWidth(below.width());
        m_countWords.prepare(QTransform(), small);
        m_wordsValid = true;
    }
    p.setPen(palette().color(QPalette::WindowText));
    const auto drawCentred = [&p](const QStaticText& words, const QFont& font, const QRectF& box) {
        p.setFont(font);
        const QSizeF s = words.size();
        p.drawStaticText(QPointF(box.left(), box.center().y() - s.height() / 2), words);
    };
    drawCentred(m_mainWords, f, inner);
    if (m_count > 0)
        drawCentred(m_countWords, small, below);
}

} // namespace rollguide
