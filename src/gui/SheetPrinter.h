// SPDX-License-Identifier: MIT
#pragma once

#include "RoutineSheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>

class QPagedPaintDevice;
class QPrintDialog;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace rollguide {

/// Lays a RoutineSheet out on paper and sends it to a print preview, a printer or a PDF file.
///
/// The pages are painted with QPainter: every block (the header, each move, the safety box, the tick
/// grid) is measured on the target device first and moved to the next page when it does not fit, so a
/// move is never split across pages unless it alone is taller than a page. Text is drawn as text
/// (selectable, fonts embedded in PDFs), plain text only, and illustrations are rendered with
/// QSvgRenderer on the same painter, so they stay vector. Always black on white.
class SheetPrinter {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SheetPrinter)
public:
    /// Letter where the locale's territory uses it (the US, Canada, Mexico and some of Latin America,
    /// the Philippines), else A4.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale());
    /// The page margins the sheet is laid out with, in millimetres.
    static QMarginsF margins();

    /// Gives `printer` the page size, the sheet's margins, colour mode and
    /// document name. The printing functions below do this; call it for a printer of your own.
    static void setUpPrinter(QPrinter& printer, const RoutineSheet& sheet,
                             const QPageSize& pageSize = defaultPageSize());

    /// Lays the sheet out on `device` (a QPrinter or QPdfWriter with its page layout set) and paints every
    /// page. Returns the number of pages, or 0 when the device cannot be painted on (`error` says why).
    static int render(const RoutineSheet& sheet, QPagedPaintDevice& device, QString* error = nullptr);

    /// The sheet as PDF bytes on `pageSize`. `pages`, when given, receives the page count.
    static QByteArray pdf(const RoutineSheet& sheet, const QPageSize& pageSize = defaultPageSize(),
                          int* pages = nullptr, QString* error = nullptr);

    /// Writes the sheet as a PDF file at `path`, atomically. On failure returns false and sets `error`
    /// to a sentence naming the path and the problem (missing folder, a folder, not writable ...).
    static bool exportPdf(const RoutineSheet& sheet, const QString& path, QString* error = nullptr,
                          const QPageSize& pageSize = defaultPageSize(), int* pages = nullptr);

    /// Opens a print preview of the sheet (window-modal, non-blocking, deleted on close) and returns it.
    static QPrintPreviewDialog* preview(QWidget* parent, const RoutineSheet& sheet);
    /// Opens the print dialog (window-modal, non-blocking, deleted on close); prints when accepted.
    static QPrintDialog* print(QWidget* parent, const RoutineSheet& sheet);
    /// Asks where to save the PDF (through Dialogs: non-blocking, scriptable), then writes it and
    /// reports a failure in a message box.
    static void exportPdfWithDialog(QWidget* parent, const RoutineSheet& sheet);

    /// A file name for the sheet's PDF made from the routine's name: "full-back.pdf".
    static QString suggestedFileName(const RoutineSheet& sheet);
};

} // namespace rollguide
