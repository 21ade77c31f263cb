// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The floor for a Qt Widgets launch: a main window with one label and nothing else.
//   bench_bare_window [--size WxH]     (default 400x300)
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStringList>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QSize size(400, 300);
    const QStringList args = QApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--size")); i > 0 && i + 1 < args.size()) {
        const QStringList wh = args.at(i + 1).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window")));
    window.resize(size);
    window.show();
    return QApplication::exec();
}
