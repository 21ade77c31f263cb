// SPDX-FileCopyrightText: 2026 The RollGuide authors
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

/// Large enough for a catalog of 10,000 exercises (about 24 MB, indented), small enough that a wrong
/// file (a disk image, a video) is refused before it is read.
inline constexpr qint64 kMaxCatalogBytes = 32 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 32;
/// The most exercises a catalog may hold.
inline constexpr int kMaxExercises = 10000;

inline constexpr qint64 kMaxIllustrationBytes = 1024 * 1024;

/// Loads and strictly validates a catalog file (a path or a Qt resource path). Illustration files are
/// looked up in the catalog file's folder (":/data" for the bundled catalog) and checked.
CatalogLoadResult loadCatalogFile(const QString& path);
/// Validates catalog bytes. With `folder`, each illustration's file is resolved against it and checked
/// (checkIllustrationFile()); without, illustration files are neither resolved nor checked.
CatalogLoadResult parseCatalog(const QByteArray& bytes, const QString& folder = {});

/// Checks that `bytes` are a self-contained SVG drawing: well-formed XML whose root is an SVG `<svg>`
/// element, with no reference to anything outside itself (no `href` or `url()` other than a
/// `#fragment`, no entities, no linked style sheet, no `<script>` or `<foreignObject>`), since QtSvg
/// would follow such a reference to a local file. Fails with the problem and its line and column.
Status checkIllustrationBytes(const QByteArray& bytes);

/// Checks that `path` is a picture RollGuide can show: a regular file (readRegularFile()) of at most
/// kMaxIllustrationBytes that passes checkIllustrationBytes(). Gives the bytes that were checked: draw
/// those, not the file again, which may have changed; or the problem in words. Whether Qt's SVG renderer
/// accepts the drawing is checked where it is drawn (the GUI falls back to the placeholder), because
/// core does not link QtSvg.
Result<QByteArray> checkIllustrationFile(const QString& path);

/// Reads a Dose object. With `base`, every key is optional and overrides the base; without, all are required.
std::optional<Dose> readDose(JsonReader& r, const Json& v, const std::string& pointer, const Dose* base);

/// A one-line summary: "9 exercises: 4 lower back, 4 mid back, 5 upper back".
QString catalogSummary(const Catalog& c);

} // namespace rollguide
