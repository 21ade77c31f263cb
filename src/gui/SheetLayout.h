// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"
#include "RoutineSheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>

class QPagedPaintDevice;

namespace rollguide {

/// Lays a RoutineSheet out on paper: Qt Gui and Qt Svg only, no widgets, so a PDF can be made with no
/// window (the command line's --export-pdf). SheetPrinter puts the print, preview and export dialogs
/// in front of it.
///
/// The pages are painted with QPainter: every block (the header, each move, the safety box, the tick
/// grid) is measured on the target device first and moved to the next page when it does not fit, so a
/// move is never split across pages unless it alone is taller than a page. Text is drawn as text
/// (selectable, fonts embedded in PDFs), plain text only, and illustrations are rendered with
/// QSvgRenderer on the same painter, so they stay vector. Always black on white.
class SheetLayout {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SheetLayout)
public:
    /// Letter where the locale's territory uses it (the US, Canada, Mexico and some of Latin America,
    /// the Philippines), else A4.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale());
    /// The page margins the sheet is laid out with, in millimetres.
    static QMarginsF margins();

    /// Lays the sheet out on `device` (a QPrinter or QPdfWriter with its page layout set) and paints every
    /// page. Gives the number of pages, or why the device cannot be painted on.
    static Result<int> render(const RoutineSheet& sheet, QPagedPaintDevice& device);

    /// A PDF made in memory.
    struct Pdf {
        QByteArray bytes;
        int pages = 0;
    };
    /// The sheet as a PDF on `pageSize`.
    static Result<Pdf> pdf(const RoutineSheet& sheet, const QPageSize& pageSize = defaultPageSize());

    /// Writes the sheet as a PDF file at `path`, atomically. Gives the number of pages, or a sentence
    /// naming the path and the problem (missing folder, a folder, not writable ...).
    static Result<int> exportPdf(const RoutineSheet& sheet, const QString& path,
                                 const QPageSize& pageSize = defaultPageSize());

    /// A file name for the sheet's PDF made from the routine's name: "full-back.pdf".
    static QString suggestedFileName(const RoutineSheet& sheet);
};

} // namespace rollguide
