// SPDX-License-Identifier: MIT
#pragma once

#include "AppSettings.h"
#include "CatalogLoader.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rollguide {

class CatalogBrowser;
class DisclaimerDialog;

/// The main window: the catalog browser and the guide. If the catalog failed to load it shows why.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `catalogName` names the catalog's file in messages.
    MainWindow(CatalogLoadResult catalog, const QString& catalogName, AppSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the disclaimer when it has not been acknowledged yet. Call once the window is shown.
    void showFirstRunNotices();
    /// Opens the disclaimer (window-modal, non-blocking) and returns it.
    DisclaimerDialog* showDisclaimer();

    bool catalogLoaded() const { return m_catalog.has_value(); }

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    std::optional<Catalog> m_catalog;
    CatalogBrowser* m_browser = nullptr;
};

} // namespace rollguide
