// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "IllustrationView.h"
#include "CatalogLoader.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
constexpr qreal kCardPadding = 0.04; // of the picture's height
const QColor kCardFill(0xf7, 0xf9, 0xf9);
const QColor kCardBorder(0xd3, 0xda, 0xdd);

} // namespace

namespace {
// Loads `path` into `renderer`; the placeholder when it is empty, missing or not a valid, self-contained
// SVG. Returns the path actually loaded.
QString loadOrPlaceholder(QSvgRenderer& renderer, const QString& path) {
    if (loadIllustration(renderer, path))
        return path;
    if (!path.isEmpty())
        spdlog::warn("illustration {} cannot be drawn; showing the placeholder", path.toStdString());
    renderer.load(placeholderIllustrationPath());
    return placeholderIllustrationPath();
}

QSizeF pictureSize(const QSvgRenderer& renderer) {
    const QSizeF box = renderer.viewBoxF().size();
    return box.isEmpty() ? QSizeF(3, 2) : box;
}

// Screen readers announce the picture as a graphic with its alt text.
QAccessibleInterface* illustrationAccessible(const QString& className, QObject* object) {
    if (className == QLatin1String("rollguide::IllustrationView") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Graphic);
    return nullptr;
}
} // namespace

QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/data/icons/hicolor/%1x%1/apps/rollguide.png").arg(size),
                     QSize(size, size));
    return icon;
}

IllustrationView::IllustrationView(QWidget* parent)
    : QWidget(parent)
    , m_renderer(std::make_unique<QSvgRenderer>()) {
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(&illustrationAccessible);
        return true;
    }();
    Q_UNUSED(accessibleInstalled);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setIllustration({}, {});
}

IllustrationView::~IllustrationView() = default;

void IllustrationView::setIllustration(const QString& path, const QString& alt) {
    const QString description = alt.isEmpty() ? tr("No picture of this move yet.") : alt;
    setAccessibleName(description);
    setAccessibleDescription(description);
    setToolTip(alt);
    if (!m_shownPath.isEmpty() && (path == m_shownPath || (path.isEmpty() && showsPlaceholder())))
        return;
    m_shownPath = loadOrPlaceholder(*m_renderer, path);
    m_cache = QPixmap();
    update();
}

void IllustrationView::setExercise(const Exercise& exercise) {
    setIllustration(illustrationResourcePath(exercise), illustrationAltText(exercise));
}

QRectF IllustrationView::pictureRect() const {
    // Leave room for the card's padding around the fitted picture.
    const QSizeF size = pictureSize(*m_renderer);
    const qreal pad = 1 + kCardPadding * 2;
    const QRectF outer = fittedRect(QSizeF(size.width() + size.height() * (pad - 1), size.height() * pad),
                                    QRectF(rect()).adjusted(1, 1, -1, -1));
    const qreal inset = outer.height() * kCardPadding / pad;
    return outer.adjusted(inset, inset, -inset, -inset);
}

QSize IllustrationView::sizeHint() const {
    return {450, 300};
}

QSize IllustrationView::minimumSizeHint() const {
    return {48, 32};
}

void IllustrationView::paintEvent(QPaintEvent*) {
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_cache.size() != pixels || !qFuzzyCompare(m_cache.devicePixelRatio(), dpr)) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter p(&m_cache);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF picture = pictureRect();
        if (!picture.isEmpty()) {
            const qreal inset = picture.height() * kCardPadding;
            const QRectF card = picture.adjusted(-inset, -inset, inset, inset);
            p.setPen(QPen(kCardBorder, 1));
            p.setBrush(kCardFill);
            p.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), inset * 1.5, inset * 1.5);
            if (m_renderer->isValid())
                m_renderer->render(&p, picture);
        }
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
}

} // namespace rollguide
