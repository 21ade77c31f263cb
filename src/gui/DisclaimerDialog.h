// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DisclaimerDialog;
}

namespace rollguide {

/// Shows the informational-use disclaimer and who should check with a doctor before rolling.
class DisclaimerDialog : public QDialog {
    Q_OBJECT
public:
    explicit DisclaimerDialog(const Catalog& catalog, QWidget* parent = nullptr);
    ~DisclaimerDialog() override;

private:
    std::unique_ptr<Ui::DisclaimerDialog> m_ui;
};

} // namespace rollguide
