// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

namespace rollguide {

/// Rich text for the catalog's views. Every piece of catalog text is HTML-escaped.
QString exerciseHtml(const Catalog& catalog, const Exercise& exercise);
QString guideHtml(const Catalog& catalog);
QString disclaimerHtml(const Catalog& catalog);

} // namespace rollguide
