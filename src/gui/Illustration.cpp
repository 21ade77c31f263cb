// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Illustration.h"
#include "CatalogLoader.h"

#include <QCoreApplication>
#include <QSvgRenderer>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::Illustration)
};
} // namespace

bool loadIllustration(QSvgRenderer& renderer, const QString& path) {
    // Read and checked here, not by QtSvg: a pipe must not block, and the drawing must not pull in
    // other files. The renderer gets only the bytes that passed.
    if (path.isEmpty())
        return false;
    const Result<QByteArray> svg = checkIllustrationFile(path);
    return svg && renderer.load(svg.value()) && renderer.isValid();
}

QString placeholderIllustrationPath() {
    return QStringLiteral(":/data/illustrations/placeholder.svg");
}

QString illustrationResourcePath(const Exercise& exercise) {
    const QString path = exercise.illustrationPath();
    return path.isEmpty() ? placeholderIllustrationPath() : path;
}

QString illustrationAltText(const Exercise& exercise) {
    return exercise.illustration ? exercise.illustration->alt
                                 : Text::tr("No picture of %1 yet.").arg(exercise.name);
}

QRectF fittedRect(const QSizeF& size, const QRectF& target) {
    if (size.isEmpty() || target.isEmpty())
        return {target.center(), QSizeF(0, 0)};
    QRectF r(QPointF(0, 0), size.scaled(target.size(), Qt::KeepAspectRatio));
    r.moveCenter(target.center());
    return r;
}

} // namespace rollguide
