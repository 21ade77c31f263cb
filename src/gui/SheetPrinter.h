// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "RoutineSheet.h"
#include "SheetLayout.h"

#include <QCoreApplication>

class QPrintDialog;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace rollguide {

/// The print, preview and PDF export front end of the routine sheet (Widgets and PrintSupport); the
/// pages themselves come from SheetLayout.
class SheetPrinter {
    Q_DECLARE_TR_FUNCTIONS(rollguide::SheetPrinter)
public:
    /// Gives `printer` the page size, the sheet's margins, colour mode and
    /// document name. The printing functions below do this; call it for a printer of your own.
    static void setUpPrinter(QPrinter& printer, const RoutineSheet& sheet,
                             const QPageSize& pageSize = SheetLayout::defaultPageSize());

    /// Opens a print preview of the sheet (window-modal, non-blocking, deleted on close) and returns it.
    static QPrintPreviewDialog* preview(QWidget* parent, const RoutineSheet& sheet);
    /// Opens the print dialog (window-modal, non-blocking, deleted on close); prints when accepted.
    static QPrintDialog* print(QWidget* parent, const RoutineSheet& sheet);
    /// Asks where to save the PDF (through Dialogs: non-blocking, scriptable), then writes it and
    /// reports a failure in a message box.
    static void exportPdfWithDialog(QWidget* parent, const RoutineSheet& sheet);
};

} // namespace rollguide
