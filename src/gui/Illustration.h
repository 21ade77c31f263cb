// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

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
/// be used; the renderer is then left as it was. The one way RollGuide loads a picture: the views and
/// the printed sheet both use it.
bool loadIllustration(QSvgRenderer& renderer, const QString& path);
/// The part of `target` that a picture of `size` fills when scaled to fit, aspect ratio kept, centred.
QRectF fittedRect(const QSizeF& size, const QRectF& target);

} // namespace rollguide
