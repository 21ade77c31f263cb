// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"
#include "AppSettings.h"
#include "CuePlayer.h"
#include "ui_SettingsDialog.h"

namespace rollguide {

SettingsDialog::SettingsDialog(AppSettings& settings, CuePlayer& cues, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_cues(cues) {
    m_ui->setupUi(this);
    m_ui->soundsCheck->setChecked(settings.soundsOn());
    m_ui->breathTonesCheck->setChecked(settings.breathTonesOn());
    m_ui->voiceCheck->setChecked(settings.voiceOn());
    m_ui->volumeSlider->setValue(settings.volume());
    m_ui->inhaleSpin->setValue(settings.inhaleMs() / 1000.0);
    m_ui->exhaleSpin->setValue(settings.exhaleMs() / 1000.0);

    const QString audio = cues.audioStatus();
    m_ui->audioStatusLabel->setText(audio.isEmpty() ? tr("Sound output: working.") : audio);
    const QString speech = cues.speechStatus();
    m_ui->speechStatusLabel->setText(speech.isEmpty() ? tr("Voice: %1.").arg(cues.speechEngine()) : speech);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    m_settings.setSoundsOn(m_ui->soundsCheck->isChecked());
    m_settings.setBreathTonesOn(m_ui->breathTonesCheck->isChecked());
    m_settings.setVoiceOn(m_ui->voiceCheck->isChecked());
    m_settings.setVolume(m_ui->volumeSlider->value());
    m_settings.setBreathPace(int(m_ui->inhaleSpin->value() * 1000), int(m_ui->exhaleSpin->value() * 1000));
    m_cues.setSettings({m_ui->soundsCheck->isChecked(), m_ui->breathTonesCheck->isChecked(),
                        m_ui->voiceCheck->isChecked(), m_ui->volumeSlider->value()});
    QDialog::accept();
}

} // namespace rollguide
