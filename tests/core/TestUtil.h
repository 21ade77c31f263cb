// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <catch2/catch.hpp>

#include <ostream>

inline QString testData(const QString& relative)
{
    return QStringLiteral(ROLLGUIDE_TEST_DATA "/") + relative;
}

inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }
