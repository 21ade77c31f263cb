// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::CatalogLoader)
};

const char* const kRequiredSections[] = {
    "how-it-works", "technique-dos", "technique-donts", "who-should-avoid", "benefits",
    "evidence",     "combine",       "roller-choice",   "timing",           "tips"};

using P = std::string;

/// Reads the catalog section by section. Each reader appends errors and returns what it could read.
class Parser {
public:
    Parser(QList<LoadError>& errors, const QString& folder)
        : r(errors)
        , m_folder(folder) {}

    std::optional<Catalog> read(const Json& root) {
        if (!r.object(root, "",
                      {"schemaVersion", "sources", "contraindications", "exercises", "guide", "routines",
                       "programs"}))
            return std::nullopt;
        if (!readVersion(root))
            return std::nullopt; // Nothing else is meaningful in a file we do not understand.

        Catalog c;
        r.array(root, "", "sources", 1, 50, [&](const Json& v, const P& p, int) { readSource(c, v, p); });
        r.array(root, "", "contraindications", 1, 100,
                [&](const Json& v, const P& p, int) { readContraindication(c, v, p); });
        r.array(root, "", "exercises", 1, kMaxExercises,
                [&](const Json& v, const P& p, int) { readExercise(c, v, p); });
        if (const Json* g = r.member(root, "", "guide", true))
            readGuide(c, *g, "/guide");
        r.array(
            root, "", "routines", 0, 200, [&](const Json& v, const P& p, int) { readRoutine(c, v, p); },
            false);
        r.array(
            root, "", "programs", 0, 50, [&](const Json& v, const P& p, int) { readProgram(c, v, p); },
            false);
        return c;
    }

private:
    bool readVersion(const Json& root) {
        const Json* v = r.member(root, "", "schemaVersion", true);
        if (!v)
            return false;
        if (v->is_number_integer() && v->get<std::int64_t>() > Catalog::kSchemaVersion) {
            r.error("/schemaVersion",
                    Text::tr("this catalog was written for a newer RollGuide (schema version %1); "
                             "this version reads schema version %2")
                        .arg(QString::fromStdString(v->dump()))
                        .arg(Catalog::kSchemaVersion));
            return false;
        }
        return r.integer(root, "", "schemaVersion", 1, Catalog::kSchemaVersion).has_value();
    }

    // Records `id` in `seen`, reporting a duplicate.
    void unique(QSet<QString>& seen, const QString& id, const P& p, const QString& what) {
        if (seen.contains(id))
            r.error(JsonReader::child(p, "id"), Text::tr("duplicate %1 id \"%2\"").arg(what, id));
        seen.insert(id);
    }

    void readSource(Catalog& c, const Json& v, const P& p) {
        if (!r.object(v, p, {"id", "title", "publisher", "author", "date"}))
            return;
        Source s;
        s.id = r.identifier(v, p, "id").value_or(QString());
        s.title = r.text(v, p, "title").value_or(QString());
        s.publisher = r.text(v, p, "publisher").value_or(QString());
        s.author = r.text(v, p, "author", JsonReader::kMaxName, false).value_or(QString());
        s.date = r.text(v, p, "date", 10, false).value_or(QString());
        if (!s.date.isEmpty() && !QDate::fromString(s.date, Qt::ISODate).isValid())
            r.error(JsonReader::child(p, "date"),
                    Text::tr("expected a date as YYYY-MM-DD, found \"%1\"").arg(s.date));
        unique(m_sourceIds, s.id, p, Text::tr("source"));
        c.sources.append(s);
    }

    QStringList sourceRefs(const Json& v, const P& p, const char* key) {
        QStringList ids = r.texts(v, p, key, 1, 10);
        for (int i = 0; i < ids.size(); ++i)
            if (!m_sourceIds.contains(ids[i]))
                r.error(JsonReader::child(JsonReader::child(p, key), i),
                        Text::tr("refers to source \"%1\", which is not in /sources").arg(ids[i]));
        return ids;
    }

    void readContraindication(Catalog& c, const Json& v, const P& p) {
        if (!r.object(v, p, {"id", "name", "detail", "action", "sources"}))
            return;
        Contraindication k;
        k.id = r.identifier(v, p, "id").value_or(QString());
        k.name = r.text(v, p, "name", JsonReader::kMaxName).value_or(QString());
        k.detail = r.text(v, p, "detail").value_or(QString());
        k.action =
            r.choice(v, p, "action", {"avoid", "ask-doctor"}).value_or(QString()) == QLatin1String("avoid")
                ? ContraAction::Avoid
                : ContraAction::AskDoctor;
        k.sources = sourceRefs(v, p, "sources");
        unique(m_contraIds, k.id, p, Text::tr("contraindication"));
        c.contraindications.append(k);
    }

    void readExercise(Catalog& c, const Json& v, const P& p) {
        if (!r.object(v, p,
                      {"id", "name", "summary", "regions", "kind", "roller", "setup", "steps", "breathing",
                       "dose", "avoid", "cautions", "variations", "beginner", "contraindications", "source",
                       "illustration"}))
            return;
        Exercise e;
        e.id = r.identifier(v, p, "id").value_or(QString());
        e.name = r.text(v, p, "name", JsonReader::kMaxName).value_or(QString());
        e.summary = r.text(v, p, "summary").value_or(QString());
        r.array(v, p, "regions", 1, 3, [&](const Json& el, const P& ep, int) {
            const auto region =
                el.is_string() ? regionFromKey(QString::fromStdString(el.get<std::string>())) : std::nullopt;
            if (!region)
                r.error(ep, Text::tr("expected \"lower\", \"mid\" or \"upper\""));
            else if (e.regions.contains(*region))
                r.error(ep, Text::tr("region listed twice"));
            else
                e.regions.append(*region);
        });
        if (auto k = r.choice(v, p, "kind", {"roll", "hold", "reps"}))
            e.kind = *exerciseKindFromKey(*k);
        readRoller(e, v, p);
        e.setup = r.text(v, p, "setup").value_or(QString());
        r.array(v, p, "steps", 1, 12, [&](const Json& el, const P& sp, int) {
            if (!r.object(el, sp, {"text", "breath"}))
                return;
            Step s;
            s.text = r.text(el, sp, "text").value_or(QString());
            if (auto b = r.choice(el, sp, "breath", {"inhale", "exhale", "steady"}, false))
                s.breath = *b == QLatin1String("inhale")   ? BreathCue::Inhale
                           : *b == QLatin1String("exhale") ? BreathCue::Exhale
                                                           : BreathCue::Steady;
            e.steps.append(s);
        });
        e.breathing = r.texts(v, p, "breathing", 1, 10);
        if (const Json* d = r.member(v, p, "dose", true))
            if (auto dose = readDose(r, *d, JsonReader::child(p, "dose"), nullptr))
                e.dose = *dose;
        e.avoid = r.texts(v, p, "avoid", 1, 12);
        e.cautions = r.texts(v, p, "cautions", 0, 12);
        e.variations = r.texts(v, p, "variations", 0, 6, false);
        e.beginner = r.boolean(v, p, "beginner").value_or(false);
        e.contraindications = r.texts(v, p, "contraindications", 0, 20);
        for (int i = 0; i < e.contraindications.size(); ++i)
            if (!m_contraIds.contains(e.contraindications[i]))
                r.error(JsonReader::child(JsonReader::child(p, "contraindications"), i),
                        Text::tr("refers to contraindication \"%1\", which is not in /contraindications")
                            .arg(e.contraindications[i]));
        if (auto s = r.text(v, p, "source", 48)) {
            e.source = *s;
            if (!m_sourceIds.contains(*s))
                r.error(JsonReader::child(p, "source"),
                        Text::tr("refers to source \"%1\", which is not in /sources").arg(*s));
        }
        if (const Json* ill = r.member(v, p, "illustration", false))
            readIllustration(e, *ill, JsonReader::child(p, "illustration"), e.id);
        unique(m_exerciseIds, e.id, p, Text::tr("exercise"));
        c.exercises.append(e);
    }

    void readRoller(Exercise& e, const Json& v, const P& p) {
        const Json* rv = r.member(v, p, "roller", true);
        const P rp = JsonReader::child(p, "roller");
        if (!rv || !r.object(*rv, rp, {"orientation", "placement", "equipment"}))
            return;
        if (auto o = r.choice(*rv, rp, "orientation", {"across", "lengthwise"}))
            e.roller.orientation =
                *o == QLatin1String("across") ? RollerOrientation::Across : RollerOrientation::Lengthwise;
        e.roller.placement = r.text(*rv, rp, "placement").value_or(QString());
        r.array(*rv, rp, "equipment", 1, 3, [&](const Json& el, const P& ep, int) {
            const auto eq = el.is_string() ? equipmentFromKey(QString::fromStdString(el.get<std::string>()))
                                           : std::nullopt;
            if (!eq)
                r.error(ep, Text::tr("expected \"standard\", \"long\" or \"half\""));
            else if (e.roller.equipment.contains(*eq))
                r.error(ep, Text::tr("equipment listed twice"));
            else
                e.roller.equipment.append(*eq);
        });
    }

    void readIllustration(Exercise& e, const Json& v, const P& p, const QString& exerciseId) {
        if (!r.object(v, p, {"file", "alt"}))
            return;
        Illustration ill;
        ill.file = r.text(v, p, "file", 200).value_or(QString());
        ill.alt = r.text(v, p, "alt").value_or(QString());
        // A relative path inside the data folder only: no way out of it.
        if (!ill.file.isEmpty() && (ill.file.startsWith(u'/') || ill.file.startsWith(u':') ||
                                    ill.file.contains(QStringLiteral("..")) || ill.file.contains(u'\\') ||
                                    !ill.file.endsWith(QStringLiteral(".svg")))) {
            r.error(JsonReader::child(p, "file"),
                    Text::tr("expected a relative path to an .svg file inside the data folder, found \"%1\"")
                        .arg(ill.file));
            return;
        }
        if (!ill.file.isEmpty() && !m_folder.isEmpty()) {
            ill.path = m_folder + u'/' + ill.file;
            // The text of the path stays inside the folder; so must the file it resolves to (a link
            // to /etc/passwd is refused before it is opened).
            const Status usable =
                !m_folder.startsWith(u':') && QFileInfo::exists(ill.path) &&
                        !isInsideFolder(ill.path, m_folder)
                    ? Status::failure(Text::tr("it resolves to %1, outside the catalog's folder %2")
                                          .arg(resolvedPath(ill.path), m_folder))
                    : checkIllustrationFile(ill.path).status();
            if (!usable.ok())
                r.error(JsonReader::child(p, "file"),
                        Text::tr("the illustration of exercise \"%1\" cannot be used: %2 (looked for %3)")
                            .arg(exerciseId.isEmpty() ? Text::tr("(no id)") : exerciseId, usable.error(),
                                 ill.path));
        }
        e.illustration = ill;
    }

    void readGuide(Catalog& c, const Json& g, const P& p) {
        if (!r.object(g, p, {"sections", "limits", "disclaimer"}))
            return;
        QSet<QString> ids;
        r.array(g, p, "sections", 1, 40, [&](const Json& v, const P& sp, int) {
            if (!r.object(v, sp, {"id", "title", "intro", "items"}))
                return;
            GuideSection s;
            s.id = r.identifier(v, sp, "id").value_or(QString());
            s.title = r.text(v, sp, "title", JsonReader::kMaxName).value_or(QString());
            s.intro = r.text(v, sp, "intro", JsonReader::kMaxText, false).value_or(QString());
            r.array(v, sp, "items", 1, 60, [&](const Json& iv, const P& ip, int) { readItem(s, iv, ip); });
            unique(ids, s.id, sp, Text::tr("guide section"));
            c.guide.sections.append(s);
        });
        for (const char* id : kRequiredSections)
            if (g.contains("sections") && g["sections"].is_array() && !ids.contains(QLatin1String(id)))
                r.error(JsonReader::child(p, "sections"),
                        Text::tr("the required section \"%1\" is missing").arg(QLatin1String(id)));
        if (const Json* l = r.member(g, p, "limits", true))
            readLimits(c.guide.limits, *l, JsonReader::child(p, "limits"));
        c.guide.disclaimer = r.text(g, p, "disclaimer").value_or(QString());
    }

    void readItem(GuideSection& s, const Json& v, const P& p) {
        if (!r.object(v, p, {"title", "text", "sources", "study"}))
            return;
        GuideItem it;
        it.title = r.text(v, p, "title", JsonReader::kMaxName, false).value_or(QString());
        it.text = r.text(v, p, "text").value_or(QString());
        it.sources = sourceRefs(v, p, "sources");
        if (const Json* st = r.member(v, p, "study", false)) {
            const P stp = JsonReader::child(p, "study");
            if (r.object(*st, stp, {"journal", "year"})) {
                Study study;
                study.journal = r.text(*st, stp, "journal", 200).value_or(QString());
                study.year = r.integer(*st, stp, "year", 1900, 2100).value_or(0);
                it.study = study;
            }
        }
        s.items.append(it);
    }

    void readLimits(GuideLimits& l, const Json& v, const P& p) {
        if (!r.object(v, p,
                      {"holdSeconds", "breaths", "sets", "firstSessionMinutes", "weeklySessions",
                       "shortSessionSeconds"}))
            return;
        auto range = [&](const char* key, Range& out, int hardMax) {
            const Json* rv = r.member(v, p, key, true);
            const P rp = JsonReader::child(p, key);
            if (!rv || !r.object(*rv, rp, {"min", "max"}))
                return;
            const auto lo = r.integer(*rv, rp, "min", 1, hardMax);
            const auto hi = r.integer(*rv, rp, "max", 1, hardMax);
            if (lo && hi && *lo > *hi)
                r.error(rp, Text::tr("min (%1) is greater than max (%2)").arg(*lo).arg(*hi));
            out = {lo.value_or(0), hi.value_or(0)};
        };
        range("holdSeconds", l.holdSeconds, Dose::kMaxSeconds);
        range("breaths", l.breaths, Dose::kMaxBreaths);
        range("sets", l.sets, Dose::kMaxSets);
        range("firstSessionMinutes", l.firstSessionMinutes, 120);
        range("weeklySessions", l.weeklySessions, 21);
        l.shortSessionSeconds =
            r.integer(v, p, "shortSessionSeconds", Dose::kMinSeconds, Dose::kMaxSeconds).value_or(30);
    }

    void readRoutine(Catalog& c, const Json& v, const P& p) {
        if (!r.object(v, p, {"id", "name", "description", "steps"}))
            return;
        Routine rt;
        rt.id = r.identifier(v, p, "id").value_or(QString());
        rt.name = r.text(v, p, "name", JsonReader::kMaxName).value_or(QString());
        rt.description = r.text(v, p, "description", JsonReader::kMaxText, false).value_or(QString());
        r.array(v, p, "steps", 1, 200, [&](const Json& sv, const P& sp, int) {
            if (!r.object(sv, sp, {"exercise", "dose"}))
                return;
            RoutineStep step;
            step.exerciseId = r.text(sv, sp, "exercise", 48).value_or(QString());
            const Exercise* ex = c.exercise(step.exerciseId);
            if (!step.exerciseId.isEmpty() && !ex)
                r.error(
                    JsonReader::child(sp, "exercise"),
                    Text::tr("refers to exercise \"%1\", which is not in /exercises").arg(step.exerciseId));
            step.dose = ex ? ex->dose : Dose{};
            if (const Json* d = r.member(sv, sp, "dose", false))
                if (auto dose = readDose(r, *d, JsonReader::child(sp, "dose"), &step.dose))
                    step.dose = *dose;
            rt.steps.append(step);
        });
        unique(m_routineIds, rt.id, p, Text::tr("routine"));
        c.routines.append(rt);
    }

    void readProgram(Catalog& c, const Json& v, const P& p) {
        if (!r.object(v, p, {"id", "name", "summary", "timing", "weeks"}))
            return;
        Program pr;
        pr.id = r.identifier(v, p, "id").value_or(QString());
        pr.name = r.text(v, p, "name", JsonReader::kMaxName).value_or(QString());
        pr.summary = r.text(v, p, "summary").value_or(QString());
        if (const auto t = r.choice(v, p, "timing", {"before-workout", "after-workout", "anytime"}, false))
            pr.timing = workoutTimingFromKey(*t).value_or(WorkoutTiming::Anytime);
        r.array(v, p, "weeks", 1, 52, [&](const Json& wv, const P& wp, int i) {
            const ProgramWeek* before = i > 0 && pr.weeks.size() == i ? &pr.weeks[i - 1] : nullptr;
            if (auto w = readProgramWeek(c, wv, wp, before, i))
                pr.weeks.append(*w);
        });
        unique(m_programIds, pr.id, p, Text::tr("program"));
        c.programs.append(pr);
    }

    /// One week; `before` is the week before it (nullptr for the first, or when that one was broken).
    std::optional<ProgramWeek> readProgramWeek(const Catalog& c, const Json& v, const P& p,
                                               const ProgramWeek* before, int index) {
        if (!r.object(v, p, {"sessions", "minutes", "regions", "seconds", "breaths", "sets", "beginnerOnly"}))
            return std::nullopt;
        const int errorsBefore = r.errorCount();
        const GuideLimits& limits = c.guide.limits;
        ProgramWeek w;
        // A range within [lo, hi], and no higher than the guide's own range for that dose (`guide`).
        const auto range = [&](const char* key, Range& out, int lo, int hi, const Range* guide) {
            const Json* rv = r.member(v, p, key, true);
            const P rp = JsonReader::child(p, key);
            if (!rv || !r.object(*rv, rp, {"min", "max"}))
                return;
            const auto mn = r.integer(*rv, rp, "min", lo, hi);
            const auto mx = r.integer(*rv, rp, "max", lo, hi);
            if (!mn || !mx)
                return;
            if (*mn > *mx)
                r.error(rp, Text::tr("min (%1) is greater than max (%2)").arg(*mn).arg(*mx));
            else if (guide && guide->max > 0 && *mx > guide->max)
                r.error(JsonReader::child(rp, "max"),
                        Text::tr("%1 is more than the guide advises (at most %2, /guide/limits)")
                            .arg(*mx)
                            .arg(guide->max));
            out = {*mn, *mx};
        };
        range("sessions", w.sessions, 1, 7, nullptr);
        range("minutes", w.minutes, 1, 120, nullptr);
        range("seconds", w.seconds, Dose::kMinSeconds, Dose::kMaxSeconds, &limits.holdSeconds);
        range("breaths", w.breaths, Dose::kMinBreaths, Dose::kMaxBreaths, &limits.breaths);
        range("sets", w.sets, 1, Dose::kMaxSets, &limits.sets);
        r.array(v, p, "regions", 1, 3, [&](const Json& rv, const P& rp, int) {
            const auto region =
                rv.is_string() ? regionFromKey(QString::fromStdString(rv.get<std::string>())) : std::nullopt;
            if (!region)
                r.error(rp, Text::tr("expected \"lower\", \"mid\" or \"upper\""));
            else if (w.regions.contains(*region))
                r.error(rp, Text::tr("region \"%1\" is listed twice").arg(regionKey(*region)));
            else
                w.regions << *region;
        });
        w.beginnerOnly = r.boolean(v, p, "beginnerOnly", false).value_or(false);
        if (r.errorCount() != errorsBefore)
            return std::nullopt;

        if (index == 0 && limits.firstSessionMinutes.max > 0 &&
            w.minutes.max > limits.firstSessionMinutes.max)
            r.error(JsonReader::child(JsonReader::child(p, "minutes"), "max"),
                    Text::tr("the first week's sessions may last at most %1 minutes, the guide's limit for "
                             "a first session (/guide/limits/firstSessionMinutes)")
                        .arg(limits.firstSessionMinutes.max));
        if (before) {
            // A dose never rises by more than one step from one week to the next.
            const auto step = [&](const char* key, const Range& was, const Range& now, int most,
                                  const QString& unit) {
                const std::pair<const char*, std::pair<int, int>> ends[] = {{"min", {was.min, now.min}},
                                                                            {"max", {was.max, now.max}}};
                for (const auto& [end, values] : ends)
                    if (values.second - values.first > most)
                        r.error(
                            JsonReader::child(JsonReader::child(p, key), end),
                            Text::tr("rises from %1 to %2 %3 over the week before; one week may rise by at "
                                     "most %4")
                                .arg(values.first)
                                .arg(values.second)
                                .arg(unit)
                                .arg(most));
            };
            step("minutes", before->minutes, w.minutes, Program::kMinutesStep, Text::tr("minutes"));
            step("seconds", before->seconds, w.seconds, Program::kSecondsStep, Text::tr("seconds"));
            step("breaths", before->breaths, w.breaths, Program::kBreathsStep, Text::tr("breaths"));
            step("sets", before->sets, w.sets, Program::kSetsStep, Text::tr("sets"));
        }
        if (r.errorCount() != errorsBefore)
            return std::nullopt;
        return w;
    }

    JsonReader r;
    QString m_folder; ///< Where illustration files are looked up; empty: not at all.
    QSet<QString> m_sourceIds, m_contraIds, m_exerciseIds, m_routineIds, m_programIds;
};
} // namespace

std::optional<Dose> readDose(JsonReader& r, const Json& v, const std::string& p, const Dose* base) {
    if (!r.object(v, p, {"unit", "amount", "sets", "perSide", "restSeconds"}))
        return std::nullopt;
    const bool req = base == nullptr;
    const int before = r.errorCount();
    Dose d = base ? *base : Dose{};
    if (auto u = r.choice(v, p, "unit", {"seconds", "breaths"}, req))
        d.unit = *u == QLatin1String("seconds") ? DoseUnit::Seconds : DoseUnit::Breaths;
    // The amount's range depends on the unit; check it against the unit in force.
    if (d.unit == DoseUnit::Seconds) {
        if (auto a = r.integer(v, p, "amount", Dose::kMinSeconds, Dose::kMaxSeconds, req))
            d.amount = *a;
    } else if (auto a = r.integer(v, p, "amount", Dose::kMinBreaths, Dose::kMaxBreaths, req)) {
        d.amount = *a;
    }
    if (!v.contains("amount") && base && base->unit != d.unit)
        r.error(JsonReader::child(p, "amount"),
                Text::tr("missing; a dose that changes the unit must give the amount too"));
    if (auto s = r.integer(v, p, "sets", 1, Dose::kMaxSets, req))
        d.sets = *s;
    if (auto b = r.boolean(v, p, "perSide", req))
        d.perSide = *b;
    if (auto s = r.integer(v, p, "restSeconds", 0, Dose::kMaxRestSeconds, req))
        d.restSeconds = *s;
    if (r.errorCount() != before)
        return std::nullopt;
    return d;
}

QString CatalogLoadResult::errorText(const QString& prefix) const {
    return joinErrors(errors, prefix);
}

Status checkIllustrationBytes(const QByteArray& bytes) {
    if (bytes.trimmed().isEmpty())
        return Status::failure(Text::tr("the file is empty"));
    QXmlStreamReader xml(bytes);
    bool rootSeen = false;
    const auto where = [&xml] {
        return Text::tr("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber());
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD()) {
            // Entities could pull in other files; a drawing needs none.
            if (!xml.entityDeclarations().isEmpty() || xml.text().contains(QLatin1String("ENTITY")))
                return Status::failure(
                    Text::tr(
                        "it declares XML entities (%1); an illustration must not refer to anything outside "
                        "itself")
                        .arg(where()));
            continue;
        }
        if (xml.isProcessingInstruction() &&
            xml.processingInstructionTarget() == QLatin1String("xml-stylesheet"))
            return Status::failure(
                Text::tr("it links a style sheet (%1); an illustration must not refer to anything outside "
                         "itself")
                    .arg(where()));
        if (xml.isEntityReference())
            return Status::failure(
                Text::tr("it uses the entity &%1; (%2); an illustration must not refer to anything outside "
                         "itself")
                    .arg(xml.name().toString(), where()));
        if (!xml.isStartElement())
            continue;
        if (!rootSeen) {
            rootSeen = true;
            if (xml.name() != QLatin1String("svg"))
                return Status::failure(Text::tr("this is not an SVG drawing (its first element is <%1>)")
                                           .arg(xml.qualifiedName().toString()));
            if (xml.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg"))
                return Status::failure(Text::tr(
                    "its <svg> element lacks the SVG namespace, xmlns=\"http://www.w3.org/2000/svg\""));
        }
        const QString element = xml.qualifiedName().toString();
        if (xml.name() == QLatin1String("script") || xml.name() == QLatin1String("foreignObject"))
            return Status::failure(Text::tr("it holds a <%1> element (%2); an illustration may only draw")
                                       .arg(element, where()));
        for (const QXmlStreamAttribute& a : xml.attributes()) {
            const QString value = a.value().toString().trimmed();
            // Only links inside the drawing itself ("#id", "url(#id)") are allowed.
            if (a.name() == QLatin1String("href") && !value.startsWith(u'#'))
                return Status::failure(
                    Text::tr(
                        "its <%1> element links to \"%2\" (%3); an illustration must not refer to anything "
                        "outside itself")
                        .arg(element, value.left(80), where()));
            for (qsizetype at = value.indexOf(QLatin1String("url(")); at >= 0;
                 at = value.indexOf(QLatin1String("url("), at + 4)) {
                const QString inside = value.mid(at + 4).trimmed().remove(u'\'').remove(u'"');
                if (!inside.startsWith(u'#'))
                    return Status::failure(
                        Text::tr("its <%1> element refers to %2 (%3); an illustration must not refer to "
                                 "anything outside "
                                 "itself")
                            .arg(element, value.mid(at).left(80), where()));
            }
        }
        if (xml.name() == QLatin1String("style")) {
            const QString css = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (css.contains(QLatin1String("@import")) ||
                (css.contains(QLatin1String("url(")) && !css.contains(QLatin1String("url(#"))))
                return Status::failure(
                    Text::tr("its style sheet refers to other files (%1); an illustration must not refer to "
                             "anything "
                             "outside itself")
                        .arg(where()));
        }
    }
    if (xml.hasError()) {
        QString why = xml.errorString();
        if (why.endsWith(u'.'))
            why.chop(1);
        return Status::failure(Text::tr("this is not a well-formed SVG file (line %1, column %2: %3)")
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(why));
    }
    if (!rootSeen)
        return Status::failure(Text::tr("this is not an SVG drawing (it has no elements)"));
    return {};
}

Result<QByteArray> checkIllustrationFile(const QString& path) {
    Result<QByteArray, LoadError> bytes = readSmallFile(path, kMaxIllustrationBytes);
    if (!bytes)
        return Result<QByteArray>::failure(bytes.error().message);
    if (const Status drawing = checkIllustrationBytes(bytes.value()); !drawing.ok())
        return Result<QByteArray>::failure(drawing.error());
    return std::move(bytes).value();
}

CatalogLoadResult parseCatalog(const QByteArray& bytes, const QString& folder) {
    CatalogLoadResult result;
    const auto root = parseCheckedJson(bytes, kMaxCatalogBytes, kMaxJsonDepth, result.errors);
    if (!root)
        return result;
    Parser parser(result.errors, folder);
    auto catalog = parser.read(*root);
    if (result.errors.isEmpty())
        result.catalog = std::move(catalog);
    return result;
}

CatalogLoadResult loadCatalogFile(const QString& path) {
    const Result<QByteArray, LoadError> bytes = readSmallFile(path, kMaxCatalogBytes);
    if (!bytes) {
        CatalogLoadResult result;
        result.errors.append(bytes.error());
        return result;
    }
    // Relative to the catalog file: ":/data/exercises.json" gives ":/data", a path on disk its folder.
    return parseCatalog(bytes.value(), QFileInfo(path).absolutePath());
}

QString catalogSummary(const Catalog& c) {
    QStringList parts;
    for (Region r : kAllRegions)
        parts << Text::tr("%1 %2").arg(c.countInRegion(r)).arg(regionInText(r));
    return Text::tr("%1 exercises: %2; %3 contraindications; %4 guide sections; %5 routines; %6 programs")
        .arg(c.exercises.size())
        .arg(parts.join(QStringLiteral(", ")))
        .arg(c.contraindications.size())
        .arg(c.guide.sections.size())
        .arg(c.routines.size())
        .arg(c.programs.size());
}

} // namespace rollguide
