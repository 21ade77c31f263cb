// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CheckInWidget.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollguide {

CheckInWidget::CheckInWidget(QWidget* parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_scaleHint(new QLabel(this))
    , m_grid(new QGridLayout) {
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    setQuestion(tr("How does your back feel right now?"));
    m_scaleHint->setTextFormat(Qt::PlainText);
    m_scaleHint->setWordWrap(true);
    m_scaleHint->setText(tr("0 = no tightness or pain, 10 = the worst you can imagine. Optional."));
    layout->addWidget(m_question);
    layout->addWidget(m_scaleHint);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(6);
    layout->addLayout(m_grid);
    setAccessibleName(tr("Check-in"));
}

void CheckInWidget::markChosen(QAbstractButton* b, bool chosen) {
    // The chosen number must stand out from across the room, in any palette: it takes the highlight
    // colour (a palette, not a style sheet, which would cost every button a style of its own).
    b->setChecked(chosen);
    QPalette p = palette();
    if (chosen) {
        p.setColor(QPalette::Button, p.color(QPalette::Highlight));
        p.setColor(QPalette::ButtonText, p.color(QPalette::HighlightedText));
    }
    b->setPalette(p);
    QFont f = b->font();
    f.setBold(chosen);
    b->setFont(f);
}

void CheckInWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (int row = 0; row < m_groups.size(); ++row)
            for (QAbstractButton* b : m_groups[row]->buttons())
                markChosen(b, b->isChecked());
}

void CheckInWidget::setQuestion(const QString& text) {
    m_question->setText(text);
}

void CheckInWidget::setRegions(const QList<Region>& regions) {
    if (regions == m_regions)
        return;
    m_regions = regions;
    Ratings kept;
    for (auto it = m_ratings.cbegin(); it != m_ratings.cend(); ++it)
        if (regions.contains(it.key()))
            kept.insert(it.key(), it.value());
    const bool changed = kept != m_ratings;
    m_ratings = kept;
    m_currentRow = 0;
    rebuild();
    if (changed)
        Q_EMIT ratingsChanged(m_ratings);
}

void CheckInWidget::setRatings(const Ratings& ratings) {
    Ratings kept;
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
        if (m_regions.contains(it.key()))
            kept.insert(it.key(), std::clamp(it.value(), 0, kMaxRating));
    if (kept == m_ratings)
        return;
    m_ratings = kept;
    for (int row = 0; row < m_regions.size(); ++row)
        for (QAbstractButton* b : m_groups[row]->buttons())
            markChosen(b, m_ratings.contains(m_regions[row]) &&
                              m_groups[row]->id(b) == m_ratings.value(m_regions[row]));
    Q_EMIT ratingsChanged(m_ratings);
}

void CheckInWidget::setScale(int buttonPx, int fontPx) {
    if (buttonPx == m_buttonPx && fontPx == m_fontPx)
        return;
    m_buttonPx = buttonPx;
    m_fontPx = fontPx;
    rebuild();
}

void CheckInWidget::rebuild() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    m_rowLabels.clear();
    QFont font = this->font();
    if (m_fontPx > 0)
        font.setPixelSize(m_fontPx);
    for (QLabel* l : {m_question, m_scaleHint}) {
        QFont f = font;
        f.setBold(l == m_question);
        l->setFont(f);
    }
    for (int row = 0; row < m_regions.size(); ++row) {
        const Region region = m_regions[row];
        auto* label = new QLabel(regionName(region), this);
        label->setTextFormat(Qt::PlainText);
        label->setFont(font);
        m_grid->addWidget(label, row, 0);
        m_rowLabels << label;
        auto* group = new QButtonGroup(this);
        group->setExclusive(false); // pressing the chosen number again clears the row
        for (int value = 0; value <= kMaxRating; ++value) {
            auto* b = new QPushButton(QString::number(value), this);
            b->setCheckable(true);
            b->setFocusPolicy(Qt::NoFocus);
            b->setFont(font);
            b->setMinimumSize(m_buttonPx, m_buttonPx);
            b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            b->setAccessibleName(tr("%1: %2 of 10").arg(regionName(region)).arg(value));
            group->addButton(b, value);
            if (m_ratings.contains(region) && m_ratings.value(region) == value)
                markChosen(b, true);
            m_grid->addWidget(b, row, value + 1);
        }
        connect(group, &QButtonGroup::idClicked, this, [this, region](int value) {
            rate(region, m_ratings.contains(region) && m_ratings.value(region) == value
                             ? std::nullopt
                             : std::optional<int>(value));
        });
        m_groups << group;
    }
    showCurrentRow();
}

void CheckInWidget::rate(Region region, std::optional<int> value) {
    const int row = int(m_regions.indexOf(region));
    if (row < 0)
        return;
    if (value)
        m_ratings.insert(region, *value);
    else
        m_ratings.remove(region);
    for (QAbstractButton* b : m_groups[row]->buttons())
        if (b->isChecked() != (value && m_groups[row]->id(b) == *value))
            markChosen(b, !b->isChecked());
    Q_EMIT ratingsChanged(m_ratings);
}

void CheckInWidget::showCurrentRow() {
    for (int row = 0; row < m_rowLabels.size(); ++row) {
        QFont f = m_rowLabels[row]->font();
        f.setUnderline(hasFocus() && row == m_currentRow);
        m_rowLabels[row]->setFont(f);
    }
}

void CheckInWidget::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    showCurrentRow();
}

void CheckInWidget::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    showCurrentRow();
}

void CheckInWidget::keyPressEvent(QKeyEvent* event) {
    if (m_regions.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const Region region = m_regions[std::clamp(m_currentRow, 0, int(m_regions.size()) - 1)];
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const int digit = key - Qt::Key_0;
        if (digit == 0 && m_lastOne.isValid() && m_lastOne.elapsed() < 1000 &&
            m_ratings.value(region, -1) == 1) {
            rate(region, 10);
            m_lastOne.invalidate();
        } else {
            rate(region, digit);
            if (digit == 1)
                m_lastOne.start();
            else
                m_lastOne.invalidate();
        }
        return;
    }
    switch (key) {
    case Qt::Key_Up:
        m_currentRow = std::max(0, m_currentRow - 1);
        showCurrentRow();
        return;
    case Qt::Key_Down:
        m_currentRow = std::min(int(m_regions.size()) - 1, m_currentRow + 1);
        showCurrentRow();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        rate(region, std::nullopt);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace rollguide
