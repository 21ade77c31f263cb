// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Dialogs.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QQueue>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rollguide::Dialogs {

namespace {
QQueue<int> g_answers;
QQueue<QString> g_fileNames;
Shown g_last;

QString shotFolder() {
    return qEnvironmentVariable("ROLLGUIDE_TEST_SHOTS");
}

QString shotName(const QWidget* w, const QString& fallback) {
    return w->objectName().isEmpty() ? fallback : w->objectName();
}

/// A scripted dialog is still shown and pictured, as a person would have seen it.
void pictureScripted(QWidget* dialog, const QString& fallback) {
    if (shotFolder().isEmpty())
        return;
    dialog->show();
    saveShot(dialog, shotName(dialog, fallback));
    dialog->hide();
}

void chooseFile(QWidget* parent, QFileDialog::AcceptMode mode, const QString& title, const QString& start,
                const QString& filter, std::function<void(const QString&)> chosen, const QString& name) {
    g_last = {name, title, QString(), start};
    if (!g_fileNames.isEmpty()) {
        const QString path = g_fileNames.dequeue();
        if (!path.isEmpty())
            chosen(path);
        return;
    }
    auto* dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(name);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (mode == QFileDialog::AcceptSave && !start.isEmpty()) {
        // A name typed without its ending gets the suggestion's: "back" is saved as "back.pdf".
        dialog->setDefaultSuffix(QFileInfo(start).suffix());
        dialog->selectFile(start);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString& path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}
} // namespace

QMessageBox* tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                  const QString& name, Qt::TextFormat format) {
    g_last = {name, title, text, QString()};
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(name);
    box->setTextFormat(format);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Opened from the event loop, so that a notice given while the window is being set up opens over it.
    QTimer::singleShot(0, box, [box] { box->open(); });
    return box;
}

int ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QList<Choice>& choices, int defaultChoice, const QString& name) {
    g_last = {name, title, text, QString()};
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(name);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton*> buttons;
    for (const Choice& c : choices)
        buttons << (c.text.isEmpty() ? box.addButton(QMessageBox::Cancel) : box.addButton(c.text, c.role));
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(static_cast<QPushButton*>(buttons[defaultChoice]));
    int answer = -1;
    if (!g_answers.isEmpty()) {
        pictureScripted(&box, QStringLiteral("question"));
        answer = g_answers.dequeue();
    } else {
        box.exec();
        answer = int(buttons.indexOf(box.clickedButton()));
    }
    // The Cancel button and Escape are the same answer.
    return answer >= 0 && answer < choices.size() && !choices[answer].text.isEmpty() ? answer : -1;
}

void chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& name) {
    chooseFile(parent, QFileDialog::AcceptOpen, title, QString(), filter, std::move(chosen), name);
}

void chooseFileToSave(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& name) {
    chooseFile(parent, QFileDialog::AcceptSave, title, suggested, filter, std::move(chosen), name);
}

void setNextAnswer(int choice) {
    g_answers.enqueue(choice);
}

void setNextFileName(const QString& path) {
    g_fileNames.enqueue(path);
}

Shown lastShown() {
    return g_last;
}

bool scriptPending() {
    return !g_answers.isEmpty() || !g_fileNames.isEmpty();
}

void saveShot(QWidget* w, const QString& name) {
    const QString folder = shotFolder();
    if (folder.isEmpty() || !w)
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!w->grab().toImage().save(path))
        spdlog::warn("could not save the picture {}", path.toStdString());
}

} // namespace rollguide::Dialogs
