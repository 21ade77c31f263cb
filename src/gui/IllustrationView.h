// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QPixmap>
#include <QWidget>

#include <memory>

class QIcon;
class QPainter;
class QSvgRenderer;

namespace rollguide {

/// The neutral picture for a move without one, or whose file cannot be drawn.
QString placeholderIllustrationPath();
/// The picture file to show for `exercise`: its resolved illustration (Illustration::path), or the
/// placeholder when it has none.
QString illustrationResourcePath(const Exercise& exercise);
/// The text alternative for `exercise`'s picture: its alt text, or a line saying there is no picture.
QString illustrationAltText(const Exercise& exercise);
/// Loads the SVG at `path` (a file or a resource) into `renderer`, after reading it as a regular file
/// and checking that it refers to nothing outside itself (checkIllustrationFile()). False when it cannot
/// be used; the renderer is then left as it was.
bool loadIllustration(QSvgRenderer& renderer, const QString& path);
/// The part of `target` that a picture of `size` fills when scaled to fit, aspect ratio kept, centred.
QRectF fittedRect(const QSizeF& size, const QRectF& target);
/// Paints the SVG at `path` into `target` with QSvgRenderer, fitted with its aspect ratio kept and
/// centred, so it stays vector on any paint device (a printer too). A file that is missing or not
/// valid SVG is replaced by the placeholder; then it returns false.
bool renderIllustrationFile(QPainter* painter, const QRectF& target, const QString& path);
/// Paints `exercise`'s picture (or the placeholder) into `target`; see renderIllustrationFile().
bool renderIllustration(QPainter* painter, const QRectF& target, const Exercise& exercise);
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
