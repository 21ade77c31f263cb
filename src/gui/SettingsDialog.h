// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <QList>

#include <memory>

class QCheckBox;

namespace Ui {
class SettingsDialog;
}

namespace rollguide {

class AppSettings;
class CuePlayer;
class Reminders;

/// Sound, voice, breath-pace and reminder settings. Saves to AppSettings when accepted and says why
/// sound, speech or reminders are not available on this machine.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `reminders` may be null (then the Reminders group is hidden).
    SettingsDialog(AppSettings& settings, CuePlayer& cues, Reminders* reminders, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    CuePlayer& m_cues;
    Reminders* m_reminders;
    QList<QCheckBox*> m_dayChecks; // Monday first
    int m_languageStart = 0;       // the language menu's entry when the dialog opened
    void updateRemindersStatus();
};

} // namespace rollguide
