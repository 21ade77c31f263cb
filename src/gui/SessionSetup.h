// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "History.h"
#include "SessionPlan.h"
#include "SessionPlanner.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SessionSetup;
}

namespace rollguide {

class AppSettings;
class CheckInWidget;

/// Where a session is chosen: a saved or built-in routine, or a quick plan from a goal. Shows the
/// moves and total time, the safety screening, and starts the session.
class SessionSetup : public QWidget {
    Q_OBJECT
public:
    SessionSetup(const Catalog& catalog, AppSettings& settings, QWidget* parent = nullptr);
    ~SessionSetup() override;

    /// Shows `routine` in the preview (e.g. one chosen on the command line).
    void showRoutine(const Routine& routine);
    /// Lists the person's own routines after the built-in ones (keeping the current choice if it is there).
    void setPersonalRoutines(const QList<Routine>& routines);
    /// Selects the built-in routine with this id. Returns false when there is none.
    bool selectRoutine(const QString& id);
    /// The routine in the preview, if any.
    const std::optional<Routine>& routine() const { return m_routine; }
    /// The plan options from the settings (pace, screening).
    PlanOptions planOptions() const;

    /// Runs the start flow: screening if never answered, confirmation for moves it flags, then
    /// sessionRequested(). Returns false if nothing could start (no routine, or no plan).
    bool start();

    /// The check-in above Start: how the back feels before the session (regions left alone are absent).
    Ratings beforeRatings() const;
    CheckInWidget* checkIn() const { return m_checkIn; }
    /// Empties the check-in (once its answers went into a session).
    void clearCheckIn();

    /// Opens the screening questions (non-blocking); `then` runs once they are saved.
    void askScreening(std::function<void()> then = {});

Q_SIGNALS:
    void sessionRequested(const rollguide::SessionPlan& plan);
    /// The safety answers were saved (before a start that waited for them goes on).
    void screeningChanged();

private:
    void updatePreview();
    void updateScreeningLabel();
    void makeQuickPlan();
    void continueStart();

    std::unique_ptr<Ui::SessionSetup> m_ui;
    const Catalog& m_catalog;
    AppSettings& m_settings;
    std::optional<Routine> m_routine;
    CheckInWidget* m_checkIn = nullptr;
    QList<Routine> m_personal;
    QString m_quickNotes;
};

} // namespace rollguide
