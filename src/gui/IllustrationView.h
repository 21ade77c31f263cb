// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Illustration.h"

#include <QPixmap>
#include <QWidget>

#include <memory>

class QIcon;
class QSvgRenderer;

namespace rollguide {

/// RollGuide's icon, from the compiled-in SVG and PNG sizes.
QIcon applicationIcon();

/// One exercise picture at any size with its aspect ratio kept (QSvgWidget on Qt 6.4 would stretch
/// it), on a light card so the dark figure also reads in a dark theme. A missing or invalid file shows
/// the neutral placeholder instead, never a broken image. Screen readers get the alt text as the
/// accessible name and description, with the role of a graphic.
class IllustrationView : public QWidget {
    Q_OBJECT
public:
    explicit IllustrationView(QWidget* parent = nullptr);
    ~IllustrationView() override;

    /// Shows the SVG at `path` (the placeholder when empty or not valid SVG), described by `alt`.
    void setIllustration(const QString& path, const QString& alt);
    /// Shows `exercise`'s picture, or the placeholder.
    void setExercise(const Exercise& exercise);

    /// The file being drawn: the placeholder's path when it stands in.
    QString shownPath() const { return m_shownPath; }
    bool showsPlaceholder() const { return m_shownPath == placeholderIllustrationPath(); }
    /// Where the picture is painted inside the widget (the card around it adds a small margin).
    QRectF pictureRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<QSvgRenderer> m_renderer;
    QString m_shownPath;
    QPixmap m_cache; ///< The card rendered at the current size; rebuilt when the size or picture changes.
};

} // namespace rollguide
