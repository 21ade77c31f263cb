// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "CatalogBrowser.h"
#include "CatalogHtml.h"
#include "CuePlayer.h"
#include "Dialogs.h"
#include "DisclaimerDialog.h"
#include "HistoryStore.h"
#include "HistoryTab.h"
#include "Logging.h"
#include "PlainText.h"
#include "PlayerWidget.h"
#include "ProgramCard.h"
#include "Reminders.h"
#include "RoutineLibrary.h"
#include "RoutineSheet.h"
#include "RoutinesTab.h"
#include "SessionPlayer.h"
#include "SessionRecorder.h"
#include "SessionSetup.h"
#include "SettingsDialog.h"
#include "SettingsFile.h"
#include "SheetPrinter.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>

#include <QTimer>
#include <QWindow>

#include <spdlog/spdlog.h>

namespace rollguide {

MainWindow::MainWindow(CatalogLoadResult loaded, const QString& catalogName, AppSettings& settings,
                       const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_clock(clock)
    , m_cues(new CuePlayer(this)) {
    m_ui->setupUi(this);
    resize(1200, 760);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionDisclaimer, &QAction::triggered, this, &MainWindow::showDisclaimer);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, &MainWindow::setFullScreen);
    m_cues->setSettings(
        {settings.soundsOn(), settings.breathTonesOn(), settings.voiceOn(), settings.volume()});

    // The printable sheet of the routine in front: the one being edited on the Routines tab, else the
    // one on the Session tab (print preview, print, PDF; File menu).
    for (QAction* a : {m_ui->actionPrintPreview, m_ui->actionPrint, m_ui->actionExportPdf})
        a->setEnabled(loaded.ok());
    const auto withSheet = [this](auto send) {
        return [this, send] {
            const bool editing = m_routines && m_ui->tabs->currentWidget() == m_ui->routinesTab;
            if (editing && m_routines->currentRoutine() && !m_routines->currentRoutine()->steps.isEmpty()) {
                send(this,
                     RoutineSheet::build(*m_routines->currentRoutine(), *m_catalog, m_setup->planOptions()));
                return;
            }
            if (!m_setup || !m_setup->routine()) {
                Dialogs::tell(this, QMessageBox::Information, tr("No routine chosen"),
                              tr("Choose a routine on the Session tab first."),
                              QStringLiteral("noRoutineBox"));
                return;
            }
            send(this, RoutineSheet::build(*m_setup->routine(), *m_catalog, m_setup->planOptions()));
        };
    };
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, withSheet(&SheetPrinter::preview));
    connect(m_ui->actionPrint, &QAction::triggered, this, withSheet(&SheetPrinter::print));
    connect(m_ui->actionExportPdf, &QAction::triggered, this, withSheet(&SheetPrinter::exportPdfWithDialog));

    if (!loaded.ok()) {
        spdlog::error("catalog {} did not load:\n{}", catalogName.toStdString(),
                      loaded.errorText(catalogName).toStdString());
        QFont big = m_ui->errorTitle->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        m_ui->errorTitle->setFont(big);
        m_ui->errorTitle->setText(
            tr("The exercise catalog %1 could not be loaded. Fix the problems below, or start "
               "RollGuide without --catalog to use the built-in catalog.")
                .arg(catalogName));
        m_ui->catalogErrorView->setPlainText(loaded.errorText(catalogName));
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        m_ui->actionDisclaimer->setEnabled(false);
        m_ui->actionScreening->setEnabled(false);
        m_ui->actionSave->setEnabled(false);
        return;
    }

    m_catalog = std::move(*loaded.catalog);
    // Only the Session tab is built before the first frame; the others when first opened.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::buildOpenedTab);

    m_setup = new SessionSetup(*m_catalog, m_settings, m_ui->sessionTab);
    m_setup->setObjectName(QStringLiteral("sessionSetup"));
    m_ui->sessionLayout->addWidget(m_setup);
    connect(m_setup, &SessionSetup::sessionRequested, this, &MainWindow::playSession);
    connect(m_ui->actionScreening, &QAction::triggered, m_setup, [this] { m_setup->askScreening(); });

    // The program's "Today" above it. Its week comes from the history, which is read once the first
    // frame is up (a launch opens no database before it).
    m_card = new ProgramCard(
        *m_catalog, m_settings, m_clock, [this] { return history().sessions(); }, m_ui->sessionTab);
    m_ui->sessionLayout->insertWidget(0, m_card);
    connect(m_card, &ProgramCard::startRequested, this, [this](const Routine& r) { openRoutine(r, true); });
    connect(m_card, &ProgramCard::guideSectionRequested, this, &MainWindow::showGuideSection);
    connect(m_card, &ProgramCard::todayChanged, this, [this] {
        // Today's session goes into the preview, unless the person picked something else there.
        const std::optional<Routine>& chosen = m_setup->routine();
        const bool programShown = chosen && chosen->id.startsWith(QStringLiteral("program:"));
        if (m_card->todaysRoutine() && (programShown || !m_todayShown)) {
            m_todayShown = true;
            m_setup->showRoutine(*m_card->todaysRoutine());
        }
    });
    connect(m_setup, &SessionSetup::screeningChanged, m_card, &ProgramCard::refresh);
    if (m_card->program())
        connect(this, &MainWindow::firstFramePainted, m_card, &ProgramCard::refresh);

    m_ui->pages->setCurrentWidget(m_ui->tabs);
}

void MainWindow::buildOpenedTab() {
    QWidget* tab = m_ui->tabs->currentWidget();
    if (tab == m_ui->movesTab && !m_browser) {
        m_browser = new CatalogBrowser(*m_catalog, m_ui->movesTab);
        m_browser->setObjectName(QStringLiteral("catalogBrowser"));
        m_ui->movesLayout->addWidget(m_browser);
        m_browser->show();
    } else if (tab == m_ui->routinesTab && m_library) {
        routinesTab();
    } else if (tab == m_ui->historyTab && !m_historyTab) {
        m_historyTab = new HistoryTab(history(), m_ui->historyTab);
        m_historyTab->setObjectName(QStringLiteral("historyView"));
        m_ui->historyLayout->addWidget(m_historyTab);
        m_historyTab->show();
        connect(&recorder(), &SessionRecorder::saved, m_historyTab, &HistoryTab::reload);
        connect(m_historyTab, &HistoryTab::guideSectionRequested, this, &MainWindow::showGuideSection);
        if (m_card) {
            m_card->refresh();
            m_historyTab->setProgramLine(m_card->summaryLine());
            connect(m_card, &ProgramCard::refreshed, m_historyTab,
                    [this] { m_historyTab->setProgramLine(m_card->summaryLine()); });
        }
        if (m_library)
            m_historyTab->setRoutineLibrary(m_library);
    } else if (tab == m_ui->historyTab) {
        m_historyTab->reload();
    } else if (tab == m_ui->guideTab && m_ui->guideView->document()->isEmpty()) {
        m_ui->guideView->setHtml(guideHtml(*m_catalog));
    }
}

void MainWindow::showGuideSection(const QString& sectionId) {
    m_ui->tabs->setCurrentWidget(m_ui->guideTab); // builds the guide when it is first opened
    m_ui->guideView->scrollToAnchor(sectionId);
}

RoutinesTab* MainWindow::routinesTab() {
    if (!m_routines) {
        m_routines = new RoutinesTab(*m_catalog, m_settings, *m_library, m_ui->routinesTab);
        m_routines->setObjectName(QStringLiteral("routinesEditor"));
        m_ui->routinesLayout->addWidget(m_routines);
        m_routines->show(); // now, not from the event loop: a layout shows a widget added late only then
        connect(m_routines, &RoutinesTab::startRequested, this,
                [this](const Routine& r) { openRoutine(r, true); });
        connect(m_routines, &RoutinesTab::printRequested, this, [this](const Routine& r) {
            SheetPrinter::preview(this, RoutineSheet::build(r, *m_catalog, m_setup->planOptions()));
        });
    }
    return m_routines;
}

PlayerWidget* MainWindow::player() {
    if (!m_player) {
        m_player = new PlayerWidget(*m_cues, m_ui->pages);
        m_player->setObjectName(QStringLiteral("playerWidget"));
        m_ui->pages->addWidget(m_player);
        connect(m_player, &PlayerWidget::closed, this, &MainWindow::leaveSession);
        connect(m_player, &PlayerWidget::afterCheckInChanged, this,
                [this](const Ratings& after) { recorder().setAfter(after); });
        connect(m_player, &PlayerWidget::fullScreenToggleRequested, m_ui->actionFullScreen, &QAction::toggle);
        Q_EMIT sessionPlayerCreated();
    }
    return m_player;
}

void MainWindow::showEvent(QShowEvent* event) {
    // The native window exists now and is mapped next: watch it for its first expose.
    if (!m_firstFramePainted && windowHandle())
        windowHandle()->installEventFilter(this);
    QMainWindow::showEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // Qt paints and flushes the whole window while it handles its first expose; the queued call runs
    // after that, at the end of the startup timeline.
    if (watched == windowHandle() && event->type() == QEvent::Expose && !m_firstFramePainted &&
        windowHandle()->isExposed()) {
        m_firstFramePainted = true;
        windowHandle()->removeEventFilter(this);
        QMetaObject::invokeMethod(
            this,
            [this] {
                markStartup("first frame painted");
                Q_EMIT firstFramePainted();
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() {
    // The recorder writes what is left to the history, so it goes before the history does.
    delete m_historyTab;
    delete m_recorder;
}

void MainWindow::showFirstRunNotices() {
    // A settings file that could not be read (a pipe, not text): said once, in the window too.
    if (const QString problem = m_settings.file().problem(); !problem.isEmpty()) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Settings not read"), problem,
                      QStringLiteral("settingsProblemBox"));
    }
    if (m_catalog && !m_settings.disclaimerAcknowledged())
        showDisclaimer();
}

DisclaimerDialog* MainWindow::showDisclaimer() {
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

QStringList MainWindow::attachRoutineStore(RoutineStore& store) {
    if (!m_catalog || m_library)
        return {};
    // The routines are read now (the Session tab lists them); their editor is built when its tab opens.
    m_library = new RoutineLibrary(*m_catalog, store, this);
    QAction* undo = m_library->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_library->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    connect(m_ui->actionSave, &QAction::triggered, this, [this] { routinesTab()->save(); });
    connect(m_library, &RoutineLibrary::modifiedChanged, this, &QWidget::setWindowModified);
    // The Session tab lists the personal routines as they are now, edited or not.
    const auto relist = [this] {
        if (m_setup)
            m_setup->setPersonalRoutines(personalRoutines());
    };
    connect(m_library, &RoutineLibrary::stepsChanged, this, relist);
    connect(m_library, &QAbstractItemModel::rowsInserted, this, relist);
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, relist);
    connect(m_library, &QAbstractItemModel::modelReset, this, relist);

    QStringList problems;
    for (const StoreProblem& p : m_library->load())
        problems << p.message;
    m_setup->setPersonalRoutines(personalRoutines());
    if (m_historyTab)
        m_historyTab->setRoutineLibrary(m_library);
    if (store.otherInstanceRunning())
        spdlog::warn("another RollGuide is using {}; saves check for its changes",
                     store.folder().toStdString());
    if (!problems.isEmpty()) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Some routines could not be read"),
                      tr("RollGuide started with the routines it could read.\n\n%1")
                          .arg(problems.join(QStringLiteral("\n\n"))),
                      QStringLiteral("storeProblemsBox"));
    }
    return problems;
}

QList<Routine> MainWindow::personalRoutines() const {
    QList<Routine> out;
    if (!m_library)
        return out;
    for (int row = 0; row < m_library->rowCount(); ++row)
        if (const LibraryEntry* e = m_library->entryAt(row); e && !e->builtIn)
            out << e->routine();
    return out;
}

void MainWindow::quit() {
    m_quitting = true;
    if (close())
        QApplication::quit();
    else
        m_quitting = false; // the person chose to stay, to save their routines
}

void MainWindow::closeEvent(QCloseEvent* event) {
    const auto closing = [this, event] {
        event->accept();
        // A session ended by closing the window is recorded as stopped, with what was done.
        if (m_player && m_player->player())
            m_player->player()->stop();
        if (m_recorder)
            m_recorder->saveNow();
        // With reminders on, RollGuide keeps running without its window (unless told to quit).
        if (!m_quitting && m_reminders && m_reminders->keepsRunning())
            QTimer::singleShot(0, m_reminders, &Reminders::closedToBackground);
    };
    if (!m_library || !m_library->hasUnsavedChanges()) {
        closing();
        return;
    }
    enum { Save, Discard };
    const int answer = Dialogs::ask(this, QMessageBox::Question, tr("Save your routines?"),
                                    tr("Some routine changes are not saved yet."),
                                    {{tr("Save"), QMessageBox::AcceptRole},
                                     {tr("Close without saving"), QMessageBox::DestructiveRole},
                                     Dialogs::cancelChoice()},
                                    Save, QStringLiteral("unsavedQuestion"));
    if (answer < 0 || (answer == Save && !routinesTab()->save().isEmpty()))
        event->ignore();
    else
        closing();
}

void MainWindow::openRoutine(const Routine& routine, bool start) {
    if (!m_setup)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->sessionTab);
    m_setup->showRoutine(routine);
    if (!start)
        return;
    if (m_settings.disclaimerAcknowledged()) {
        m_setup->start();
        return;
    }
    // The safety notice comes first: no cue may play while it is being read. The session starts once it
    // is acknowledged (and the screening answered, which start() asks first); closed, it stays ready.
    if (DisclaimerDialog* notice = showDisclaimer())
        connect(notice, &QDialog::accepted, m_setup, [this] { m_setup->start(); });
}

bool MainWindow::inSession() const {
    const SessionPlayer* p = m_player ? m_player->player() : nullptr;
    return p && (p->state() == SessionPlayer::State::Running || p->state() == SessionPlayer::State::Paused);
}

bool MainWindow::canStartChosenRoutine() const {
    return m_setup && m_setup->routine().has_value();
}

std::optional<Routine> MainWindow::chosenRoutine() const {
    return m_setup ? m_setup->routine() : std::nullopt;
}

std::optional<Routine> MainWindow::todaysRoutine() {
    if (m_card && m_card->program()) {
        m_card->refresh();
        if (m_card->todaysRoutine())
            return m_card->todaysRoutine();
    }
    return chosenRoutine();
}

void MainWindow::startToday() {
    if (inSession())
        return;
    if (m_card) {
        m_card->refresh();
        if (m_card->todaysRoutine()) {
            bringToFront();
            openRoutine(*m_card->todaysRoutine(), true);
            return;
        }
    }
    startChosenRoutine();
}

void MainWindow::startChosenRoutine() {
    if (inSession() || !canStartChosenRoutine())
        return;
    bringToFront();
    openRoutine(*m_setup->routine(), true);
}

void MainWindow::bringToFront() {
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

QString MainWindow::openRoutineFromElsewhere(const Routine& routine, bool start) {
    const QString name = plainLine(routine.name);
    if (!inSession()) {
        if (m_ui->pages->currentWidget() == m_player)
            leaveSession(); // from a finished session's summary
        bringToFront();
        openRoutine(routine, start);
        return start ? tr("RollGuide was already running; it opened \"%1\" and starts it.").arg(name)
                     : tr("RollGuide was already running; it opened \"%1\".").arg(name);
    }
    // The person is on the floor in a session: ask on screen, and leave the session running meanwhile.
    if (auto* old = findChild<QMessageBox*>(QStringLiteral("switchQuestion")))
        old->close();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Switch sessions?"),
                                tr("Another RollGuide asked for \"%1\". Stop this session and switch to it?\n"
                                   "What you have done so far is kept in your history.")
                                    .arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("switchQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating); // the session's keys keep working
    box->setWindowModality(Qt::NonModal);
    QPushButton* switchButton =
        box->addButton(start ? tr("Switch and start") : tr("Switch"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep going"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, switchButton, routine, start](QAbstractButton* b) {
                if (b != switchButton)
                    return;
                if (m_player)
                    m_player->stopNow();
                leaveSession();
                openRoutine(routine, start);
            });
    box->show();
    return tr("RollGuide is in the middle of a session; it asks on its screen whether to switch to \"%1\".")
        .arg(name);
}

HistoryStore& MainWindow::history() {
    if (!m_history) {
        m_history = std::make_unique<HistoryStore>(HistoryStore::defaultPath());
        m_history->open();
    }
    return *m_history;
}

SessionRecorder& MainWindow::recorder() {
    if (!m_recorder) {
        m_recorder = new SessionRecorder(&history(), this);
        connect(m_recorder, &SessionRecorder::saveFailed, this, [this](const QString& why) {
            if (m_player)
                m_player->showNotice(tr("This session is kept in memory but not yet in your history: %1 "
                                        "RollGuide keeps trying.")
                                         .arg(why));
        });
    }
    return *m_recorder;
}

void MainWindow::playSession(const SessionPlan& plan) {
    m_ui->pages->setCurrentWidget(player());
    m_ui->menuBar->setEnabled(false);
    const Ratings before = m_setup->beforeRatings();
    SessionRecord record =
        SessionRecorder::recordFor(plan, *m_catalog, QDateTime::currentDateTimeUtc(), before);
    m_player->setCheckIn(record.regions, record.before);
    const HistoryStore::OpenReport& report = history().open();
    SessionRecorder& rec = recorder();
    m_player->startSession(plan, m_clock, [&](SessionPlayer* p) { rec.begin(p, std::move(record)); });
    if (!report.writable)
        m_player->showNotice(tr("This session is not being recorded: %1").arg(report.problem));
    m_setup->clearCheckIn();
}

void MainWindow::leaveSession() {
    if (m_card)
        m_card->refresh(); // the session just done counts
    m_ui->menuBar->setEnabled(true);
    m_ui->pages->setCurrentWidget(m_ui->tabs);
    m_ui->actionFullScreen->setChecked(false);
}

void MainWindow::setFullScreen(bool on) {
    if (on == isFullScreen())
        return;
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(m_settings, *m_cues, m_reminders, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout() {
    QMessageBox* box =
        Dialogs::tell(this, QMessageBox::NoIcon, tr("About RollGuide"),
                      tr("<h3>RollGuide %1</h3><p>Guided foam-rolling sessions for the back.</p>"
                         "<p>For information only; not medical advice.</p><p>MIT License.</p>")
                          .arg(QStringLiteral(ROLLGUIDE_VERSION)),
                      QStringLiteral("aboutBox"), Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
}

} // namespace rollguide
