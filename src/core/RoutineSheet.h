// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "SessionPlanner.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rollguide {

/// One move as the sheet prints it. Every text is plain text, exactly as the catalog or the routine
/// holds it: whoever lays it out must not read it as markup.
struct SheetMove {
    int number = 0; ///< 1-based place in the routine.
    QString exerciseId;
    QString name;             ///< The move's name; the exercise id when the catalog lacks the move.
    bool inCatalog = true;    ///< False when the catalog has no such move: only the name and dose are known.
    QString regions;          ///< "Mid back · Upper back".
    QString orientation;      ///< How the roller lies: "Across" or "Lengthwise".
    QString placement;        ///< Where the roller goes, as the catalog says it.
    QStringList steps;        ///< In order; the layout numbers them.
    QString dose;             ///< describeDose(): "10 long breaths, 2 sets, each side".
    QStringList breathing;    ///< The breathing cues.
    QStringList avoid;        ///< What to avoid.
    QStringList cautions;     ///< What the person's safety answers say about this move (may be empty).
    QString illustrationPath; ///< The move's SVG file or resource; empty when it has none or it is missing.
    QString illustrationAlt;
};

/// A condition from the screening list (the catalog's contraindications).
struct SheetCondition {
    QString id;
    QString name;
    QString detail;
    ContraAction action = ContraAction::AskDoctor;
};

/// The safety box: who should not roll or should ask a doctor first, the rules that always apply,
/// and the disclaimer.
struct SheetSafety {
    QString heading;
    QList<SheetCondition> conditions; ///< Every contraindication, in catalog order.
    QStringList rules;                ///< "Stop if it hurts ..." and the like, as full sentences.
    QString disclaimer;

    /// Names of the conditions whose action is `action`, in catalog order.
    QStringList namesFor(ContraAction action) const;
};

/// A grid of weeks x days to tick off sessions, sized from guide.limits.weeklySessions.
struct SheetTickGrid {
    static constexpr int kWeeks = 4;

    QString heading;
    QString caption;        ///< "Aim for 4–5 sessions a week. Tick a box each time you roll."
    int weeks = kWeeks;     ///< Rows.
    QStringList days;       ///< Column headings, seven short day names from the locale's first day.
    QStringList weekLabels; ///< Row headings: "Week 1" ...
    int minPerWeek = 0;
    int maxPerWeek = 0;
};

/// Everything the printed routine sheet says, in one place, as plain data: title, totals, the moves,
/// the safety box and the weekly tick grid. Built once from a routine and a catalog; the layout
/// (SheetPrinter) only places it on paper.
struct RoutineSheet {
    QString title;       ///< The routine's name, as typed.
    QString notes;       ///< The routine's description or notes, as typed (may be empty).
    qint64 totalMs = -1; ///< Planned length of the session, or -1 when the routine cannot be planned.
    QString totalText;   ///< "15 min 20 s" (or a word saying it is unknown).
    QString movesText;   ///< "6 moves".
    QString paceText;    ///< "Breathe in for 4 s and out for 6 s".
    QList<SheetMove> moves;
    SheetSafety safety;
    SheetTickGrid grid;
    QString footer; ///< Small print at the foot of every page ("RollGuide · Full back").

    /// Builds the sheet for `routine`: each step in order with the catalog's texts and the step's dose,
    /// the total at `options.pace` (with the screening's notes on the moves it concerns), every
    /// contraindication, and the guide's weekly frequency. An illustration is kept when its file
    /// (Illustration::path, as the catalog loader found it) exists. Day names come from `locale`.
    static RoutineSheet build(const Routine& routine, const Catalog& catalog, const PlanOptions& options = {},
                              const QLocale& locale = QLocale());
};

/// A length in words for print: "15 min 20 s", "8 min", "45 s".
QString formatDurationWords(qint64 ms);

} // namespace rollguide
