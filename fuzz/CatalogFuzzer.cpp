// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the catalog loader: it must report errors, never crash, hang or leak.
#include "CatalogLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const rollguide::CatalogLoadResult result = rollguide::parseCatalog(bytes);
    // A result is either a catalog or a list of errors, never both nor neither.
    if (result.catalog.has_value() == !result.errors.isEmpty())
        __builtin_trap();
    return 0;
}
