// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui {
class ScreeningDialog;
}

namespace rollguide {

/// Asks which of the catalog's contraindications apply, with "none of these" and the disclaimer.
class ScreeningDialog : public QDialog {
    Q_OBJECT
public:
    /// `current`: the ids ticked before; `answered`: whether the user answered before.
    ScreeningDialog(const Catalog& catalog, const QStringList& current, bool answered,
                    QWidget* parent = nullptr);
    ~ScreeningDialog() override;

    /// The ids of the ticked conditions (empty for "none of these").
    QStringList selectedConditions() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ScreeningDialog> m_ui;
    QList<std::pair<QString, QCheckBox*>> m_boxes;
};

} // namespace rollguide
