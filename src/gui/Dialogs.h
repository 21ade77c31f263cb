// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace rollguide {

/// Every message box and file dialog RollGuide shows goes through here, so that
/// - text is plain unless a caller asks for markup: a routine's name or a file's error is never read as HTML;
/// - there is one modal style: a notice or a file dialog opens and returns at once (open() with a slot);
///   only a question that must be answered before going on waits for its answer;
/// - tests script the answers and file names (setNextAnswer, setNextFileName), and with
///   ROLLGUIDE_TEST_SHOTS=DIR in the environment, a picture of every dialog is saved there.
namespace Dialogs {

/// A button of a question: its text and what it means to Qt (AcceptRole, DestructiveRole ...).
struct Choice {
    QString text;
    QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
};

/// Shows a notice and returns at once; the box deletes itself when closed. `name` is its object name.
QMessageBox* tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                  const QString& name = {}, Qt::TextFormat format = Qt::PlainText);

/// A choice with no text is the standard Cancel button.
inline Choice cancelChoice() {
    return {QString(), QMessageBox::RejectRole};
}

/// Asks and waits for the answer: the index of the choice, or -1 when the box is closed with Escape.
int ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QList<Choice>& choices, int defaultChoice, const QString& name = {});

/// The file to read: the file dialog opens and returns at once; `chosen` runs with the file picked.
void chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& name = {});

/// The file to write, starting from `suggested` (a name, or a path); as chooseFileToOpen.
void chooseFileToSave(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& name = {});

// For tests.

/// The next ask() returns `choice` (-1: Cancel) without waiting. Answers queue up.
void setNextAnswer(int choice);
/// The next file dialog picks `path` without showing itself; an empty path is a cancelled dialog.
void setNextFileName(const QString& path);
/// Whether scripted answers or file names are still waiting to be used.
bool scriptPending();
/// What the last dialog said: its title, its text and (file dialogs) the name it suggested.
struct Shown {
    QString name;
    QString title;
    QString text;
    QString suggested;
};
Shown lastShown();
/// Saves a picture of `w` as DIR/NAME.png when ROLLGUIDE_TEST_SHOTS=DIR is set; otherwise does nothing.
void saveShot(QWidget* w, const QString& name);

} // namespace Dialogs
} // namespace rollguide
