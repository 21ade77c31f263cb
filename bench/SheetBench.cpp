// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// rollguide_sheet_bench: what printing a routine sheet costs, and how it grows with the number of moves.
// For 5, 10, 20 and 40 moves: building the sheet (core), laying out and painting the PDF in memory, and
// writing the PDF file (paint + atomic write). Prints figures; not a test.
#include "CatalogLoader.h"
#include "RoutineSheet.h"
#include "SheetLayout.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace rollguide;
using Steady = std::chrono::steady_clock;

namespace {
double msSince(Steady::time_point t0) {
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

struct Stats {
    double min, median;
};

/// Times `rounds` calls of `f`, in milliseconds.
template <typename F> Stats time(int rounds, F&& f) {
    std::vector<double> v;
    for (int r = 0; r < rounds; ++r) {
        const auto t0 = Steady::now();
        f();
        v.push_back(msSince(t0));
    }
    std::sort(v.begin(), v.end());
    return {v.front(), v[v.size() / 2]};
}
} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const CatalogLoadResult loaded = loadCatalogFile(Catalog::bundledPath());
    if (!loaded.ok()) {
        std::fprintf(stderr, "rollguide_sheet_bench: the bundled catalog does not load:\n%s\n",
                     qPrintable(loaded.errorText()));
        return 1;
    }
    const Catalog& catalog = *loaded.catalog;
    QTemporaryDir dir;
    const QPageSize a4(QPageSize::A4);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;

    // The first PDF pays for font loading and the first SVG parse; report it apart.
    {
        Routine warm;
        warm.name = QStringLiteral("Warm-up");
        warm.steps << RoutineStep{catalog.exercises.constFirst().id, catalog.exercises.constFirst().dose};
        const auto t0 = Steady::now();
        (void)SheetLayout::pdf(RoutineSheet::build(warm, catalog), a4);
        std::printf("rollguide_sheet_bench (Qt %s), %d rounds each, A4\n", QT_VERSION_STR, rounds);
        std::printf("first PDF of the process (fonts, first SVG): %.1f ms\n\n", msSince(t0));
    }

    std::printf("%6s %6s %9s  %14s  %18s  %18s  %10s\n", "moves", "pages", "PDF KiB", "build (ms)",
                "paint PDF (ms)", "export file (ms)", "ms/move");
    for (int moves : {5, 10, 20, 40}) {
        // Cycles through every move of the catalog with its own dose.
        Routine routine;
        routine.name = QStringLiteral("Bench %1").arg(moves);
        for (int i = 0; i < moves; ++i) {
            const Exercise& e = catalog.exercises[i % catalog.exercises.size()];
            routine.steps << RoutineStep{e.id, e.dose};
        }
        RoutineSheet sheet;
        const Stats build = time(rounds, [&] { sheet = RoutineSheet::build(routine, catalog); });
        int pages = 0;
        QByteArray bytes;
        const Stats paint = time(rounds, [&] {
            const auto made = SheetLayout::pdf(sheet, a4);
            bytes = made ? made->bytes : QByteArray();
            pages = made ? made->pages : 0;
        });
        const QString path = dir.filePath(QStringLiteral("bench-%1.pdf").arg(moves));
        bool ok = true;
        const Stats file = time(rounds, [&] { ok = SheetLayout::exportPdf(sheet, path, a4).ok() && ok; });
        if (!ok || bytes.isEmpty()) {
            std::fprintf(stderr, "rollguide_sheet_bench: export failed\n");
            return 1;
        }
        std::printf("%6d %6d %9.1f  %6.2f /%6.2f  %8.1f /%8.1f  %8.1f /%8.1f  %10.2f\n", moves, pages,
                    double(bytes.size()) / 1024.0, build.min, build.median, paint.min, paint.median, file.min,
                    file.median, file.median / moves);
    }
    std::printf("\n(times are min / median)\n");
    return 0;
}
