// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"
#include "AppSettings.h"
#include "CuePlayer.h"
#include "Dialogs.h"
#include "Reminders.h"
#include "Translations.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>

namespace rollguide {

SettingsDialog::SettingsDialog(AppSettings& settings, CuePlayer& cues, Reminders* reminders, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_cues(cues)
    , m_reminders(reminders) {
    m_ui->setupUi(this);
    m_ui->soundsCheck->setChecked(settings.soundsOn());
    m_ui->breathTonesCheck->setChecked(settings.breathTonesOn());
    m_ui->voiceCheck->setChecked(settings.voiceOn());
    m_ui->volumeSlider->setValue(settings.volume());
    m_ui->inhaleSpin->setValue(settings.inhaleMs() / 1000.0);
    m_ui->exhaleSpin->setValue(settings.exhaleMs() / 1000.0);

    // Language: the system's, or one RollGuide carries, each by its own name. en_XA is for testing
    // and only reachable with --language.
    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    for (const QString& code : availableLanguages()) {
        if (code.contains(u'_'))
            continue;
        m_ui->languageCombo->addItem(languageName(code), code);
    }
    // A saved language RollGuide does not carry shows as the system's; it is kept unless changed.
    m_languageStart = std::max(0, m_ui->languageCombo->findData(settings.language()));
    m_ui->languageCombo->setCurrentIndex(m_languageStart);
    m_ui->languageStatusLabel->setText(tr("A new language shows the next time RollGuide starts."));
    m_ui->languageStatusLabel->setVisible(false);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_ui->languageStatusLabel->setVisible(index != m_languageStart); });

    const QString audio = cues.audioStatus();
    m_ui->audioStatusLabel->setText(audio.isEmpty() ? tr("Sound output: working.") : audio);
    const QString speech = cues.speechStatus();
    m_ui->speechStatusLabel->setText(speech.isEmpty() ? tr("Voice: %1.").arg(cues.speechEngine()) : speech);

    // Reminders: the days in this language's order of names, Monday first (as the settings store them).
    m_ui->remindersGroup->setVisible(reminders != nullptr);
    const ReminderPlan plan = reminders ? reminders->plan() : settings.reminderPlan();
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), m_ui->daysRow);
        box->setObjectName(QStringLiteral("day%1Check").arg(d));
        box->setAccessibleName(locale.dayName(d));
        box->setChecked(plan.hasDay(d));
        m_ui->daysLayout->addWidget(box);
        m_dayChecks << box;
    }
    m_ui->daysLayout->addStretch();
    m_ui->remindersCheck->setChecked(plan.on);
    m_ui->timeEdit->setTime(plan.time);
    connect(m_ui->remindersCheck, &QCheckBox::toggled, this, &SettingsDialog::updateRemindersStatus);
    if (reminders) {
        connect(reminders, &Reminders::problemChanged, this, &SettingsDialog::updateRemindersStatus);
        reminders->probeServer();
    }
    updateRemindersStatus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    m_settings.setSoundsOn(m_ui->soundsCheck->isChecked());
    m_settings.setBreathTonesOn(m_ui->breathTonesCheck->isChecked());
    m_settings.setVoiceOn(m_ui->voiceCheck->isChecked());
    if (m_ui->languageCombo->currentIndex() != m_languageStart)
        m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setVolume(m_ui->volumeSlider->value());
    m_settings.setBreathPace(int(m_ui->inhaleSpin->value() * 1000), int(m_ui->exhaleSpin->value() * 1000));
    m_cues.setSettings({m_ui->soundsCheck->isChecked(), m_ui->breathTonesCheck->isChecked(),
                        m_ui->voiceCheck->isChecked(), m_ui->volumeSlider->value()});
    if (m_reminders) {
        ReminderPlan plan;
        plan.on = m_ui->remindersCheck->isChecked();
        for (int d = 1; d <= 7; ++d)
            plan.setDay(d, m_dayChecks[d - 1]->isChecked());
        plan.time = QTime(m_ui->timeEdit->time().hour(), m_ui->timeEdit->time().minute());
        if (plan.on && plan.days == 0) {
            Dialogs::tell(this, QMessageBox::Information, tr("Reminders"),
                          tr("Choose at least one day for the reminders, or turn them off."),
                          QStringLiteral("noReminderDaysBox"));
            return;
        }
        if (plan != m_reminders->plan())
            if (const QString why = m_reminders->setPlan(plan); !why.isEmpty())
                Dialogs::tell(parentWidget(), QMessageBox::Warning, tr("Reminders"), why,
                              QStringLiteral("autostartProblemBox"));
    }
    QDialog::accept();
}

void SettingsDialog::updateRemindersStatus() {
    const bool on = m_ui->remindersCheck->isChecked();
    for (QCheckBox* box : std::as_const(m_dayChecks))
        box->setEnabled(on);
    m_ui->timeEdit->setEnabled(on);
    const QString problem = m_reminders ? m_reminders->problem() : QString();
    if (!problem.isEmpty())
        m_ui->remindersStatusLabel->setText(problem);
    else if (on)
        m_ui->remindersStatusLabel->setText(
            tr("RollGuide starts in the background when you log in, and keeps running when you close its "
               "window, so the reminders come."));
    else
        m_ui->remindersStatusLabel->setText(
            tr("Rolling 4 to 5 times a week helps most. A reminder can nudge you on the days you choose."));
}

} // namespace rollguide
