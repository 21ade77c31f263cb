// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QStaticText>
#include <QWidget>

namespace rollguide {

/// A circle that grows on the inhale and shrinks on the exhale, with "Breathe in" / "Breathe out"
/// and "Breath n of N" in it. It paints only what it is told: the player's breath phase and progress.
class BreathingGuide : public QWidget {
    Q_OBJECT
public:
    enum class Phase { None, Inhale, Exhale };

    explicit BreathingGuide(QWidget* parent = nullptr);

    /// `progress` runs 0..1 through the phase; `count` 0 hides "Breath n of N".
    void setBreath(Phase phase, double progress, int number, int count);
    /// No breathing to guide: a calm, still circle with `text` in it (may be empty).
    void setIdle(const QString& text);

    Phase phase() const { return m_phase; }
    double progress() const { return m_progress; }
    QString label() const;

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The circle's geometry at the widget's size.
    struct Geometry {
        QPointF centre;
        double maxR, minR;
    };
    Geometry geometry() const;
    /// The moving circle's radius for the current phase and progress, in pixels.
    double radius() const;
    /// What does not move between frames: the background, the ring and the words, drawn once per
    /// size, palette and text into m_still; a frame is that picture and one opaque circle over it.
    void drawStill();

    Phase m_phase = Phase::None;
    double m_progress = 0;
    int m_number = 0, m_count = 0;
    QString m_idleText;
    QPixmap m_still; // the background and the ring
    bool m_stillValid = false;
    QStaticText m_mainWords, m_countWords;
    bool m_wordsValid = false;
    double m_paintedRadius = -1; // the radius last painted; a change under a quarter pixel is not painted
};

} // namespace rollguide
