// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "CatalogBrowser.h"
#include "CatalogHtml.h"
#include "CuePlayer.h"
#include "DisclaimerDialog.h"
#include "PlayerWidget.h"
#include "SessionSetup.h"
#include "SettingsDialog.h"
#include "ui_MainWindow.h"

#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace rollguide {

MainWindow::MainWindow(CatalogLoadResult loaded, const QString& catalogName, AppSettings& settings,
                       const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_clock(clock)
    , m_cues(new CuePlayer(this))
{
    m_ui->setupUi(this);
    resize(1200, 760);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionDisclaimer, &QAction::triggered, this, &MainWindow::showDisclaimer);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, &MainWindow::setFullScreen);
    m_cues->setSettings({settings.soundsOn(), settings.breathTonesOn(), settings.voiceOn(), settings.volume()});

    if (!loaded.ok()) {
        spdlog::error("catalog {} did not load:\n{}", catalogName.toStdString(),
                      loaded.errorText(catalogName).toStdString());
        QFont big = m_ui->errorTitle->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        m_ui->errorTitle->setFont(big);
        m_ui->errorTitle->setText(tr("The exercise catalog %1 could not be loaded. Fix the problems below, or start "
                                     "RollGuide without --catalog to use the built-in catalog.")
                                      .arg(catalogName));
        m_ui->catalogErrorView->setPlainText(loaded.errorText(catalogName));
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        m_ui->actionDisclaimer->setEnabled(false);
        m_ui->actionScreening->setEnabled(false);
        return;
    }

    m_catalog = std::move(*loaded.catalog);
    m_browser = new CatalogBrowser(*m_catalog, m_ui->movesTab);
    m_browser->setObjectName(QStringLiteral("catalogBrowser"));
    m_ui->movesLayout->addWidget(m_browser);
    m_ui->guideView->setHtml(guideHtml(*m_catalog));

    m_setup = new SessionSetup(*m_catalog, m_settings, m_ui->sessionTab);
    m_setup->setObjectName(QStringLiteral("sessionSetup"));
    m_ui->sessionLayout->addWidget(m_setup);
    connect(m_setup, &SessionSetup::sessionRequested, this, &MainWindow::playSession);
    connect(m_ui->actionScreening, &QAction::triggered, m_setup, [this] { m_setup->askScreening(); });

    m_player = new PlayerWidget(*m_cues, m_ui->pages);
    m_player->setObjectName(QStringLiteral("playerWidget"));
    m_ui->pages->addWidget(m_player);
    connect(m_player, &PlayerWidget::closed, this, &MainWindow::leaveSession);
    connect(m_player, &PlayerWidget::fullScreenToggleRequested, m_ui->actionFullScreen, &QAction::toggle);

    m_ui->pages->setCurrentWidget(m_ui->tabs);
}

MainWindow::~MainWindow() = default;

void MainWindow::showFirstRunNotices()
{
    if (m_catalog && !m_settings.disclaimerAcknowledged())
        showDisclaimer();
}

DisclaimerDialog* MainWindow::showDisclaimer()
{
    if (!m_catalog)
        return nullptr;
    if (auto* open = findChild<DisclaimerDialog*>())
        return open;
    auto* dialog = new DisclaimerDialog(*m_catalog, this);
    dialog->setObjectName(QStringLiteral("disclaimerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_settings.setDisclaimerAcknowledged(true); });
    dialog->open();
    return dialog;
}

void MainWindow::openRoutine(const Routine& routine, bool start)
{
    if (!m_setup)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->sessionTab);
    m_setup->showRoutine(routine);
    if (start)
        m_setup->start();
}

void MainWindow::playSession(const SessionPlan& plan)
{
    m_ui->pages->setCurrentWidget(m_player);
    m_ui->menuBar->setEnabled(false);
    m_player->startSession(plan, m_clock);
}

void MainWindow::leaveSession()
{
    m_ui->menuBar->setEnabled(true);
    m_ui->pages->setCurrentWidget(m_ui->tabs);
    m_ui->actionFullScreen->setChecked(false);
}

void MainWindow::setFullScreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, *m_cues, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RollGuide"),
                       tr("<h3>RollGuide %1</h3><p>Guided foam-rolling sessions for the back.</p>"
                          "<p>For information only; not medical advice.</p><p>MIT License.</p>")
                           .arg(QStringLiteral(ROLLGUIDE_VERSION)));
}

} // namespace rollguide
