// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace rollguide {

class AppSettings;
class CuePlayer;

/// Sound, voice and breath-pace settings. Saves to AppSettings when accepted and says why sound or
/// speech is not available on this machine.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, CuePlayer& cues, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    CuePlayer& m_cues;
};

} // namespace rollguide
