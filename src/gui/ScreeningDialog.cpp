// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ScreeningDialog.h"
#include "ui_ScreeningDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

namespace rollguide {

ScreeningDialog::ScreeningDialog(const Catalog& catalog, const QStringList& current, bool answered,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScreeningDialog>()) {
    m_ui->setupUi(this);
    for (const Contraindication& k : catalog.contraindications) {
        auto* box = new QCheckBox(k.name, m_ui->conditionList);
        box->setObjectName(QStringLiteral("condition_") + k.id);
        box->setChecked(current.contains(k.id));
        box->setAccessibleDescription(k.detail);
        // The condition's own text already says to ask a doctor; add only what RollGuide does about it.
        auto* detail = new QLabel(k.detail + u' ' +
                                      (k.action == ContraAction::Avoid
                                           ? tr("RollGuide leaves out the moves it rules out.")
                                           : tr("RollGuide marks the moves concerned and asks before them.")),
                                  m_ui->conditionList);
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setIndent(24);
        detail->setForegroundRole(QPalette::PlaceholderText);
        m_ui->conditionLayout->addWidget(box);
        m_ui->conditionLayout->addWidget(detail);
        m_boxes.append({k.id, box});
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (on)
                m_ui->noneCheck->setChecked(false);
            updateOk();
        });
    }
    m_ui->conditionLayout->addStretch();
    m_ui->noneCheck->setChecked(answered && current.isEmpty());
    connect(m_ui->noneCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            for (auto& [id, box] : m_boxes)
                box->setChecked(false);
        updateOk();
    });
    m_ui->disclaimerLabel->setText(catalog.guide.disclaimer);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("saveScreeningButton"));
    ok->setText(tr("Save answers"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ScreeningDialog::~ScreeningDialog() = default;

QStringList ScreeningDialog::selectedConditions() const {
    QStringList ids;
    for (const auto& [id, box] : m_boxes)
        if (box->isChecked())
            ids << id;
    return ids;
}

void ScreeningDialog::updateOk() {
    const bool answered = m_ui->noneCheck->isChecked() || !selectedConditions().isEmpty();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(answered);
    ok->setToolTip(answered ? QString() : tr("Tick what applies, or \"None of these apply to me\"."));
}

} // namespace rollguide
