// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// A test helper: records sessions into the history at PATH as fast as it can, each with a step written
// several times over (as a real session does), and prints each session's uuid once it is saved in full.
// The kill test stops it with SIGKILL at random moments; with COUNT it stops by itself after COUNT
// sessions (several run at once on one file).
#include "HistoryStore.h"
#include "Logging.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace rollguide;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    setupLogging(spdlog::level::warn); // on stderr, where the test looks for trouble
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: history_writer PATH [COUNT]\n");
        return 2;
    }
    const int count = argc == 3 ? std::atoi(argv[2]) : 100000;
    HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open().writable) {
        std::fprintf(stderr, "history_writer: %s\n", store.report().problem.toLocal8Bit().constData());
        return 1;
    }
    for (int n = 0; n < count; ++n) {
        SessionRecord r = newSessionRecord(QDateTime::currentDateTimeUtc());
        r.routineName = QStringLiteral("Writer %1").arg(n);
        r.regions = {Region::Lower, Region::Mid};
        r.before = {{Region::Lower, n % 11}};
        for (int i = 0; i < 6; ++i)
            r.steps.append({QStringLiteral("move-%1").arg(i), QStringLiteral("Move %1").arg(i),
                            StepOutcome::NotReached});
        for (int i = 0; i <= r.steps.size(); ++i) {
            if (i > 0)
                r.steps[i - 1].outcome = StepOutcome::Done;
            if (i == r.steps.size())
                r.outcome = SessionOutcome::Completed;
            if (const Status s = store.save(r); !s.ok()) {
                std::fprintf(stderr, "history_writer: %s\n", s.error().toLocal8Bit().constData());
                return 1;
            }
        }
        std::printf("%s\n", r.uuid.toLatin1().constData());
        std::fflush(stdout);
    }
    return 0;
}
