// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogBrowser.h"
#include "CatalogHtml.h"
#include "ExerciseListModel.h"
#include "IllustrationView.h"
#include "ui_CatalogBrowser.h"

#include <QButtonGroup>

namespace rollguide {

CatalogBrowser::CatalogBrowser(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CatalogBrowser>())
    , m_catalog(catalog)
    , m_model(new ExerciseListModel(this))
    , m_filter(new ExerciseFilterModel(this)) {
    m_ui->setupUi(this);
    m_model->setExercises(catalog.exercises);
    m_filter->setSourceModel(m_model);
    m_ui->exerciseList->setModel(m_filter);

    QFont listFont = m_ui->exerciseList->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.2);
    m_ui->exerciseList->setFont(listFont);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({400, 800});
    m_ui->exerciseList->setWordWrap(true);

    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    const std::pair<QPushButton*, std::optional<Region>> buttons[] = {
        {m_ui->regionAll, std::nullopt},
        {m_ui->regionLower, Region::Lower},
        {m_ui->regionMid, Region::Mid},
        {m_ui->regionUpper, Region::Upper},
    };
    for (const auto& [button, region] : buttons) {
        group->addButton(button);
        const int n = region ? catalog.countInRegion(*region) : int(catalog.exercises.size());
        button->setText(QStringLiteral("%1 (%2)").arg(button->text()).arg(n));
        button->setAccessibleName(region ? tr("%1: %2 moves").arg(regionName(*region)).arg(n)
                                         : tr("All moves: %1").arg(n));
        connect(button, &QPushButton::toggled, this, [this](bool on) {
            if (on)
                applyRegion();
        });
    }
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_ui->exerciseList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogBrowser::updateDetail);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CatalogBrowser::updateDetail);

    updateCount();
    if (m_filter->rowCount() > 0)
        m_ui->exerciseList->setCurrentIndex(m_filter->index(0, 0));
    updateDetail();
}

CatalogBrowser::~CatalogBrowser() = default;

void CatalogBrowser::applyRegion() {
    std::optional<Region> region;
    if (m_ui->regionLower->isChecked())
        region = Region::Lower;
    else if (m_ui->regionMid->isChecked())
        region = Region::Mid;
    else if (m_ui->regionUpper->isChecked())
        region = Region::Upper;
    m_filter->setRegion(region);
    if (!m_ui->exerciseList->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->exerciseList->setCurrentIndex(m_filter->index(0, 0));
    updateCount();
    updateDetail();
}

void CatalogBrowser::updateCount() {
    const int shown = m_filter->rowCount();
    m_ui->countLabel->setText(shown == 0 ? tr("No move matches. Clear the search or pick another region.")
                                         : tr("%1 of %2 moves").arg(shown).arg(m_catalog.exercises.size()));
}

void CatalogBrowser::updateDetail() {
    const QModelIndex idx = m_ui->exerciseList->currentIndex();
    const Exercise* e = idx.isValid() ? m_model->exerciseAt(m_filter->mapToSource(idx)) : nullptr;
    m_ui->exerciseIllustration->setVisible(e != nullptr);
    if (!e) {
        m_ui->detailView->setPlainText(tr("Pick a move on the left to read how to do it."));
        return;
    }
    m_ui->exerciseIllustration->setExercise(*e);
    m_ui->detailView->setHtml(exerciseHtml(m_catalog, *e));
}

QString CatalogBrowser::currentExerciseId() const {
    const QModelIndex idx = m_ui->exerciseList->currentIndex();
    return idx.isValid() ? idx.data(ExerciseListModel::IdRole).toString() : QString();
}

bool CatalogBrowser::showExercise(const QString& id) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex src = m_model->index(row, 0);
        if (src.data(ExerciseListModel::IdRole).toString() != id)
            continue;
        if (!m_filter->mapFromSource(src).isValid()) {
            m_ui->searchEdit->clear();
            m_ui->regionAll->setChecked(true);
        }
        m_ui->exerciseList->setCurrentIndex(m_filter->mapFromSource(src));
        return true;
    }
    return false;
}

} // namespace rollguide
