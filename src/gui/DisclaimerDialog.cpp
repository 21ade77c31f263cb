// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "DisclaimerDialog.h"
#include "CatalogHtml.h"
#include "ui_DisclaimerDialog.h"

#include <QPushButton>

namespace rollguide {

DisclaimerDialog::DisclaimerDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisclaimerDialog>()) {
    m_ui->setupUi(this);
    m_ui->disclaimerText->setHtml(disclaimerHtml(catalog));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("I understand"));
    ok->setObjectName(QStringLiteral("acknowledgeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

DisclaimerDialog::~DisclaimerDialog() = default;

} // namespace rollguide
