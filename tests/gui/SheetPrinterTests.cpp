// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "GuiTestUtil.h"
#include "RoutineSheet.h"
#include "SessionSetup.h"
#include "SheetPrinter.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <functional>

using namespace rollguide;

namespace {

/// What the PDF's own objects say: Qt writes the page tree and page dictionaries uncompressed.
struct PdfFacts {
    int count = -1;
    QList<QSizeF> mediaBoxes; ///< In points, one per page.
    bool hasRasterImages = false;
};

PdfFacts readPdf(const QByteArray& pdf) {
    PdfFacts facts;
    const QString text = QString::fromLatin1(pdf);
    const auto count =
        QRegularExpression(QStringLiteral(R"(/Type\s*/Pages\b[^>]*?/Count\s+(\d+))")).match(text);
    if (count.hasMatch())
        facts.count = count.captured(1).toInt();
    static const QRegularExpression box(
        QStringLiteral(R"(/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\])"));
    for (auto it = box.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        facts.mediaBoxes << QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                                   m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    facts.hasRasterImages = text.contains(QRegularExpression(QStringLiteral(R"(/Subtype\s*/Image)")));
    return facts;
}

/// The poppler tools are installed by ./scripts/test: a missing one is a failure, never a pass.
void requireTool(const QString& name) {
    INFO(
        name.toStdString() << " is not installed (Debian package poppler-utils; ./scripts/test installs it)");
    REQUIRE_FALSE(QStandardPaths::findExecutable(name).isEmpty());
}

/// Runs a poppler tool and returns its standard output (empty when it failed).
QString runTool(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        WARN(tool.toStdString() << " failed: " << p.readAllStandardError().toStdString());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text of page `page` (1-based) of a PDF file, or of every page with 0.
QString pdfText(const QString& path, int page = 0) {
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

/// Text as pdftotext gives it, with runs of white space (line ends) as single spaces.
QString flat(const QString& text) {
    return text.simplified();
}

QString writePdf(const QTemporaryDir& dir, const QString& name, const RoutineSheet& sheet,
                 const QPageSize& size = QPageSize(QPageSize::A4), int* pages = nullptr) {
    const QString path = dir.filePath(name);
    const Result<int> written = SheetLayout::exportPdf(sheet, path, size);
    INFO((written ? QString() : written.error()).toStdString());
    REQUIRE(written.ok());
    if (pages)
        *pages = written.value();
    return path;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The paper size follows the locale: Letter in North America, A4 elsewhere", "[sheet][print]") {
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id() ==
          QPageSize::Letter);
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id() == QPageSize::Letter);
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::Spanish, QLocale::Mexico)).id() == QPageSize::Letter);
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id() ==
          QPageSize::A4);
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id() == QPageSize::A4);
    CHECK(SheetLayout::defaultPageSize(QLocale(QLocale::English, QLocale::Australia)).id() == QPageSize::A4);
    CHECK(SheetLayout::defaultPageSize(QLocale::c()).id() == QPageSize::A4);
}

TEST_CASE("A three-move routine fits on one page of A4 and of Letter", "[sheet][print]") {
    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("three-move-sequence")), catalog);
    QTemporaryDir dir;
    for (const auto& [id, points] :
         {std::pair{QPageSize::A4, QSizeF(595, 842)}, std::pair{QPageSize::Letter, QSizeF(612, 792)}}) {
        INFO("page size " << QPageSize(id).name().toStdString());
        int pages = 0;
        const QString path =
            writePdf(dir, QStringLiteral("three-%1.pdf").arg(int(id)), sheet, QPageSize(id), &pages);
        CHECK(pages == 1);
        const PdfFacts facts = readPdf(readAll(path));
        CHECK(facts.count == 1);
        REQUIRE(facts.mediaBoxes.size() == 1);
        CHECK(qAbs(facts.mediaBoxes[0].width() - points.width()) < 1);
        CHECK(qAbs(facts.mediaBoxes[0].height() - points.height()) < 1);
        // The illustrations were painted as vector paths, not pasted in as pictures.
        CHECK_FALSE(facts.hasRasterImages);
        requireTool(QStringLiteral("pdfinfo"));
        const QString info = runTool(QStringLiteral("pdfinfo"), {path});
        CHECK(info.contains(QRegularExpression(QStringLiteral(R"(Pages:\s+1\n)"))));
        CHECK(info.contains(QStringLiteral("%1 x %2 pts").arg(points.width()).arg(points.height())));
    }
}

TEST_CASE("The PDF's text is real text with embedded fonts, and holds every part of the sheet",
          "[sheet][print]") {
    requireTool(QStringLiteral("pdftotext"));
    requireTool(QStringLiteral("pdffonts"));
    const Catalog catalog = bundledCatalog();
    const Routine routine = builtInRoutine(catalog, QStringLiteral("full-back"));
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    QTemporaryDir dir;
    int pages = 0;
    const QString path =
        writePdf(dir, QStringLiteral("full-back.pdf"), sheet, QPageSize(QPageSize::A4), &pages);
    CHECK(pages == readPdf(readAll(path)).count);

    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString& line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.contains(
            QRegularExpression(QStringLiteral(R"(\s+yes\s+(yes|no)\s+yes\s+)")))); // emb, sub, uni
    }

    const QString text = flat(pdfText(path));
    CHECK(text.contains(sheet.title));
    CHECK(text.contains(sheet.totalText));
    CHECK(text.contains(sheet.paceText));
    for (const SheetMove& m : sheet.moves) {
        INFO(m.name.toStdString());
        CHECK(text.contains(QStringLiteral("%1. %2").arg(m.number).arg(m.name)));
        CHECK(text.contains(m.dose));
        CHECK(text.contains(flat(m.steps.constLast())));
        CHECK(text.contains(flat(m.avoid.constLast())));
        CHECK(text.contains(flat(m.breathing.constFirst())));
    }
    for (const SheetCondition& c : sheet.safety.conditions)
        CHECK(text.contains(c.name));
    CHECK(text.contains(QStringLiteral("Stop if it hurts.")));
    CHECK(text.contains(flat(sheet.safety.disclaimer)));
    CHECK(text.contains(sheet.grid.caption));
    for (const QString& label : sheet.grid.weekLabels)
        CHECK(text.contains(label));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
}

TEST_CASE("A printer gets the same sheet as the PDF writer", "[sheet][print]") {
    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("full-back")), catalog);
    QTemporaryDir dir;
    int pdfPages = 0;
    writePdf(dir, QStringLiteral("writer.pdf"), sheet, QPageSize(QPageSize::Letter), &pdfPages);

    QPrinter printer(QPrinter::HighResolution);
    SheetPrinter::setUpPrinter(printer, sheet, QPageSize(QPageSize::Letter));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::Letter);
    CHECK(printer.docName() == sheet.title);
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    CHECK(SheetLayout::render(sheet, printer).value() == pdfPages);
    const PdfFacts facts = readPdf(readAll(path));
    CHECK(facts.count == pdfPages);
    REQUIRE_FALSE(facts.mediaBoxes.isEmpty());
    CHECK(qAbs(facts.mediaBoxes[0].width() - 612) < 1);
}

TEST_CASE("A move is never split across pages when it fits on one", "[sheet][print]") {
    requireTool(QStringLiteral("pdftotext"));
    const Catalog catalog = bundledCatalog();
    // Twenty moves, a few pages' worth.
    Routine routine;
    routine.name = QStringLiteral("Long");
    for (int i = 0; i < 20; ++i) {
        const Exercise& e = catalog.exercises[i % catalog.exercises.size()];
        routine.steps << RoutineStep{e.id, e.dose};
    }
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    QTemporaryDir dir;
    int pages = 0;
    const QString path =
        writePdf(dir, QStringLiteral("long.pdf"), sheet, QPageSize(QPageSize::Letter), &pages);
    CHECK(pages >= 5);
    QStringList pageTexts;
    for (int p = 1; p <= pages; ++p)
        pageTexts << flat(pdfText(path, p));
    for (const SheetMove& m : sheet.moves) {
        const QString title = QStringLiteral("%1. %2").arg(m.number).arg(m.name);
        INFO(title.toStdString());
        int page = -1;
        for (int p = 0; p < pages && page < 0; ++p)
            if (pageTexts[p].contains(title))
                page = p;
        REQUIRE(page >= 0);
        // Its first step and what to avoid are on the same page as its name.
        CHECK(pageTexts[page].contains(flat(m.steps.constFirst())));
        CHECK(pageTexts[page].contains(flat(m.avoid.constLast())));
    }
    CHECK(pageTexts.constLast().contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("A move taller than a page is split between its paragraphs, and nothing is lost",
          "[sheet][print]") {
    requireTool(QStringLiteral("pdftotext"));
    Catalog catalog = bundledCatalog();
    Exercise& e = catalog.exercises.first();
    e.steps.clear();
    for (int i = 0; i < 12; ++i) {
        QString text = QStringLiteral("Step %1 begins.").arg(i + 1);
        while (text.size() < 600)
            text += QStringLiteral(" Keep rolling slowly and breathe.");
        e.steps << Step{text + QStringLiteral(" Step %1 ends.").arg(i + 1), BreathCue::None};
    }
    Routine routine;
    routine.name = QStringLiteral("Huge");
    routine.steps << RoutineStep{e.id, e.dose};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    QTemporaryDir dir;
    int pages = 0;
    const QString path = writePdf(dir, QStringLiteral("huge.pdf"), sheet, QPageSize(QPageSize::A5), &pages);
    CHECK(pages >= 2);
    const QString text = flat(pdfText(path));
    for (int i = 1; i <= 12; ++i) {
        CHECK(text.contains(QStringLiteral("Step %1 begins.").arg(i)));
        CHECK(text.contains(QStringLiteral("Step %1 ends.").arg(i)));
    }
}

TEST_CASE("A long screening list gets a safety box across pages, every condition on it", "[sheet][print]") {
    requireTool(QStringLiteral("pdftotext"));
    Catalog catalog = bundledCatalog();
    for (qsizetype i = 0, more = 100 - catalog.contraindications.size(); i < more; ++i)
        catalog.contraindications << Contraindication{
            QStringLiteral("c%1").arg(i),
            QStringLiteral("Condition number %1 with a long descriptive name").arg(i),
            {},
            i % 3 ? ContraAction::AskDoctor : ContraAction::Avoid,
            {}};
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("three-move-sequence")), catalog);
    REQUIRE(sheet.safety.conditions.size() == 100);
    QTemporaryDir dir;
    int pages = 0;
    const QString path =
        writePdf(dir, QStringLiteral("long-safety.pdf"), sheet, QPageSize(QPageSize::A5), &pages);
    CHECK(pages >= 3);
    const QString text = flat(pdfText(path));
    for (const SheetCondition& c : sheet.safety.conditions)
        CHECK(text.contains(c.name));
    CHECK(text.contains(flat(sheet.safety.disclaimer)));
    CHECK(text.contains(sheet.grid.caption));
}

TEST_CASE("Routine names with HTML characters print exactly as typed", "[sheet][print]") {
    requireTool(QStringLiteral("pdftotext"));
    const Catalog catalog = bundledCatalog();
    Routine routine = builtInRoutine(catalog, QStringLiteral("three-move-sequence"));
    routine.name = QStringLiteral("<b>Tom & Jerry's</b> \"roll\" &amp;");
    routine.description = QStringLiteral("Notes <i>with</i> <br/> tags & &lt;entities&gt;");
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    QTemporaryDir dir;
    const QString text = flat(pdfText(writePdf(dir, QStringLiteral("html.pdf"), sheet)));
    CHECK(text.contains(routine.name));
    CHECK(text.contains(routine.description));
    CHECK(text.contains(QStringLiteral("RollGuide · ") + routine.name));
}

TEST_CASE("The sheet is black on white whatever the screen's palette", "[sheet][print]") {
    requireTool(QStringLiteral("pdftoppm"));
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        dark.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(role, Qt::white);
    QApplication::setPalette(dark);

    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("first-session")), catalog);
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("dark.pdf"), sheet);
    QApplication::setPalette(before);

    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, prefix});
    const QByteArray pgm = readAll(prefix + QStringLiteral("-1.pgm"));
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    const auto header = QRegularExpression(QStringLiteral(R"(^P5\s+(\d+)\s+(\d+)\s+255\s)"))
                            .match(QString::fromLatin1(pgm.left(40)));
    REQUIRE(header.hasMatch());
    const int w = header.captured(1).toInt(), h = header.captured(2).toInt();
    const QByteArray pixels = pgm.right(qsizetype(w) * h);
    REQUIRE(pixels.size() == qsizetype(w) * h);
    const auto at = [&](int x, int y) { return uchar(pixels[qsizetype(y) * w + x]); };
    int white = 0;
    for (char c : pixels)
        white += uchar(c) > 230 ? 1 : 0;
    CHECK(white > pixels.size() * 7 / 10); // white paper
    // The title, top left inside the margin, is dark ink.
    int darkest = 255;
    for (int y = h * 3 / 100; y < h * 8 / 100; ++y)
        for (int x = w * 7 / 100; x < w / 2; ++x)
            darkest = qMin(darkest, int(at(x, y)));
    CHECK(darkest < 80);
}

TEST_CASE("Exporting to a bad path fails with a message naming the problem", "[sheet][print]") {
    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("first-session")), catalog);
    QTemporaryDir dir;
    Status error =
        SheetLayout::exportPdf(sheet, dir.filePath(QStringLiteral("no/such/folder/x.pdf"))).status();
    CHECK_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    error = SheetLayout::exportPdf(sheet, dir.path()).status();
    CHECK_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("is a folder")));
    error = SheetLayout::exportPdf(sheet, QString()).status();
    CHECK_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("no file name")));
    const QString file = dir.filePath(QStringLiteral("plain.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    error = SheetLayout::exportPdf(sheet, file + QStringLiteral("/x.pdf")).status();
    CHECK_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("is not a folder")));
    // A folder nobody can write to, even root.
    error = SheetLayout::exportPdf(sheet, QStringLiteral("/proc/rollguide-sheet.pdf")).status();
    CHECK_FALSE(error.ok());
    CHECK(error.error().contains(QStringLiteral("/proc/rollguide-sheet.pdf")));
    // A good path still works, and replaces what was there.
    const QString good = dir.filePath(QStringLiteral("good.pdf"));
    CHECK(SheetLayout::exportPdf(sheet, good).ok());
    CHECK(readAll(good).startsWith("%PDF-"));
}

TEST_CASE("The suggested PDF name is a safe slug of the routine's name", "[sheet][print]") {
    RoutineSheet sheet;
    sheet.title = QStringLiteral("Full back");
    CHECK(SheetLayout::suggestedFileName(sheet) == QStringLiteral("full-back.pdf"));
    sheet.title = QStringLiteral("../<b>Évening</b> / roll!");
    CHECK(SheetLayout::suggestedFileName(sheet) == QStringLiteral("b-évening-b-roll.pdf"));
    sheet.title = QStringLiteral("***");
    CHECK(SheetLayout::suggestedFileName(sheet) == QStringLiteral("routine.pdf"));
}

TEST_CASE("The print preview shows the sheet's pages", "[sheet][print]") {
    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("three-move-sequence")), catalog);
    QWidget parent;
    parent.show();
    QPointer<QPrintPreviewDialog> dialog = SheetPrinter::preview(&parent, sheet);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto* view = dialog->findChild<QPrintPreviewWidget*>();
    REQUIRE(view);
    CHECK(QTest::qWaitFor([&] { return view->pageCount() == 1; }, 5000));
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
}

TEST_CASE("The File menu previews, prints and exports the routine on the Session tab",
          "[gui][sheet][print]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    auto w = f.open();
    auto* previewAction = child<QAction>(w.get(), "actionPrintPreview");
    auto* printAction = child<QAction>(w.get(), "actionPrint");
    auto* exportAction = child<QAction>(w.get(), "actionExportPdf");
    CHECK(printAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+P")));
    CHECK(previewAction->isEnabled());

    w->openRoutine(builtInRoutine(*w->catalog(), QStringLiteral("three-move-sequence")), false);
    REQUIRE(child<SessionSetup>(w.get(), "sessionSetup")->routine());

    previewAction->trigger();
    QPointer<QPrintPreviewDialog> preview =
        w->findChild<QPrintPreviewDialog*>(QStringLiteral("sheetPreview"));
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(QStringLiteral("Three-move sequence")));
    auto* view = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(view);
    CHECK(QTest::qWaitFor([&] { return view->pageCount() == 1; }, 5000));
    preview->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(preview.isNull());

    printAction->trigger();
    QPointer<QPrintDialog> print = w->findChild<QPrintDialog*>(QStringLiteral("sheetPrintDialog"));
    REQUIRE(print);
    CHECK(print->isVisible());
    print->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(print.isNull());

    exportAction->trigger();
    QPointer<QFileDialog> save = w->findChild<QFileDialog*>(QStringLiteral("sheetExportDialog"));
    REQUIRE(save);
    CHECK(save->selectedFiles().value(0).endsWith(QStringLiteral("three-move-sequence.pdf")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-menu.pdf"));
    save->selectFile(path);
    static_cast<QDialog*>(save.data())->accept(); // QFileDialog::accept() is protected

    CHECK(readAll(path).startsWith("%PDF-"));
    CHECK(readPdf(readAll(path)).count == 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(save.isNull());

    // A failed export says why and keeps the app running.
    exportAction->trigger();
    save = w->findChild<QFileDialog*>(QStringLiteral("sheetExportDialog"));
    REQUIRE(save);
    save->selectFile(dir.filePath(QStringLiteral("missing/x.pdf")));
    Q_EMIT save->fileSelected(dir.filePath(QStringLiteral("missing/x.pdf")));
    auto* box = w->findChild<QMessageBox*>(QStringLiteral("sheetExportError"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("does not exist")));
    CHECK(box->textFormat() == Qt::PlainText);
    box->close();
    save->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("With no catalog the print actions are off", "[gui][sheet][print]") {
    Fixture f;
    auto w = f.open(testData(QStringLiteral("catalogs/syntax-error.json")));
    CHECK_FALSE(child<QAction>(w.get(), "actionPrintPreview")->isEnabled());
    CHECK_FALSE(child<QAction>(w.get(), "actionPrint")->isEnabled());
    CHECK_FALSE(child<QAction>(w.get(), "actionExportPdf")->isEnabled());
}
