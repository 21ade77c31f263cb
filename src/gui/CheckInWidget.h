// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "History.h"

#include <QElapsedTimer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;

namespace rollguide {

/// "How does your back feel right now?": one row per region, 0 (no tightness or pain) to 10 (the
/// worst imaginable), as large buttons. Optional: a row left alone is simply not recorded, and a
/// pressed number pressed again clears it.
///
/// Keys: Up and Down choose the row, 0 to 9 give the rating, 1 then 0 within a second gives 10,
/// Delete or Backspace clears the row.
class CheckInWidget : public QWidget {
    Q_OBJECT
public:
    explicit CheckInWidget(QWidget* parent = nullptr);

    /// The regions to ask about; ratings for other regions are dropped.
    void setRegions(const QList<Region>& regions);
    const QList<Region>& regions() const { return m_regions; }
    Ratings ratings() const { return m_ratings; }
    void setRatings(const Ratings& ratings);
    void clear() { setRatings({}); }
    /// Scales the buttons and texts (the finish screen is read from the floor).
    void setScale(int buttonPx, int fontPx);
    /// The question shown above the rows.
    void setQuestion(const QString& text);

Q_SIGNALS:
    void ratingsChanged(const rollguide::Ratings& ratings);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rate(Region r, std::optional<int> value);
    void showCurrentRow();
    void markChosen(QAbstractButton* b, bool chosen);

    QLabel* m_question;
    QLabel* m_scaleHint;
    QGridLayout* m_grid;
    QList<Region> m_regions;
    QList<QButtonGroup*> m_groups;
    QList<QLabel*> m_rowLabels;
    Ratings m_ratings;
    int m_currentRow = 0;
    int m_buttonPx = 40, m_fontPx = 0;
    QElapsedTimer m_lastOne; ///< When "1" was typed, to read "1" "0" as 10.
};

} // namespace rollguide
