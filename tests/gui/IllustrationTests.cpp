// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The pictures of the moves: every bundled SVG draws, keeps its shape, and shows where a person looks.
#include "CatalogBrowser.h"
#include "CatalogLoader.h"
#include "CuePlayer.h"
#include "GuiTestUtil.h"
#include "IllustrationView.h"
#include "PlayerWidget.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"
#include "SessionSetup.h"

#include <QAccessible>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QXmlStreamReader>

using namespace rollguide;

namespace {
const Catalog& bundled() {
    static const CatalogLoadResult r = loadCatalogFile(Catalog::bundledPath());
    REQUIRE(r.ok());
    return *r.catalog;
}

QStringList bundledPictures() {
    const QDir dir(QStringLiteral(":/data/illustrations"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.svg")}, QDir::Files))
        paths << dir.filePath(name);
    return paths;
}

int paintedPixels(const QImage& image, const QRect& area) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

QImage transparentImage(const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

double aspect(const QRectF& r) {
    return r.width() / r.height();
}

// Runs the layouts that showing and hiding widgets asked for, so geometries are current.
void settleLayouts() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

QString accessibleText(QWidget* w, QAccessible::Text t) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    REQUIRE(iface);
    return iface->text(t);
}
} // namespace

TEST_CASE("Every bundled illustration is a valid, non-empty 3:2 drawing at any size", "[gui][illustration]") {
    const QStringList pictures = bundledPictures();
    REQUIRE(pictures.size() == bundled().exercises.size() + 1); // one per move, plus the placeholder
    for (const QString& path : pictures) {
        INFO("picture " << path.toStdString());
        QSvgRenderer renderer(path);
        REQUIRE(renderer.isValid());
        const QRectF box = renderer.viewBoxF();
        CHECK(box.width() * 2 == Approx(box.height() * 3));
        for (const QSize size : {QSize(600, 400), QSize(96, 64)}) {
            INFO("rendered at " << size.width() << "x" << size.height());
            QImage image = transparentImage(size);
            QPainter p(&image);
            renderer.render(&p);
            p.end();
            const double share = double(paintedPixels(image, image.rect())) / (size.width() * size.height());
            CHECK(share > 0.02); // a figure, not a blank or a speck
            CHECK(share < 0.6);  // a drawing, not a filled block
        }
    }
}

TEST_CASE("Every bundled illustration keeps to SVG Tiny 1.2 and the house palette", "[gui][illustration]") {
    const QSet<QString> elements{
        QStringLiteral("svg"),     QStringLiteral("g"),       QStringLiteral("path"),
        QStringLiteral("circle"),  QStringLiteral("ellipse"), QStringLiteral("rect"),
        QStringLiteral("polygon"), QStringLiteral("line"),    QStringLiteral("polyline")};
    // Floor, figure, far limbs, ghost pose, roller, roller rim, arrows, placeholder, separating halo.
    const QSet<QString> colours{QStringLiteral("#5b6770"), QStringLiteral("#1f2a33"),
                                QStringLiteral("#4f5d68"), QStringLiteral("#9aa6ae"),
                                QStringLiteral("#2f8f83"), QStringLiteral("#1d5f57"),
                                QStringLiteral("#d9822b"), QStringLiteral("#c3cbd1"),
                                QStringLiteral("#ffffff"), QStringLiteral("none")};
    for (const QString& path : bundledPictures()) {
        INFO("picture " << path.toStdString());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            INFO("element <" << name.toStdString() << "> at line " << xml.lineNumber());
            CHECK(elements.contains(name));
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("svg")) {
                CHECK(a.value(QLatin1String("version")) == QLatin1String("1.2"));
                CHECK(a.value(QLatin1String("baseProfile")) == QLatin1String("tiny"));
            }
            for (const char* key : {"fill", "stroke"})
                if (a.hasAttribute(QLatin1String(key)))
                    CHECK(colours.contains(a.value(QLatin1String(key)).toString()));
            CHECK_FALSE(
                a.hasAttribute(QLatin1String("style"))); // no CSS: Tiny 1.2 presentation attributes only
        }
        INFO(xml.errorString().toStdString());
        CHECK_FALSE(xml.hasError());
    }
}

TEST_CASE("A move's picture loads through the one checked loader, and is fitted with its shape kept",
          "[gui][illustration]") {
    const Exercise& e = bundled().exercises.first();
    CHECK(illustrationResourcePath(e) == e.illustration->path);
    QSvgRenderer renderer;
    REQUIRE(loadIllustration(renderer, illustrationResourcePath(e)));
    // A square target: the 3:2 picture fills its middle band and leaves the top and bottom clear.
    const QRectF fitted = fittedRect(renderer.viewBoxF().size(), QRectF(0, 0, 300, 300));
    CHECK(fitted == QRectF(0, 50, 300, 200));
    QImage image = transparentImage(QSize(300, 300));
    QPainter p(&image);
    renderer.render(&p, fitted);
    p.end();
    CHECK(paintedPixels(image, QRect(0, 0, 300, 50)) == 0);
    CHECK(paintedPixels(image, QRect(0, 250, 300, 50)) == 0);
    CHECK(paintedPixels(image, QRect(0, 50, 300, 200)) > 1000);

    SECTION("a move without a picture gets the placeholder, never a blank") {
        Exercise bare = e;
        bare.illustration.reset();
        CHECK(illustrationResourcePath(bare) == placeholderIllustrationPath());
        CHECK(illustrationAltText(bare).contains(e.name));
        IllustrationView view;
        view.setExercise(bare);
        view.resize(300, 200);
        CHECK(view.showsPlaceholder());
        const QImage shot = view.grab().toImage();
        CHECK(paintedPixels(shot, shot.rect()) > 500);
    }
    SECTION("a file that is not valid SVG is refused, and the renderer keeps what it had") {
        QSvgRenderer kept;
        REQUIRE(loadIllustration(kept, placeholderIllustrationPath()));
        const QRectF before = kept.viewBoxF();
        CHECK_FALSE(
            loadIllustration(kept, testData(QStringLiteral("illustrations/illustrations/not-xml.svg"))));
        CHECK_FALSE(loadIllustration(kept, testData(QStringLiteral("illustrations/illustrations/html.svg"))));
        CHECK_FALSE(loadIllustration(kept, QString()));
        CHECK(kept.isValid());
        CHECK(kept.viewBoxF() == before);
    }
}

TEST_CASE("An illustration view keeps the aspect ratio and speaks its alt text", "[gui][illustration]") {
    IllustrationView view;
    const Exercise& e = bundled().exercises.first();
    view.setExercise(e);
    CHECK(view.shownPath() == e.illustration->path);
    CHECK_FALSE(view.showsPlaceholder());
    CHECK(view.accessibleName() == e.illustration->alt);
    CHECK(view.accessibleDescription() == e.illustration->alt);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(accessibleText(&view, QAccessible::Name) == e.illustration->alt);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
    CHECK(iface->role() == QAccessible::Graphic);

    for (const QSize size : {QSize(900, 200), QSize(200, 700), QSize(450, 300), QSize(64, 64)}) {
        INFO("widget " << size.width() << "x" << size.height());
        view.resize(size);
        const QRectF picture = view.pictureRect();
        CHECK(aspect(picture) == Approx(1.5).epsilon(0.01));
        CHECK(QRectF(view.rect()).contains(picture));
        // The longer side is used up to the card's margin: the picture is as big as it can be.
        CHECK(std::max(picture.width() / size.width(), picture.height() / size.height()) > 0.85);
        const QImage shot = view.grab().toImage();
        CHECK(paintedPixels(shot, shot.rect()) > 0);
    }

    SECTION("missing and invalid files show the placeholder") {
        view.setIllustration(testData(QStringLiteral("illustrations/no-such.svg")), QStringLiteral("Alt"));
        CHECK(view.showsPlaceholder());
        CHECK(view.accessibleName() == QStringLiteral("Alt"));
        view.setIllustration(testData(QStringLiteral("illustrations/illustrations/html.svg")),
                             QStringLiteral("Alt"));
        CHECK(view.showsPlaceholder());
        view.setIllustration({}, {});
        CHECK(view.showsPlaceholder());
        CHECK(view.accessibleName().contains(QStringLiteral("No picture")));
    }
}

TEST_CASE("The catalog shows each move's picture above its text", "[gui][illustration][catalog]") {
    CatalogBrowser browser(bundled());
    browser.resize(1200, 700);
    browser.show();
    REQUIRE(QTest::qWaitForWindowExposed(&browser));
    auto* picture = child<IllustrationView>(&browser, "exerciseIllustration");
    auto* text = child<QWidget>(&browser, "detailView");
    for (const Exercise& e : bundled().exercises) {
        INFO("exercise " << e.id.toStdString());
        REQUIRE(browser.showExercise(e.id));
        settleLayouts();
        CHECK(picture->isVisible());
        CHECK(picture->shownPath() == e.illustration->path);
        CHECK(picture->accessibleName() == e.illustration->alt);
        CHECK(aspect(picture->pictureRect()) == Approx(1.5).epsilon(0.01));
        CHECK(picture->pictureRect().height() >= 140); // big enough to read from the floor
        CHECK(picture->geometry().bottom() < text->geometry().top());
    }
}

TEST_CASE("The player shows the picture large while getting ready, then small beside the countdown",
          "[gui][illustration][player]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({});
    const auto w = f.open();
    REQUIRE(child<SessionSetup>(w.get(), "sessionSetup")->selectRoutine(QStringLiteral("first-session")));
    QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
    auto* player = child<PlayerWidget>(w.get(), "playerWidget");
    REQUIRE(player->player());
    settleLayouts();
    const SessionPlan& plan = player->player()->plan();
    const Catalog& catalog = *w->catalog();

    auto* stack = child<QStackedWidget>(player, "visualStack");
    auto* large = child<IllustrationView>(player, "illustrationView");
    auto* thumb = child<IllustrationView>(player, "illustrationThumb");
    auto* countdown = child<QLabel>(player, "countdownLabel");
    const Exercise* first = catalog.exercise(plan.segments.first().exerciseId);
    REQUIRE(first);

    REQUIRE(player->player()->snapshot().segment->kind == SegmentKind::Prepare);
    CHECK(stack->currentWidget() == large);
    CHECK(large->shownPath() == first->illustration->path);
    CHECK(large->accessibleName() == first->illustration->alt);
    CHECK(large->pictureRect().height() > 250);
    CHECK_FALSE(thumb->isVisible());
    const int visualWidth = stack->width();

    f.clock.advance(plan.segments.first().durationMs);
    player->tick();
    settleLayouts();
    REQUIRE(isWorkingKind(player->player()->snapshot().segment->kind));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("breathingGuide"));
    CHECK(thumb->isVisible());
    CHECK(thumb->shownPath() == first->illustration->path);
    CHECK(thumb->accessibleName() == first->illustration->alt);
    CHECK(thumb->height() < countdown->height());
    CHECK_FALSE(thumb->geometry().intersects(countdown->geometry()));
    CHECK(aspect(thumb->pictureRect()) == Approx(1.5).epsilon(0.01));
    // The small thumbnail must not narrow the text column and shift the whole screen.
    CHECK(stack->width() == visualWidth);

    // The next move's prepare screen shows the next picture.
    const auto next = std::find_if(plan.segments.begin() + 1, plan.segments.end(),
                                   [](const Segment& s) { return s.kind == SegmentKind::Prepare; });
    REQUIRE(next != plan.segments.end());
    while (player->player()->snapshot().segmentIndex < int(next - plan.segments.begin())) {
        player->player()->skip();
        player->tick();
    }
    CHECK(stack->currentWidget() == large);
    CHECK(large->shownPath() == catalog.exercise(next->exerciseId)->illustration->path);
    CHECK_FALSE(thumb->isVisible());
}

TEST_CASE("The application icon comes from the compiled-in PNG sizes", "[gui][illustration]") {
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int s : {16, 32, 48, 64, 128, 256})
        CHECK(sizes.contains(QSize(s, s)));
    CHECK_FALSE(icon.pixmap(48, 48).isNull());
}
