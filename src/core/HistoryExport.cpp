// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "HistoryExport.h"
#include "JsonReader.h"
#include "SessionPlan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rollguide {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)
};

constexpr int kMaxDayMs = 24 * 3600 * 1000;

QList<const SessionRecord*> oldestFirst(const QList<SessionRecord>& sessions) {
    QList<const SessionRecord*> out;
    for (const SessionRecord& s : sessions)
        out << &s;
    std::stable_sort(out.begin(), out.end(),
                     [](const SessionRecord* a, const SessionRecord* b) { return a->started < b->started; });
    return out;
}

/// A CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused so
/// that a spreadsheet never runs a routine name as a formula.
QString csvField(QString text) {
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

std::string utf8(const QString& s) {
    return s.toStdString();
}
} // namespace

QByteArray historyToCsv(const QList<SessionRecord>& sessions) {
    QStringList header{
        QStringLiteral("started_utc"), QStringLiteral("local_date"), QStringLiteral("local_time"),
        QStringLiteral("routine"),     QStringLiteral("outcome"),    QStringLiteral("planned_s"),
        QStringLiteral("actual_s"),    QStringLiteral("steps"),      QStringLiteral("done"),
        QStringLiteral("cut_short"),   QStringLiteral("skipped"),    QStringLiteral("hurt")};
    for (Region r : kAllRegions)
        header << QStringLiteral("%1_before").arg(regionKey(r))
               << QStringLiteral("%1_after").arg(regionKey(r));
    header << QStringLiteral("note");
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const SessionRecord* s : oldestFirst(sessions)) {
        const QDateTime local = s->startedLocal();
        QStringList row{s->started.toString(Qt::ISODate),
                        local.date().toString(Qt::ISODate),
                        local.time().toString(QStringLiteral("HH:mm")),
                        csvField(s->routineName),
                        sessionOutcomeKey(s->outcome),
                        QString::number(s->plannedMs / 1000),
                        QString::number(s->actualMs / 1000),
                        QString::number(s->steps.size()),
                        QString::number(s->count(StepOutcome::Done)),
                        QString::number(s->count(StepOutcome::CutShort)),
                        QString::number(s->count(StepOutcome::Skipped)),
                        QString::number(s->count(StepOutcome::Hurt))};
        for (Region r : kAllRegions) {
            row << (s->before.contains(r) ? QString::number(s->before.value(r)) : QString());
            row << (s->after.contains(r) ? QString::number(s->after.value(r)) : QString());
        }
        row << csvField(s->note);
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray historyToJson(const QList<SessionRecord>& sessions) {
    Json list = Json::array();
    for (const SessionRecord* s : oldestFirst(sessions)) {
        Json steps = Json::array();
        for (const StepRecord& step : s->steps)
            steps.push_back({{"exerciseId", utf8(step.exerciseId)},
                             {"exerciseName", utf8(step.exerciseName)},
                             {"outcome", utf8(stepOutcomeKey(step.outcome))}});
        Json regions = Json::array();
        for (Region r : s->regions)
            regions.push_back(utf8(regionKey(r)));
        const auto ratings = [](const Ratings& rs) {
            Json o = Json::object();
            for (auto it = rs.cbegin(); it != rs.cend(); ++it)
                o[utf8(regionKey(it.key()))] = it.value();
            return o;
        };
        Json session = {{"uuid", utf8(s->uuid)},
                        {"started", utf8(s->started.toString(Qt::ISODateWithMs))},
                        {"utcOffsetSeconds", s->utcOffsetSeconds},
                        {"routineName", utf8(s->routineName)},
                        {"regions", regions},
                        {"plannedMs", s->plannedMs},
                        {"actualMs", s->actualMs},
                        {"pausedMs", s->pausedMs},
                        {"inhaleMs", s->inhaleMs},
                        {"exhaleMs", s->exhaleMs},
                        {"outcome", utf8(sessionOutcomeKey(s->outcome))},
                        {"steps", steps},
                        {"before", ratings(s->before)},
                        {"after", ratings(s->after)}};
        // Optional texts are left out when empty (an empty text is not a valid value on import).
        if (!s->timeZone.isEmpty())
            session["timeZone"] = utf8(s->timeZone);
        if (!s->routineId.isEmpty())
            session["routineId"] = utf8(s->routineId);
        if (!s->note.isEmpty())
            session["note"] = utf8(s->note);
        if (!s->routineJson.isEmpty()) {
            try {
                session["routine"] = Json::parse(s->routineJson.toStdString());
            } catch (const Json::exception&) {
                // A copy that does not parse is left out rather than exported broken.
            }
        }
        list.push_back(std::move(session));
    }
    const Json doc = {{"format", "rollguide-history"}, {"version", kHistoryJsonVersion}, {"sessions", list}};
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

HistoryImport historyFromJson(const QByteArray& bytes) {
    HistoryImport out;
    const std::optional<Json> doc = parseCheckedJson(bytes, kMaxHistoryJsonBytes, 16, out.errors);
    if (!doc)
        return out;
    JsonReader r(out.errors);
    if (!r.object(*doc, "", {"format", "version", "sessions"}))
        return out;
    r.choice(*doc, "", "format", {"rollguide-history"});
    r.integer(*doc, "", "version", kHistoryJsonVersion, kHistoryJsonVersion);
    QSet<QString> seen;
    r.array(*doc, "", "sessions", 0, kMaxImportedSessions, [&](const Json& v, const std::string& p, int) {
        if (!r.object(v, p,
                      {"uuid", "started", "utcOffsetSeconds", "timeZone", "routineId", "routineName",
                       "regions", "plannedMs", "actualMs", "pausedMs", "inhaleMs", "exhaleMs", "outcome",
                       "steps", "before", "after", "note", "routine"}))
            return;
        const int before = r.errorCount();
        SessionRecord s;
        s.uuid = r.text(v, p, "uuid", 64).value_or(QString());
        if (!s.uuid.isEmpty() && seen.contains(s.uuid))
            r.error(JsonReader::child(p, "uuid"), Text::tr("this uuid is already used by another session"));
        seen.insert(s.uuid);
        if (const auto started = r.text(v, p, "started", 40)) {
            s.started = QDateTime::fromString(*started, Qt::ISODateWithMs).toUTC();
            if (!s.started.isValid())
                r.error(JsonReader::child(p, "started"), Text::tr("not an ISO 8601 date and time"));
        }
        s.utcOffsetSeconds = r.integer(v, p, "utcOffsetSeconds", -18 * 3600, 18 * 3600).value_or(0);
        s.timeZone = r.text(v, p, "timeZone", 64, false).value_or(QString());
        s.routineId = r.text(v, p, "routineId", 256, false).value_or(QString());
        s.routineName = r.text(v, p, "routineName", JsonReader::kMaxText).value_or(QString());
        for (const QString& key : r.texts(v, p, "regions", 0, 3, false)) {
            if (const auto region = regionFromKey(key); region && !s.regions.contains(*region))
                s.regions << *region;
            else
                r.error(JsonReader::child(p, "regions"),
                        Text::tr("unknown or repeated region \"%1\"").arg(key));
        }
        s.plannedMs = r.integer(v, p, "plannedMs", 0, kMaxDayMs).value_or(0);
        s.actualMs = r.integer(v, p, "actualMs", 0, kMaxDayMs).value_or(0);
        s.pausedMs = r.integer(v, p, "pausedMs", 0, kMaxDayMs, false).value_or(0);
        s.inhaleMs =
            r.integer(v, p, "inhaleMs", BreathPace::kMinPhaseMs, BreathPace::kMaxPhaseMs).value_or(4000);
        s.exhaleMs =
            r.integer(v, p, "exhaleMs", BreathPace::kMinPhaseMs, BreathPace::kMaxPhaseMs).value_or(6000);
        if (const auto o = r.choice(v, p, "outcome", {"running", "completed", "stopped"}))
            s.outcome = *sessionOutcomeFromKey(*o);
        r.array(v, p, "steps", 0, 500, [&](const Json& sv, const std::string& sp, int) {
            if (!r.object(sv, sp, {"exerciseId", "exerciseName", "outcome"}))
                return;
            StepRecord step;
            step.exerciseId = r.text(sv, sp, "exerciseId", 256).value_or(QString());
            step.exerciseName = r.text(sv, sp, "exerciseName", JsonReader::kMaxText).value_or(QString());
            if (const auto o =
                    r.choice(sv, sp, "outcome", {"not-reached", "done", "cut-short", "skipped", "hurt"}))
                step.outcome = *stepOutcomeFromKey(*o);
            s.steps << step;
        });
        for (const auto& [key, ratings] : {std::pair{"before", &s.before}, std::pair{"after", &s.after}}) {
            const Json* m = r.member(v, p, key, false);
            if (!m)
                continue;
            const std::string mp = JsonReader::child(p, key);
            if (!r.object(*m, mp, {"lower", "mid", "upper"}))
                continue;
            for (Region region : kAllRegions)
                if (const auto value =
                        r.integer(*m, mp, utf8(regionKey(region)).c_str(), 0, kMaxRating, false))
                    ratings->insert(region, *value);
        }
        s.note = r.text(v, p, "note", JsonReader::kMaxText, false).value_or(QString());
        if (const Json* routine = r.member(v, p, "routine", false)) {
            if (routine->is_object())
                s.routineJson = QByteArray::fromStdString(routine->dump(2)) + '\n';
            else
                r.error(JsonReader::child(p, "routine"), Text::tr("must be a routine object"));
        }
        if (r.errorCount() == before)
            out.sessions << std::move(s);
    });
    if (!out.errors.isEmpty())
        out.sessions.clear();
    return out;
}

QString historyLine(const SessionRecord& s) {
    const QDateTime local = s.startedLocal();
    QStringList parts{local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), plainLine(s.routineName),
                      Text::tr("%n minute(s)", nullptr, int((s.actualMs + 30000) / 60000))};
    QString outcome;
    switch (s.outcome) {
    case SessionOutcome::Completed:
        outcome = Text::tr("completed");
        break;
    case SessionOutcome::Stopped:
        outcome = Text::tr("stopped");
        break;
    case SessionOutcome::Running:
        outcome = Text::tr("did not finish");
        break;
    }
    QStringList counts{Text::tr("%1 of %2 done").arg(s.count(StepOutcome::Done)).arg(s.steps.size())};
    if (const int n = s.count(StepOutcome::CutShort))
        counts << Text::tr("%1 cut short").arg(n);
    if (const int n = s.count(StepOutcome::Skipped))
        counts << Text::tr("%1 skipped").arg(n);
    if (const int n = s.count(StepOutcome::Hurt))
        counts << Text::tr("%1 hurt").arg(n);
    parts << outcome + QStringLiteral(", ") + counts.join(QStringLiteral(", "));
    if (const QString ratings = ratingsSummary(s); !ratings.isEmpty())
        parts << ratings;
    return parts.join(QStringLiteral("\t"));
}

} // namespace rollguide
