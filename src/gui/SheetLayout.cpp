// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SheetLayout.h"
#include "Illustration.h"
#include "PlainText.h"
#include "SafeFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgRenderer>
#include <QTextLayout>

#include <functional>
#include <memory>

namespace rollguide {

namespace {

// Sizes, in millimetres and points, of the printed sheet.
constexpr double kLeftColumnMm = 40; // illustration and roller notes
constexpr double kColumnGapMm = 5;
constexpr double kMaxIllustrationHeightMm = 36;
constexpr double kBlockGapMm = 4; // between the big blocks
constexpr double kParagraphGapMm = 1.1;
constexpr double kStepGapMm = 0.3;
constexpr double kFooterGapMm = 3;
constexpr double kBoxPaddingMm = 2.8;
constexpr double kTickBoxMm = 5.4;
constexpr double kTickColumnMm = 7.6;
constexpr double kTickRowMm = 6.5;
constexpr double kRulePt = 0.5;

/// Converts print units to device pixels for one paint device.
struct Units {
    double dpi = 72;
    double mm(double v) const { return v * dpi / 25.4; }
    double pt(double v) const { return v * dpi / 72.0; }
};

/// The sheet's type faces: one sans family at print sizes.
struct Fonts {
    QFont title, meta, notes, moveName, dose, body, bodyBold, small, smallBold, boxHeading, safety,
        safetyBold, disclaimer, grid, footer;

    Fonts() {
        QFont base;
        base.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                          QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
        base.setStyleHint(QFont::SansSerif);
        base.setKerning(true);
        // No ligatures ("fl" as one glyph): text copied or searched in the PDF stays plain letters.
        base.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        const auto make = [&](double pt, bool bold = false, bool italic = false) {
            QFont f = base;
            f.setPointSizeF(pt);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        };
        title = make(18, true);
        meta = make(10.5);
        notes = make(10, false, true);
        moveName = make(12.5, true);
        dose = make(10, true);
        body = make(9.5);
        bodyBold = make(9.5, true);
        small = make(8.5);
        smallBold = make(8.5, true);
        boxHeading = make(11.5, true);
        safety = make(8.5);
        safetyBold = make(8.5, true);
        disclaimer = make(7);
        grid = make(8);
        footer = make(8);
    }
};

/// A paragraph laid out for one width on one device. Copies share the layout.
class Paragraph {
public:
    Paragraph() = default;
    /// `boldPrefix` characters at the start are set in the bold of `font`.
    Paragraph(const QString& text, const QFont& font, const QPaintDevice* device, qreal width,
              int boldPrefix = 0, Qt::Alignment align = Qt::AlignLeft)
        : m_layout(std::make_shared<QTextLayout>(plainLine(text), font, device)) {
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        if (boldPrefix > 0) {
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            m_layout->setFormats({{0, boldPrefix, bold}});
        }
        m_layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLeadingIncluded(true);
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            m_naturalWidth = qMax(m_naturalWidth, line.naturalTextWidth());
            ++m_lines;
        }
        m_layout->endLayout();
        m_height = y;
    }

    qreal height() const { return m_height; }
    qreal naturalWidth() const { return m_naturalWidth; }
    int lineCount() const { return m_lines; }
    void draw(QPainter& p, QPointF topLeft) const {
        if (m_layout)
            m_layout->draw(&p, topLeft);
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
    int m_lines = 0;
};

/// The part of an SVG's view box that has something drawn in it, with a small margin, so that empty
/// space in the drawing does not take room on the page. The whole view box when that cannot be told.
QRectF drawnArea(QSvgRenderer& svg) {
    QRectF box = svg.viewBoxF();
    if (box.isEmpty())
        box = QRectF(QPointF(0, 0), QSizeF(svg.defaultSize()));
    if (box.isEmpty())
        return {};
    // Record the drawing at the view box's own scale (about a unit per pixel) and take its bounds.
    QPicture picture;
    {
        QPainter recorder(&picture);
        svg.render(&recorder, QRectF(QPointF(0, 0), box.size()));
    }
    QRectF drawn = QRectF(picture.boundingRect()).translated(box.topLeft());
    if (drawn.isEmpty())
        return box;
    const qreal margin = 0.02 * qMax(box.width(), box.height());
    drawn = drawn.adjusted(-margin, -margin, margin, margin).intersected(box);
    return drawn.isEmpty() ? box : drawn;
}

/// "Label  text", the label in bold.
Paragraph labelled(const QString& label, const QString& text, const QFont& font, const QPaintDevice* device,
                   qreal width) {
    const QString prefix = label + QStringLiteral("  ");
    return Paragraph(prefix + text, font, device, width, int(label.size()));
}

/// A piece of a block that is never split: its height and how to paint it at a given top.
struct Row {
    qreal height = 0;
    std::function<void(QPainter&, qreal top)> paint;
};

/// Something placed on the page as a whole when it fits: the header, a move, the safety box, the grid.
/// When it is taller than a page it is split between its rows.
struct Block {
    QList<Row> rows;
    qreal gapBefore = 0;
    qreal padding = 0; ///< Inside a frame, above the first row and below the last.
    bool framed = false;

    qreal height() const {
        qreal h = 2 * padding;
        for (const Row& r : rows)
            h += r.height;
        return h;
    }
};

/// A rectangle to draw a frame around, on one page.
struct FrameBox {
    int page = 0;
    QRectF rect;
};

struct PlacedRow {
    int page = 0;
    qreal top = 0;
    const Row* row = nullptr;
};

/// Lays out and paints a RoutineSheet on one paged device.
class PageComposer {
public:
    PageComposer(const RoutineSheet& sheet, QPagedPaintDevice& device)
        : m_sheet(sheet)
        , m_device(device)
        , m_units{double(device.logicalDpiY())}
        , m_width(device.width())
        , m_height(device.height()) {
        m_footerHeight = Paragraph(QStringLiteral("Xg"), m_fonts.footer, &m_device, m_width).height() +
                         m_units.mm(kFooterGapMm);
        m_blocks << headerBlock();
        for (const SheetMove& move : sheet.moves)
            m_blocks << moveBlock(move, m_blocks.size() == 1);
        m_blocks << safetyAndGridBlocks();
        place();
    }

    int pageCount() const { return m_pageCount; }

    /// Paints every page; the painter must be active on the device.
    void paint(QPainter& p) {
        for (int page = 0; page < m_pageCount; ++page) {
            if (page > 0)
                m_device.newPage();
            p.save();
            p.setPen(Qt::black);
            p.setBrush(Qt::NoBrush);
            for (const PlacedRow& placed : std::as_const(m_placed))
                if (placed.page == page)
                    placed.row->paint(p, placed.top);
            p.setPen(QPen(Qt::black, m_units.pt(kRulePt)));
            for (const FrameBox& f : std::as_const(m_frames))
                if (f.page == page)
                    p.drawRect(f.rect);
            paintFooter(p, page);
            p.restore();
        }
    }

private:
    qreal bottom() const { return m_height - m_footerHeight; }
    qreal rulePen() const { return m_units.pt(kRulePt); }

    void place() {
        int page = 0;
        qreal y = 0;
        const qreal pageRoom = bottom();
        for (const Block& block : std::as_const(m_blocks)) {
            qreal gap = y > 0 ? block.gapBefore : 0;
            const qreal h = block.height();
            // Keep the block whole: on this page if it fits, else on the next when it fits there.
            if (y > 0 && y + gap + h > pageRoom && h <= pageRoom) {
                ++page;
                y = 0;
                gap = 0;
            }
            y += gap;
            qreal frameTop = y;
            y += block.padding;
            bool rowOnPage = false;
            for (const Row& row : block.rows) {
                // Taller than a page: split between rows (a row alone taller than a page is clipped).
                const bool atPageTop = y <= block.padding + 0.5;
                if (!atPageTop && y + row.height + block.padding > pageRoom) {
                    if (block.framed && rowOnPage)
                        m_frames << FrameBox{page, frameRect(frameTop, y + block.padding)};
                    ++page;
                    frameTop = 0;
                    y = block.padding;
                    rowOnPage = false;
                }
                m_placed << PlacedRow{page, y, &row};
                y += row.height;
                rowOnPage = true;
            }
            y += block.padding;
            if (block.framed)
                m_frames << FrameBox{page, frameRect(frameTop, y)};
        }
        m_pageCount = page + 1;
    }

    QRectF frameRect(qreal top, qreal bottomY) const {
        const qreal half = rulePen() / 2;
        return QRectF(half, top + half, m_width - 2 * half, bottomY - top - 2 * half);
    }

    void paintFooter(QPainter& p, int page) const {
        // One line whatever the routine's name: elided when it is too long.
        const QString footer =
            QFontMetricsF(m_fonts.footer, &m_device)
                .elidedText(plainLine(m_sheet.footer), Qt::ElideRight, m_width * 0.7 - m_units.mm(4));
        const Paragraph left(footer, m_fonts.footer, &m_device, m_width * 0.7);
        const Paragraph right(SheetLayout::tr("Page %1 of %2").arg(page + 1).arg(m_pageCount), m_fonts.footer,
                              &m_device, m_width * 0.3, 0, Qt::AlignRight);
        const qreal top = m_height - m_footerHeight + m_units.mm(kFooterGapMm);
        p.setPen(QPen(Qt::black, rulePen()));
        const qreal ruleY = top - m_units.mm(kFooterGapMm) / 2;
        p.drawLine(QPointF(0, ruleY), QPointF(m_width, ruleY));
        left.draw(p, QPointF(0, top));
        right.draw(p, QPointF(m_width * 0.7, top));
    }

    Block headerBlock() const {
        const Paragraph title(m_sheet.title, m_fonts.title, &m_device, m_width);
        const QString metaText = SheetLayout::tr("Total time %1").arg(m_sheet.totalText) +
                                 QStringLiteral("   ·   ") + m_sheet.movesText + QStringLiteral("   ·   ") +
                                 m_sheet.paceText;
        const Paragraph meta(metaText, m_fonts.meta, &m_device, m_width);
        const Paragraph notes = m_sheet.notes.isEmpty()
                                    ? Paragraph()
                                    : Paragraph(m_sheet.notes, m_fonts.notes, &m_device, m_width);
        const qreal gap = m_units.mm(1.2);
        const qreal ruleGap = m_units.mm(2.5);
        const qreal rule = m_units.pt(1.2);
        const qreal height = title.height() + gap + meta.height() +
                             (notes.height() > 0 ? gap + notes.height() : 0) + ruleGap + rule;
        Block b;
        b.rows << Row{height, [=, this](QPainter& p, qreal top) {
                          qreal y = top;
                          title.draw(p, QPointF(0, y));
                          y += title.height() + gap;
                          meta.draw(p, QPointF(0, y));
                          y += meta.height();
                          if (notes.height() > 0) {
                              notes.draw(p, QPointF(0, y + gap));
                              y += gap + notes.height();
                          }
                          y += ruleGap + rule / 2;
                          p.setPen(QPen(Qt::black, rule));
                          p.drawLine(QPointF(0, y), QPointF(m_width, y));
                          p.setPen(Qt::black);
                      }};
        return b;
    }

    /// A move: its name (and dose) across the page, then the illustration and roller notes on the left and
    /// the dose, steps, breathing and what to avoid on the right. Split (between paragraphs of the right
    /// column) only when the whole move is taller than a page.
    Block moveBlock(const SheetMove& m, bool first) const {
        const QPaintDevice* dev = &m_device;
        const qreal leftW = m_units.mm(kLeftColumnMm);
        const qreal rightX = leftW + m_units.mm(kColumnGapMm);
        const qreal rightW = m_width - rightX;
        const qreal paraGap = m_units.mm(kParagraphGapMm);

        // The title line: "3. Name" on the left and the dose on the right when it fits beside the name;
        // otherwise the dose heads the right column.
        const QString nameText = SheetLayout::tr("%1. %2").arg(m.number).arg(m.name);
        const Paragraph doseSide(m.dose, m_fonts.dose, dev, m_width, 0, Qt::AlignRight);
        const Paragraph nameAlone(nameText, m_fonts.moveName, dev, m_width);
        const bool doseInTitle =
            nameAlone.lineCount() == 1 && doseSide.lineCount() == 1 &&
            nameAlone.naturalWidth() + doseSide.naturalWidth() + m_units.mm(8) <= m_width;
        const Paragraph doseBeside = doseInTitle ? doseSide : Paragraph();
        const Paragraph name = doseInTitle ? nameAlone : Paragraph(nameText, m_fonts.moveName, dev, m_width);
        // The dose sits on the name's baseline.
        const qreal baselineShift =
            QFontMetricsF(m_fonts.moveName, dev).ascent() - QFontMetricsF(m_fonts.dose, dev).ascent();
        // Moves after the first start with a hairline, with equal space above and below it.
        const qreal ruleSpace = first ? 0 : m_units.mm(2);
        const qreal titleHeight = ruleSpace + name.height() + m_units.mm(1.5);

        // Left column: illustration, region, roller.
        std::shared_ptr<QSvgRenderer> svg;
        QSizeF svgSize;
        if (!m.illustrationPath.isEmpty()) {
            svg = std::make_shared<QSvgRenderer>();
            if (loadIllustration(*svg, m.illustrationPath)) {
                const QRectF box = drawnArea(*svg);
                if (!box.isEmpty()) {
                    svg->setViewBox(box);
                    svgSize = box.size().scaled(QSizeF(leftW, m_units.mm(kMaxIllustrationHeightMm)),
                                                Qt::KeepAspectRatio);
                }
            }
            if (svgSize.isEmpty())
                svg.reset();
        }
        QList<Paragraph> left;
        if (!m.regions.isEmpty())
            left << Paragraph(m.regions, m_fonts.smallBold, dev, leftW);
        if (!m.orientation.isEmpty()) {
            left << Paragraph(SheetLayout::tr("Roller %1").arg(m.orientation.toLower()), m_fonts.smallBold,
                              dev, leftW);
            if (!m.placement.isEmpty())
                left << Paragraph(m.placement, m_fonts.small, dev, leftW);
        }
        qreal leftH = svg ? svgSize.height() + m_units.mm(2) : 0;
        for (const Paragraph& para : std::as_const(left))
            leftH += para.height() + m_units.mm(0.6);

        // Right column, one piece per paragraph.
        struct Piece {
            qreal height;
            std::function<void(QPainter&, QPointF)> paint;
        };
        QList<Piece> right;
        const auto add = [&](const Paragraph& para, qreal gapAfter) {
            right << Piece{para.height() + gapAfter, [para](QPainter& p, QPointF at) { para.draw(p, at); }};
        };
        if (!doseInTitle)
            add(Paragraph(m.dose, m_fonts.dose, dev, rightW), paraGap);
        for (const QString& caution : m.cautions)
            add(Paragraph(QStringLiteral("⚠ ") + caution, m_fonts.bodyBold, dev, rightW), paraGap);
        const qreal numberW =
            Paragraph(QStringLiteral("00."), m_fonts.bodyBold, dev, rightW).naturalWidth() + m_units.mm(1.5);
        for (int i = 0; i < m.steps.size(); ++i) {
            const Paragraph number(QStringLiteral("%1.").arg(i + 1), m_fonts.bodyBold, dev,
                                   numberW - m_units.mm(1.5), 0, Qt::AlignRight);
            const Paragraph text(m.steps[i], m_fonts.body, dev, rightW - numberW);
            const qreal gapAfter = i + 1 == m.steps.size() ? paraGap : m_units.mm(kStepGapMm);
            right << Piece{qMax(number.height(), text.height()) + gapAfter,
                           [number, text, numberW](QPainter& p, QPointF at) {
                               number.draw(p, at);
                               text.draw(p, at + QPointF(numberW, 0));
                           }};
        }
        if (!m.breathing.isEmpty())
            add(labelled(SheetLayout::tr("Breathe"), m.breathing.join(u' '), m_fonts.body, dev, rightW),
                paraGap);
        if (!m.avoid.isEmpty())
            add(labelled(SheetLayout::tr("Avoid"), m.avoid.join(u' '), m_fonts.body, dev, rightW), paraGap);
        // The last paragraph's gap is not needed below the block.
        if (!right.isEmpty())
            right.last().height -= paraGap;

        // The first row holds the title, the whole left column and as many right pieces as sit beside it.
        int firstCount = 0;
        qreal firstRight = 0;
        while (firstCount < right.size() && (firstRight < leftH || firstCount == 0))
            firstRight += right[firstCount++].height;
        const qreal width = m_width;
        const qreal hairline = rulePen();

        Block b;
        b.gapBefore = first ? m_units.mm(kBlockGapMm) : ruleSpace;
        const auto firstPieces = right.mid(0, firstCount);
        const qreal illustrationGap = m_units.mm(2);
        const qreal lineGap = m_units.mm(0.6);
        b.rows << Row{titleHeight + qMax(leftH, firstRight), [=](QPainter& p, qreal top) {
                          if (!first && top > 0) { // no rule at the top of a page
                              p.setPen(QPen(Qt::black, hairline));
                              p.drawLine(QPointF(0, top + hairline), QPointF(width, top + hairline));
                              p.setPen(Qt::black);
                          }
                          name.draw(p, QPointF(0, top + ruleSpace));
                          doseBeside.draw(p, QPointF(0, top + ruleSpace + baselineShift));
                          qreal y = top + titleHeight;
                          if (svg) {
                              const QRectF target(QPointF((leftW - svgSize.width()) / 2, y), svgSize);
                              svg->render(&p, target);
                              y += svgSize.height() + illustrationGap;
                          }
                          for (const Paragraph& para : left) {
                              para.draw(p, QPointF(0, y));
                              y += para.height() + lineGap;
                          }
                          qreal ry = top + titleHeight;
                          for (const Piece& piece : firstPieces) {
                              piece.paint(p, QPointF(rightX, ry));
                              ry += piece.height;
                          }
                      }};
        for (int i = firstCount; i < right.size(); ++i) {
            const Piece piece = right[i];
            b.rows << Row{piece.height,
                          [piece, rightX](QPainter& p, qreal top) { piece.paint(p, QPointF(rightX, top)); }};
        }
        return b;
    }

    /// The safety box's rows for a box `width` wide.
    QList<Row> safetyRows(qreal width) const {
        const QPaintDevice* dev = &m_device;
        const SheetSafety& s = m_sheet.safety;
        const qreal pad = m_units.mm(kBoxPaddingMm);
        const qreal inner = width - 2 * pad;
        const qreal gap = m_units.mm(1.2);
        QList<Row> rows;
        const auto add = [&](const Paragraph& para, qreal gapAfter) {
            rows << Row{para.height() + gapAfter,
                        [para, pad](QPainter& p, qreal top) { para.draw(p, QPointF(pad, top)); }};
        };
        add(Paragraph(s.heading, m_fonts.boxHeading, dev, inner), m_units.mm(1.5));
        const QStringList avoid = s.namesFor(ContraAction::Avoid);
        if (!avoid.isEmpty())
            add(labelled(SheetLayout::tr("Do not roll with:"), avoid.join(QStringLiteral(", ")) + u'.',
                         m_fonts.safety, dev, inner),
                gap);
        const QStringList ask = s.namesFor(ContraAction::AskDoctor);
        if (!ask.isEmpty())
            add(labelled(SheetLayout::tr("Ask your doctor first if you have:"),
                         ask.join(QStringLiteral(", ")) + u'.', m_fonts.safety, dev, inner),
                gap);
        for (const QString& rule : s.rules) {
            // The rule's first sentence in bold.
            const auto stop = rule.indexOf(QStringLiteral(". "));
            add(Paragraph(rule, m_fonts.safety, dev, inner, stop > 0 ? int(stop + 1) : 0), gap);
        }
        if (!s.disclaimer.isEmpty())
            add(Paragraph(s.disclaimer, m_fonts.disclaimer, dev, inner), 0);
        // The heading never ends a page on its own: it shares a row with what follows it.
        if (rows.size() >= 2) {
            const Row heading = rows.takeFirst();
            const Row next = rows.takeFirst();
            rows.prepend(Row{heading.height + next.height, [heading, next](QPainter& p, qreal top) {
                                 heading.paint(p, top);
                                 next.paint(p, top + heading.height);
                             }});
        }
        return rows;
    }

    /// The tick grid as one row; `width` receives its width.
    Row gridRow(qreal* width) const {
        const QPaintDevice* dev = &m_device;
        const SheetTickGrid& g = m_sheet.grid;
        qreal labelW = 0;
        for (const QString& w : g.weekLabels)
            labelW = qMax(labelW, Paragraph(w, m_fonts.grid, dev, m_width).naturalWidth());
        labelW += m_units.mm(2.5);
        const qreal col = m_units.mm(kTickColumnMm);
        const qreal rowH = m_units.mm(kTickRowMm);
        const qreal box = m_units.mm(kTickBoxMm);
        const qreal gridW = labelW + col * g.days.size();
        *width = gridW;
        const Paragraph heading(g.heading, m_fonts.boxHeading, dev, gridW);
        const Paragraph caption(g.caption, m_fonts.grid, dev, gridW);
        QList<Paragraph> days, weeks;
        for (const QString& d : g.days)
            days << Paragraph(d, m_fonts.grid, dev, col, 0, Qt::AlignHCenter);
        for (const QString& w : g.weekLabels)
            weeks << Paragraph(w, m_fonts.grid, dev, labelW);
        const qreal dayH = days.isEmpty() ? 0 : days.first().height();
        const qreal headGap = m_units.mm(1.5);
        const qreal height = heading.height() + m_units.mm(1) + caption.height() + headGap + dayH +
                             m_units.mm(1) + rowH * g.weeks;
        const qreal pen = m_units.pt(0.6);
        const qreal oneMm = m_units.mm(1);
        return Row{height, [=](QPainter& p, qreal top) {
                       qreal y = top;
                       heading.draw(p, QPointF(0, y));
                       y += heading.height() + oneMm;
                       caption.draw(p, QPointF(0, y));
                       y += caption.height() + headGap;
                       for (int d = 0; d < days.size(); ++d)
                           days[d].draw(p, QPointF(labelW + col * d, y));
                       y += dayH + oneMm;
                       p.setPen(QPen(Qt::black, pen));
                       for (int w = 0; w < g.weeks; ++w) {
                           const qreal rowTop = y + rowH * w;
                           if (w < weeks.size())
                               weeks[w].draw(p, QPointF(0, rowTop + (rowH - weeks[w].height()) / 2));
                           for (int d = 0; d < days.size(); ++d)
                               p.drawRect(QRectF(labelW + col * d + (col - box) / 2,
                                                 rowTop + (rowH - box) / 2, box, box));
                       }
                       p.setPen(Qt::black);
                   }};
    }

    /// The safety box and the tick grid: side by side when that is shorter, else one after the other.
    QList<Block> safetyAndGridBlocks() const {
        qreal gridW = 0;
        const Row grid = gridRow(&gridW);
        const qreal gap = m_units.mm(kBlockGapMm);
        const qreal pad = m_units.mm(kBoxPaddingMm);

        Block safety;
        safety.gapBefore = gap;
        safety.framed = true;
        safety.rows = safetyRows(m_width);
        safety.padding = pad;
        Block gridBlock;
        gridBlock.gapBefore = gap;
        gridBlock.rows << grid;
        const qreal stacked = safety.height() + gap + grid.height;

        const qreal boxW = m_width - gridW - 2 * gap;
        QList<Row> narrow = safetyRows(boxW);
        qreal narrowH = 2 * pad;
        for (const Row& r : std::as_const(narrow))
            narrowH += r.height;
        const qreal sideBySide = qMax(narrowH, grid.height);
        if (boxW < m_units.mm(70) || sideBySide >= stacked || sideBySide > bottom())
            return {safety, gridBlock};

        const qreal gridX = m_width - gridW;
        const qreal hairline = rulePen();
        Block both;
        both.gapBefore = gap;
        both.rows << Row{
            sideBySide, [=](QPainter& p, qreal top) {
                qreal y = top + pad;
                for (const Row& r : narrow) {
                    r.paint(p, y);
                    y += r.height;
                }
                p.setPen(QPen(Qt::black, hairline));
                p.drawRect(QRectF(hairline / 2, top + hairline / 2, boxW - hairline, narrowH - hairline));
                p.setPen(Qt::black);
                p.save();
                p.translate(gridX, 0);
                grid.paint(p, top);
                p.restore();
            }};
        return {both};
    }

    const RoutineSheet& m_sheet;
    QPagedPaintDevice& m_device;
    Units m_units;
    Fonts m_fonts;
    qreal m_width;
    qreal m_height;
    qreal m_footerHeight = 0;
    QList<Block> m_blocks;
    QList<PlacedRow> m_placed;
    QList<FrameBox> m_frames;
    int m_pageCount = 1;
};

QString folderError(const QString& path) {
    if (path.trimmed().isEmpty())
        return SheetLayout::tr("no file name was given for the PDF");
    const QFileInfo info(path);
    if (info.isDir())
        return SheetLayout::tr("%1 is a folder, not a file name").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return SheetLayout::tr("%1 cannot be written: the folder %2 does not exist")
            .arg(path, folder.filePath());
    if (!folder.isDir())
        return SheetLayout::tr("%1 cannot be written: %2 is not a folder").arg(path, folder.filePath());
    if (info.exists() && !info.isFile())
        return SheetLayout::tr("%1 is not a regular file").arg(path);
    return {};
}

} // namespace

QPageSize SheetLayout::defaultPageSize(const QLocale& locale) {
    // Territories where Letter is the usual paper.
    static constexpr QLocale::Territory kLetter[] = {QLocale::UnitedStates,
                                                     QLocale::Canada,
                                                     QLocale::Mexico,
                                                     QLocale::PuertoRico,
                                                     QLocale::Philippines,
                                                     QLocale::Chile,
                                                     QLocale::Colombia,
                                                     QLocale::CostaRica,
                                                     QLocale::DominicanRepublic,
                                                     QLocale::ElSalvador,
                                                     QLocale::Guatemala,
                                                     QLocale::Nicaragua,
                                                     QLocale::Panama,
                                                     QLocale::Venezuela,
                                                     QLocale::Belize,
                                                     QLocale::UnitedStatesVirginIslands};
    for (QLocale::Territory t : kLetter)
        if (locale.territory() == t)
            return QPageSize(QPageSize::Letter);
    return QPageSize(QPageSize::A4);
}

QMarginsF SheetLayout::margins() {
    return {14, 10, 14, 10};
}

Result<int> SheetLayout::render(const RoutineSheet& sheet, QPagedPaintDevice& device) {
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(tr("the page could not be painted"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // White paper whatever the screen's palette.
    painter.setBackground(Qt::white);
    painter.setPen(Qt::black);
    PageComposer layout(sheet, device);
    layout.paint(painter);
    painter.end();
    return layout.pageCount();
}

Result<SheetLayout::Pdf> SheetLayout::pdf(const RoutineSheet& sheet, const QPageSize& pageSize) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // The writer finishes the file when it goes, before the buffer closes.
    const Result<int> pages = [&] {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(margins(), QPageLayout::Millimeter);
        writer.setTitle(plainLine(sheet.title));
        writer.setCreator(QStringLiteral("RollGuide"));
        return render(sheet, writer);
    }();
    buffer.close();
    if (!pages)
        return Result<Pdf>::failure(pages.error());
    return Pdf{bytes, pages.value()};
}

Result<int> SheetLayout::exportPdf(const RoutineSheet& sheet, const QString& path,
                                   const QPageSize& pageSize) {
    if (const QString why = folderError(path); !why.isEmpty())
        return Result<int>::failure(why);
    const Result<Pdf> made = pdf(sheet, pageSize);
    if (!made)
        return Result<int>::failure(tr("%1: %2").arg(path, made.error()));
    if (const Status written = writeFileAtomically(path, made->bytes, false); !written.ok())
        return Result<int>::failure(written.error());
    return made->pages;
}

QString SheetLayout::suggestedFileName(const RoutineSheet& sheet) {
    const QString slug = fileNameSlug(sheet.title, SlugAlphabet::Letters, 48);
    return (slug.isEmpty() ? QStringLiteral("routine") : slug) + QStringLiteral(".pdf");
}

} // namespace rollguide
