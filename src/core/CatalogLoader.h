// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "JsonReader.h"

namespace rollguide {

/// The outcome of loading a catalog: the catalog, or every error found with its place.
struct CatalogLoadResult {
    std::optional<Catalog> catalog;
    QList<LoadError> errors;

    bool ok() const { return catalog.has_value() && errors.isEmpty(); }
    /// All errors, one per line, each prefixed with `prefix` (usually the file name).
    QString errorText(const QString& prefix = {}) const;
};

inline constexpr qint64 kMaxCatalogBytes = 2 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 32;

/// Loads and strictly validates a catalog file (a path or a Qt resource path).
CatalogLoadResult loadCatalogFile(const QString& path);
/// Validates catalog bytes.
CatalogLoadResult parseCatalog(const QByteArray& bytes);

/// Reads a Dose object. With `base`, every key is optional and overrides the base; without, all are required.
std::optional<Dose> readDose(JsonReader& r, const Json& v, const std::string& pointer, const Dose* base);

/// A one-line summary: "9 exercises: 4 lower back, 4 mid back, 5 upper back".
QString catalogSummary(const Catalog& c);

} // namespace rollguide
