// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Routine.h"

#include "CatalogLoader.h"
#include "JsonReader.h"

#include <QCoreApplication>

#include <cstdint>
#include <limits>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::Routine)
};

using P = std::string;

// The schemaVersion of a parsed routine when it is a whole number above the one this version reads.
std::optional<qint64> newerVersionOf(const Json& root) {
    if (!root.is_object())
        return std::nullopt;
    const auto it = root.find("schemaVersion");
    if (it == root.end() || !it->is_number_integer())
        return std::nullopt;
    if (it->is_number_unsigned()) {
        const auto u = it->get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return u > std::uint64_t(kRoutineSchemaVersion) ? std::optional<qint64>(qint64(u)) : std::nullopt;
    }
    const auto v = it->get<std::int64_t>();
    return v > kRoutineSchemaVersion ? std::optional<qint64>(v) : std::nullopt;
}

// Keeps only the keys schema version 1 knows, at every level it knows.
Json knownPartOf(const Json& root) {
    const auto keep = [](const Json& obj, std::initializer_list<const char*> keys) {
        Json out = Json::object();
        for (const char* k : keys)
            if (const auto it = obj.find(k); it != obj.end())
                out[k] = *it;
        return out;
    };
    Json out = keep(root, {"schemaVersion", "name", "notes", "steps"});
    if (out.contains("steps") && out["steps"].is_array()) {
        for (Json& step : out["steps"]) {
            if (!step.is_object())
                continue;
            step = keep(step, {"exercise", "dose"});
            if (step.contains("dose") && step["dose"].is_object())
                step["dose"] = keep(step["dose"], {"unit", "amount", "sets", "perSide", "restSeconds"});
        }
    }
    return out;
}

std::optional<Routine> readRoutine(JsonReader& r, const Json& root) {
    if (!r.object(root, "", {"schemaVersion", "name", "notes", "steps"}))
        return std::nullopt;
    const Json* v = r.member(root, "", "schemaVersion", true);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer() && v->get<std::int64_t>() > kRoutineSchemaVersion) {
        r.error("/schemaVersion",
                Text::tr("this routine was written by a newer RollGuide (schema version %1); "
                         "this version reads schema version %2")
                    .arg(QString::fromStdString(v->dump()))
                    .arg(kRoutineSchemaVersion));
        return std::nullopt;
    }
    if (!r.integer(root, "", "schemaVersion", 1, kRoutineSchemaVersion))
        return std::nullopt;

    Routine rt;
    rt.name = r.text(root, "", "name", JsonReader::kMaxName).value_or(QString());
    rt.description = r.text(root, "", "notes", JsonReader::kMaxText, false).value_or(QString());
    const Json* steps = r.member(root, "", "steps", true);
    if (steps && steps->is_array() && steps->empty()) {
        r.error("/steps", Text::tr("the routine has no steps; add at least one move"));
        return rt;
    }
    r.array(root, "", "steps", 1, kMaxRoutineSteps, [&](const Json& sv, const P& sp, int) {
        if (!r.object(sv, sp, {"exercise", "dose"}))
            return;
        RoutineStep step;
        if (auto id = r.identifier(sv, sp, "exercise"))
            step.exerciseId = *id;
        if (const Json* d = r.member(sv, sp, "dose", true))
            if (auto dose = readDose(r, *d, JsonReader::child(sp, "dose"), nullptr))
                step.dose = *dose;
        rt.steps.append(step);
    });
    return rt;
}

const char* unitKey(DoseUnit u) {
    return u == DoseUnit::Seconds ? "seconds" : "breaths";
}
} // namespace

QString RoutineLoadResult::errorText(const QString& prefix) const {
    return joinErrors(errors, prefix);
}

namespace {
// With `knownPartOfNewer`, a file from a newer RollGuide is read for the fields this version knows.
RoutineLoadResult parse(const QByteArray& bytes, bool knownPartOfNewer) {
    RoutineLoadResult result;
    const auto root = parseCheckedJson(bytes, kMaxRoutineBytes, kMaxJsonDepth, result.errors);
    if (!root)
        return result;
    result.newerSchemaVersion = newerVersionOf(*root);
    JsonReader reader(result.errors);
    std::optional<Routine> routine;
    if (knownPartOfNewer && result.newerSchemaVersion) {
        Json known = knownPartOf(*root);
        known["schemaVersion"] = kRoutineSchemaVersion;
        routine = readRoutine(reader, known);
    } else {
        routine = readRoutine(reader, *root);
    }
    if (result.errors.isEmpty())
        result.routine = std::move(routine);
    return result;
}
} // namespace

RoutineLoadResult parseRoutine(const QByteArray& bytes) {
    return parse(bytes, false);
}

RoutineLoadResult parseNewerRoutine(const QByteArray& bytes) {
    return parse(bytes, true);
}

RoutineLoadResult loadRoutineFile(const QString& path) {
    const Result<QByteArray, LoadError> bytes = readSmallFile(path, kMaxRoutineBytes);
    if (!bytes) {
        RoutineLoadResult result;
        result.errors.append(bytes.error());
        return result;
    }
    return parseRoutine(bytes.value());
}

QByteArray serializeRoutine(const Routine& routine) {
    // ordered_json keeps the keys in the order a person expects to read them.
    nlohmann::ordered_json root;
    root["schemaVersion"] = kRoutineSchemaVersion;
    root["name"] = routine.name.toStdString();
    if (!routine.description.trimmed().isEmpty())
        root["notes"] = routine.description.toStdString();
    auto steps = nlohmann::ordered_json::array();
    for (const RoutineStep& s : routine.steps) {
        nlohmann::ordered_json dose;
        dose["unit"] = unitKey(s.dose.unit);
        dose["amount"] = s.dose.amount;
        dose["sets"] = s.dose.sets;
        dose["perSide"] = s.dose.perSide;
        dose["restSeconds"] = s.dose.restSeconds;
        nlohmann::ordered_json step;
        step["exercise"] = s.exerciseId.toStdString();
        step["dose"] = std::move(dose);
        steps.push_back(std::move(step));
    }
    root["steps"] = std::move(steps);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Status checkDose(const Dose& d) {
    QStringList problems;
    if (d.unit == DoseUnit::Seconds && (d.amount < Dose::kMinSeconds || d.amount > Dose::kMaxSeconds))
        problems << Text::tr("a set of %1 seconds is outside the %2 to %3 seconds a set may last")
                        .arg(d.amount)
                        .arg(Dose::kMinSeconds)
                        .arg(Dose::kMaxSeconds);
    if (d.unit == DoseUnit::Breaths && (d.amount < Dose::kMinBreaths || d.amount > Dose::kMaxBreaths))
        problems << Text::tr("a set of %1 breaths is outside the %2 to %3 breaths a set may last")
                        .arg(d.amount)
                        .arg(Dose::kMinBreaths)
                        .arg(Dose::kMaxBreaths);
    if (d.sets < 1 || d.sets > Dose::kMaxSets)
        problems << Text::tr("%1 sets is outside the 1 to %2 sets allowed").arg(d.sets).arg(Dose::kMaxSets);
    if (d.restSeconds < 0 || d.restSeconds > Dose::kMaxRestSeconds)
        problems << Text::tr("a rest of %1 seconds is outside the 0 to %2 seconds allowed")
                        .arg(d.restSeconds)
                        .arg(Dose::kMaxRestSeconds);
    if (problems.isEmpty())
        return {};
    return Status::failure(problems.join(QStringLiteral("; ")));
}

QList<PlanError> validateRoutine(const Routine& routine) {
    QList<PlanError> errors;
    if (routine.steps.isEmpty())
        errors.append({-1, Text::tr("routine"), Text::tr("the routine has no steps; add at least one move")});
    if (routine.steps.size() > kMaxRoutineSteps)
        errors.append({-1, Text::tr("routine"),
                       Text::tr("the routine has %1 steps; at most %2 are allowed")
                           .arg(routine.steps.size())
                           .arg(kMaxRoutineSteps)});
    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& s = routine.steps[i];
        const QString where = Text::tr("step %1").arg(i + 1);
        if (s.exerciseId.trimmed().isEmpty())
            errors.append({i, where, Text::tr("no exercise chosen")});
        if (const Status dose = checkDose(s.dose); !dose.ok())
            errors.append({i, where, dose.error()});
    }
    return errors;
}

} // namespace rollguide
