// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SheetPrinter.h"
#include "Dialogs.h"
#include "PlainText.h"
#include "SheetLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <memory>

namespace rollguide {

void SheetPrinter::setUpPrinter(QPrinter& printer, const RoutineSheet& sheet, const QPageSize& pageSize) {
    printer.setPageSize(pageSize);
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(SheetLayout::margins(), QPageLayout::Millimeter);
    printer.setDocName(plainLine(sheet.title));
    printer.setCreator(QStringLiteral("RollGuide"));
}

QPrintPreviewDialog* SheetPrinter::preview(QWidget* parent, const RoutineSheet& sheet) {
    // The printer outlives the dialog: the slot that owns it goes only when the dialog is destroyed.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer, sheet);
    auto* dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("sheetPreview"));
    dialog->setWindowTitle(tr("Print preview: %1").arg(plainLine(sheet.title)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [sheet, printer](QPrinter* target) { (void)SheetLayout::render(sheet, *target); });
    dialog->resize(900, 1000);
    dialog->open();
    return dialog;
}

QPrintDialog* SheetPrinter::print(QWidget* parent, const RoutineSheet& sheet) {
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer, sheet);
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("sheetPrintDialog"));
    dialog->setWindowTitle(tr("Print %1").arg(plainLine(sheet.title)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(static_cast<QDialog*>(dialog), &QDialog::accepted, dialog, [sheet, printer, dialog] {
        if (const Result<int> printed = SheetLayout::render(sheet, *printer); !printed) {
            const QString& error = printed.error();
            Dialogs::tell(dialog->parentWidget(), QMessageBox::Warning, tr("Could not print"),
                          tr("The routine sheet could not be printed: %1.").arg(error),
                          QStringLiteral("sheetPrintError"));
        }
    });
    dialog->open();
    return dialog;
}

void SheetPrinter::exportPdfWithDialog(QWidget* parent, const RoutineSheet& sheet) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QPointer<QWidget> owner(parent);
    Dialogs::chooseFileToSave(
        parent, tr("Export routine sheet as PDF"),
        QDir(folder).filePath(SheetLayout::suggestedFileName(sheet)), tr("PDF files (*.pdf)"),
        [sheet, owner](const QString& path) {
            const Result<int> exported = SheetLayout::exportPdf(sheet, path);
            const QString error = exported ? QString() : exported.error();
            if (!exported && owner)
                Dialogs::tell(owner, QMessageBox::Warning, tr("Could not export the PDF"),
                              tr("The routine sheet could not be saved: %1.").arg(error),
                              QStringLiteral("sheetExportError"));
        },
        QStringLiteral("sheetExportDialog"));
}

} // namespace rollguide
