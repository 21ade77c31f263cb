// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// rollguide_scale_bench: how RollGuide grows with the size of what it reads. Prints figures; not a test.
//   catalog   a catalog of 1,250 to 10,000 exercises (copies of the bundled ones under new ids), loaded
//             from its bytes, against a raw nlohmann::json parse of the same bytes
//   routines  the main window with 62 to 500 personal routines: reading them, and opening the
//             Routines tab (offscreen)
//   history   10 years of daily sessions at most (365 to 3,650 sessions, 8 steps each): opening the
//             History tab, drawing the trends chart, and the CSV and JSON exports
//   rollguide_scale_bench [catalog|routines|history]   all, or one of them
//   rollguide_scale_bench --write-routines DIR N   writes N routine files into DIR (for perf_bench.py)
#include "AppSettings.h"
#include "CatalogLoader.h"
#include "Clock.h"
#include "HistoryExport.h"
#include "HistoryStore.h"
#include "HistoryTab.h"
#include "MainWindow.h"
#include "RoutineStore.h"
#include "SettingsFile.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace rollguide;
using Steady = std::chrono::steady_clock;

namespace {
double msSince(Steady::time_point t0) {
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QByteArray bundledBytes() {
    QFile f(Catalog::bundledPath());
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the bundled catalog\n");
        std::exit(1);
    }
    return f.readAll();
}

/// The bundled catalog with its exercises copied under new ids until there are `count`.
QByteArray catalogOf(int count) {
    nlohmann::json doc = nlohmann::json::parse(bundledBytes().toStdString());
    const nlohmann::json originals = doc["exercises"];
    nlohmann::json all = nlohmann::json::array();
    for (int i = 0; int(all.size()) < count; ++i) {
        nlohmann::json e = originals[std::size_t(i) % originals.size()];
        if (i >= int(originals.size()))
            e["id"] = e["id"].get<std::string>() + "-copy-" + std::to_string(i);
        all.push_back(std::move(e));
    }
    doc["exercises"] = std::move(all);
    return QByteArray::fromStdString(doc.dump(2));
}

void catalogScale() {
    // The loader parses, checks and copies into a Catalog, then frees its parse tree; the raw parse is
    // timed the same way (parse, then free the tree), and also without the free.
    std::printf(
        "catalog: load from bytes vs raw nlohmann::json::parse of the same bytes, median of 7 (ms)\n");
    std::printf("  %9s %9s %10s %14s %12s %7s\n", "exercises", "KiB", "rollguide", "parse+free", "parse only",
                "ratio");
    for (int count : {1250, 2500, 5000, 10000}) {
        const QByteArray bytes = catalogOf(count);
        const std::string raw = bytes.toStdString();
        std::vector<double> ours, theirs, parseOnly;
        for (int round = 0; round < 7; ++round) {
            auto t0 = Steady::now();
            const CatalogLoadResult r = parseCatalog(bytes);
            ours.push_back(msSince(t0));
            if (!r.ok() || int(r.catalog->exercises.size()) != count) {
                std::fprintf(stderr, "the %d-exercise catalog did not load:\n%s\n", count,
                             qPrintable(r.errorText(QStringLiteral("catalog"))));
                std::exit(1);
            }
            t0 = Steady::now();
            {
                auto j = std::make_unique<nlohmann::json>(nlohmann::json::parse(raw));
                parseOnly.push_back(msSince(t0));
                if ((*j)["exercises"].size() != std::size_t(count))
                    std::exit(1);
            }
            theirs.push_back(msSince(t0));
        }
        std::printf("  %9d %9lld %10.2f %14.2f %12.2f %7.2f\n", count, qsizetype(bytes.size()) / 1024LL,
                    median(ours), median(theirs), median(parseOnly), median(ours) / median(theirs));
    }
}

int writeRoutines(const QString& dir, int count) {
    RoutineStore store(dir);
    const auto loaded = parseCatalog(bundledBytes());
    if (!loaded.ok())
        return 1;
    const QList<Routine>& builtIn = loaded.catalog->routines;
    for (int i = 0; i < count; ++i) {
        StoredRoutine r;
        r.routine = builtIn.at(i % builtIn.size());
        r.routine.id.clear();
        r.routine.name = QStringLiteral("%1 %2").arg(r.routine.name).arg(i + 1);
        r.fileName = store.newFileName(r.routine.name);
        if (const Status s = store.save(r); !s.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
    }
    return 0;
}

void routinesScale() {
    std::printf("routines tab: N personal routines, median of 5 (ms)\n");
    std::printf("  %9s %12s %12s\n", "routines", "read", "tab opened");
    for (int count : {62, 125, 250, 500}) {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("routines"));
        if (writeRoutines(folder, count) != 0)
            std::exit(1);
        std::vector<double> read, opened;
        for (int round = 0; round < 5; ++round) {
            SettingsFile file(home.filePath(QStringLiteral("rollguide.conf")));
            AppSettings settings(file);
            settings.setDisclaimerAcknowledged(true);
            SteadyClock clock;
            MainWindow window(loadCatalogFile(Catalog::bundledPath()), QStringLiteral("built-in"), settings,
                              clock);
            window.show();
            QApplication::processEvents();
            RoutineStore store(folder);
            auto t0 = Steady::now();
            window.attachRoutineStore(store);
            read.push_back(msSince(t0));
            if (window.personalRoutines().size() != count)
                std::exit(1);
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
            t0 = Steady::now();
            tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("routinesTab")));
            window.grab(); // lays out and paints the tab
            opened.push_back(msSince(t0));
        }
        std::printf("  %9d %12.2f %12.2f\n", count, median(read), median(opened));
    }
}
/// `count` daily sessions ending yesterday, 8 steps each, with check-ins.
QList<SessionRecord> dailySessions(int count) {
    QList<SessionRecord> out;
    const QDateTime last = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < count; ++i) {
        SessionRecord r = newSessionRecord(last.addDays(i - count + 1));
        r.routineId = QStringLiteral("full-back");
        r.routineName = QStringLiteral("Full back");
        r.regions = {Region::Lower, Region::Mid, Region::Upper};
        r.plannedMs = 905000;
        r.actualMs = 880000 + i % 20000;
        r.outcome = i % 9 == 0 ? SessionOutcome::Stopped : SessionOutcome::Completed;
        for (int step = 0; step < 8; ++step)
            r.steps.append({QStringLiteral("move-%1").arg(step), QStringLiteral("Move %1").arg(step),
                            (i + step) % 13 == 0 ? StepOutcome::Skipped : StepOutcome::Done});
        for (Region region : kAllRegions) {
            r.before.insert(region, 3 + (i * 7 + int(region)) % 5);
            r.after.insert(region, 1 + (i * 3 + int(region)) % 4);
        }
        out << r;
    }
    return out;
}

void historyScale() {
    std::printf("history: N daily sessions of 8 steps, median of 5 (ms)\n");
    std::printf("  %9s %9s %12s %12s %12s %12s %12s\n", "sessions", "KiB", "read", "tab opened",
                "chart drawn", "CSV export", "JSON export");
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    for (int count : {365, 912, 1825, 3650}) {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
        {
            HistoryStore store(HistoryStore::defaultPath());
            if (!store.open().writable || !store.merge(dailySessions(count))) {
                std::fprintf(stderr, "could not write the history\n");
                std::exit(1);
            }
        }
        const qint64 kib = QFileInfo(HistoryStore::defaultPath()).size() / 1024;
        std::vector<double> readOnly, opened, chart, csv, json;
        for (int round = 0; round < 5; ++round) {
            {
                const auto t0 = Steady::now();
                HistoryStore read(HistoryStore::defaultPath(), HistoryStore::Mode::ReadOnly);
                read.open();
                if (read.sessions()->size() != count)
                    std::exit(1);
                readOnly.push_back(msSince(t0));
            }
            SettingsFile file(home.filePath(QStringLiteral("rollguide.conf")));
            AppSettings settings(file);
            settings.setDisclaimerAcknowledged(true);
            SteadyClock clock;
            MainWindow window(loadCatalogFile(Catalog::bundledPath()), QStringLiteral("built-in"), settings,
                              clock);
            window.show();
            QApplication::processEvents();
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
            auto t0 = Steady::now();
            tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("historyTab")));
            window.grab(); // reads the history, lays out and paints the tab
            opened.push_back(msSince(t0));
            auto* tab = window.findChild<HistoryTab*>();
            if (!tab || tab->sessions().size() != count)
                std::exit(1);
            t0 = Steady::now();
            tab->showTrends();
            window.grab();
            chart.push_back(msSince(t0));
            if (!tab->chart()) {
                std::fprintf(stderr, "the chart module did not load\n");
                std::exit(1);
            }
            for (auto [times, toCsv] : {std::pair{&csv, true}, std::pair{&json, false}}) {
                t0 = Steady::now();
                HistoryStore read(HistoryStore::defaultPath(), HistoryStore::Mode::ReadOnly);
                read.open();
                const auto all = read.sessions();
                const QByteArray bytes = toCsv ? historyToCsv(all.value()) : historyToJson(all.value());
                times->push_back(msSince(t0));
                if (bytes.isEmpty())
                    std::exit(1);
            }
        }
        std::printf("  %9d %9lld %12.2f %12.2f %12.2f %12.2f %12.2f\n", count, kib, median(readOnly),
                    median(opened), median(chart), median(csv), median(json));
    }
    qputenv("XDG_DATA_HOME", oldHome);
}
} // namespace

int main(int argc, char** argv) {
    spdlog::set_level(spdlog::level::err);
    if (argc == 4 && QByteArray(argv[1]) == "--write-routines") {
        QCoreApplication app(argc, argv);
        return writeRoutines(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("ROLLGUIDE_MODULE_DIR"))
        qputenv("ROLLGUIDE_MODULE_DIR", ROLLGUIDE_BUILD_DIR); // the chart module, built there
    QApplication app(argc, argv);
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (only.isEmpty() || only == "catalog")
        catalogScale();
    if (only.isEmpty() || only == "routines")
        routinesScale();
    if (only.isEmpty() || only == "history")
        historyScale();
    return 0;
}
