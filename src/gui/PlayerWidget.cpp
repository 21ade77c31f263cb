// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "PlayerWidget.h"
#include "CheckInWidget.h"
#include "CuePlayer.h"
#include "Dialogs.h"
#include "IllustrationView.h"
#include "SessionPlayer.h"
#include "ui_PlayerWidget.h"

#include <QMessageBox>
#include <QShortcut>

#include <cmath>

#include <spdlog/spdlog.h>

namespace rollguide {

namespace {
constexpr qint64 kFrameMs =
    40; // breathing animation: 25 frames a second; the circle moves about 1 px a frame

QString kindText(SegmentKind k) {
    switch (k) {
    case SegmentKind::Prepare:
        return PlayerWidget::tr("GET READY");
    case SegmentKind::Roll:
        return PlayerWidget::tr("ROLL SLOWLY");
    case SegmentKind::Hold:
        return PlayerWidget::tr("HOLD AND BREATHE");
    case SegmentKind::Reps:
        return PlayerWidget::tr("MOVE WITH YOUR BREATH");
    case SegmentKind::SwitchSide:
        return PlayerWidget::tr("SWITCH SIDES");
    case SegmentKind::Rest:
        return PlayerWidget::tr("REST");
    case SegmentKind::Finish:
        return PlayerWidget::tr("DONE");
    }
    return {};
}

QString countdownText(qint64 remainingMs) {
    const qint64 seconds = (std::max<qint64>(remainingMs, 0) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void setPixelSize(QWidget* w, int px, bool bold = false) {
    QFont f = w->font();
    f.setPixelSize(std::max(px, 10));
    f.setBold(bold);
    w->setFont(f);
}

QString summaryText(const SessionSummary& s) {
    QStringList lines;
    lines << (s.completed ? PlayerWidget::tr("You finished \"%1\".").arg(s.name)
                          : PlayerWidget::tr("You stopped \"%1\" before the end.").arg(s.name));
    lines << PlayerWidget::tr("Time: %1 (planned %2).")
                 .arg(formatMinutesSeconds(s.actualMs), formatMinutesSeconds(s.plannedMs));
    lines << PlayerWidget::tr("Parts done: %1 of %2.").arg(s.segmentsDone).arg(s.segmentCount);
    if (s.segmentsSkipped > 0)
        lines << PlayerWidget::tr("Parts skipped: %1.").arg(s.segmentsSkipped);
    for (const SkippedMove& m : s.skippedMoves)
        lines << PlayerWidget::tr("Skipped %1: %2.").arg(m.exerciseName, m.reason);
    if (s.autoPauses > 0)
        lines << PlayerWidget::tr("Paused by itself %n time(s) when the computer slept.", nullptr,
                                  s.autoPauses);
    return lines.join(u'\n');
}

void setTextIfChanged(QLabel* label, const QString& text) {
    if (label->text() != text)
        label->setText(text);
}
} // namespace

PlayerWidget::PlayerWidget(CuePlayer& cues, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlayerWidget>())
    , m_cues(cues) {
    m_ui->setupUi(this);
    // The player's own minimum (below) is what the window sees, not the sum of its texts' sizes.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlayerWidget::tick);

    // Buttons never take focus, so Space always reaches the pause shortcut.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_ui->pauseButton, &QPushButton::clicked, this, &PlayerWidget::togglePause);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &PlayerWidget::skip);
    connect(m_ui->backButton, &QPushButton::clicked, this, &PlayerWidget::back);
    connect(m_ui->addTimeButton, &QPushButton::clicked, this, &PlayerWidget::addTime);
    connect(m_ui->hurtsButton, &QPushButton::clicked, this, &PlayerWidget::itHurts);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &PlayerWidget::requestStop);
    connect(m_ui->fullScreenButton, &QPushButton::clicked, this, &PlayerWidget::fullScreenToggleRequested);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &PlayerWidget::closed);

    addShortcut(Qt::Key_Space, &PlayerWidget::togglePause);
    addShortcut(Qt::Key_MediaPlay, &PlayerWidget::togglePause);
    addShortcut(Qt::Key_MediaPause, &PlayerWidget::togglePause);
    addShortcut(Qt::Key_MediaTogglePlayPause, &PlayerWidget::togglePause);
    addShortcut(Qt::Key_Right, &PlayerWidget::skip);
    addShortcut(Qt::Key_N, &PlayerWidget::skip);
    addShortcut(Qt::Key_MediaNext, &PlayerWidget::skip);
    addShortcut(Qt::Key_Left, &PlayerWidget::back);
    addShortcut(Qt::Key_B, &PlayerWidget::back);
    addShortcut(Qt::Key_MediaPrevious, &PlayerWidget::back);
    addShortcut(Qt::Key_Up, &PlayerWidget::addTimeKey);
    addShortcut(Qt::Key_H, &PlayerWidget::itHurts);
    addShortcut(Qt::Key_Escape, &PlayerWidget::requestStop);
    addShortcut(Qt::Key_MediaStop, &PlayerWidget::requestStop);
    auto* fullScreen = new QShortcut(Qt::Key_F, this);
    fullScreen->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fullScreen, &QShortcut::activated, this, &PlayerWidget::fullScreenToggleRequested);

    m_ui->instructionLabel->setAccessibleName(tr("Instruction"));
    m_ui->countdownLabel->setAccessibleName(tr("Time left in this part"));
    m_ui->bannerLabel->hide();
    m_ui->illustrationThumb->hide();

    // After the session: the same question as before it, and the change since.
    m_after = new CheckInWidget(m_ui->finishPage);
    m_after->setObjectName(QStringLiteral("afterCheckIn"));
    m_after->setQuestion(tr("How does your back feel now?"));
    m_change = new QLabel(m_ui->finishPage);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setTextFormat(Qt::PlainText);
    m_change->setWordWrap(true);
    const int at = m_ui->finishLayout->indexOf(m_ui->summaryLabel) + 1;
    m_ui->finishLayout->insertWidget(at, m_after);
    m_ui->finishLayout->insertWidget(at + 1, m_change);
    connect(m_after, &CheckInWidget::ratingsChanged, this, [this](const Ratings& after) {
        updateChange();
        Q_EMIT afterCheckInChanged(after);
    });
    updateFonts();
}

void PlayerWidget::setCheckIn(const QList<Region>& regions, const Ratings& before) {
    m_before = before;
    m_after->setRegions(regions);
    m_after->clear();
    updateChange();
}

void PlayerWidget::showNotice(const QString& text) {
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
}

void PlayerWidget::updateChange() {
    const Ratings after = m_after->ratings();
    QStringList lines;
    for (Region r : kAllRegions) {
        if (!m_before.contains(r) || !after.contains(r))
            continue;
        const int from = m_before.value(r), to = after.value(r);
        QString line = tr("%1 %2 → %3").arg(regionName(r)).arg(from).arg(to);
        if (isMeaningfulChange(from, to))
            line += QStringLiteral("  ") + (to < from ? tr("(a clear improvement)") : tr("(clearly worse)"));
        lines << line;
    }
    if (lines.isEmpty() && !m_before.isEmpty() && after.isEmpty())
        lines << tr("Before the session: %1").arg([this] {
            QStringList parts;
            for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
                parts << QStringLiteral("%1 %2").arg(regionName(it.key())).arg(it.value());
            return parts.join(QStringLiteral(", "));
        }());
    m_change->setText(lines.join(u'\n'));
    m_change->setVisible(!lines.isEmpty());
}

PlayerWidget::~PlayerWidget() = default;

void PlayerWidget::addShortcut(const QKeySequence& key, void (PlayerWidget::*slot)()) {
    auto* s = new QShortcut(key, this);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    s->setAutoRepeat(false);
    connect(s, &QShortcut::activated, this, slot);
}

void PlayerWidget::startSession(const SessionPlan& plan, const Clock& clock,
                                const std::function<void(SessionPlayer*)>& beforeStart) {
    m_timer.stop();
    m_shownSegment = -1;
    m_player = std::make_unique<SessionPlayer>(plan, clock);
    SessionPlayer* p = m_player.get();
    connect(p, &SessionPlayer::segmentStarted, this, &PlayerWidget::onSegmentStarted);
    connect(p, &SessionPlayer::halfway, this, [this](int) { m_cues.play(Cue::Halfway); });
    connect(p, &SessionPlayer::lastSeconds, this, [this](int) { m_cues.play(Cue::Tick); });
    connect(p, &SessionPlayer::breathPhaseChanged, this, [this](BreathPhase phase) {
        m_cues.play(phase == BreathPhase::Inhale ? Cue::Inhale : Cue::Exhale);
    });
    connect(p, &SessionPlayer::finished, this, &PlayerWidget::showSummary);
    connect(p, &SessionPlayer::autoPaused, this, [this](const QString& reason) {
        m_ui->bannerLabel->setText(reason);
        m_ui->bannerLabel->show();
        m_cues.say(reason);
    });
    connect(p, &SessionPlayer::stateChanged, this, [this] {
        refresh();
        schedule();
    });
    m_ui->playerPages->setCurrentWidget(m_ui->runPage);
    setFocus();
    m_cues.prepare(); // load sound and speech now, not at the first cue
    if (beforeStart)
        beforeStart(p);
    Q_EMIT sessionStarted(p);
    p->start();
    tick();
}

void PlayerWidget::tick() {
    if (!m_player)
        return;
    m_player->update();
    refresh();
    schedule();
}

void PlayerWidget::schedule() {
    if (!m_player || m_player->state() != SessionPlayer::State::Running) {
        m_timer.stop();
        return;
    }
    const PlayerSnapshot s = m_player->snapshot();
    // Wake for the next thing that changes on screen or in sound: an engine event, the countdown's
    // next whole second, or the next frame of the breathing animation.
    const qint64 engineNext = m_player->msUntilNextEvent();
    qint64 next = engineNext;
    const qint64 toNextSecond = s.remainingMs % 1000 == 0 ? 1000 : s.remainingMs % 1000;
    next = std::min(next, toNextSecond);
    if (s.breath || s.pacing)
        next = std::min(next, kFrameMs);
    spdlog::trace("player: next wake in {} ms (engine {} ms)", next, engineNext);
    m_timer.start(int(std::clamp<qint64>(next, 1, 60000)));
}

void PlayerWidget::onSegmentStarted(int index) {
    const Segment& seg = m_player->plan().segments.at(index);
    switch (seg.kind) {
    case SegmentKind::Roll:
    case SegmentKind::Hold:
    case SegmentKind::Reps:
        m_cues.play(Cue::Start);
        break;
    case SegmentKind::SwitchSide:
        m_cues.play(Cue::SwitchSide);
        break;
    case SegmentKind::Prepare:
    case SegmentKind::Rest:
    case SegmentKind::Finish:
        break;
    }
    m_cues.say(seg.speech);
    m_ui->bannerLabel->hide();
}

void PlayerWidget::refresh() {
    if (!m_player)
        return;
    const PlayerSnapshot s = m_player->snapshot();
    if (s.state == SessionPlayer::State::Finished || !s.segment)
        return;
    const Segment& seg = *s.segment;
    const bool paused = s.state == SessionPlayer::State::Paused;

    setTextIfChanged(m_ui->kindLabel, paused ? tr("PAUSED — press Space to go on") : kindText(seg.kind));
    setTextIfChanged(m_ui->countdownLabel, countdownText(s.remainingMs));
    m_ui->sessionProgress->setValue(int(std::lround(s.sessionProgress * 1000)));
    if (const QString pause = paused ? tr("Resume  Space") : tr("Pause  Space");
        m_ui->pauseButton->text() != pause) {
        m_ui->pauseButton->setText(pause);
        m_ui->pauseButton->setAccessibleName(paused ? tr("Resume") : tr("Pause"));
        updateFonts(); // "Resume" may be longer than "Pause"
        spdlog::debug("screen: {}", paused ? "paused" : "playing");
    }
    m_ui->hurtsButton->setEnabled(seg.stepIndex >= 0);

    const auto phaseOf = [](BreathPhase p) {
        return p == BreathPhase::Inhale ? BreathingGuide::Phase::Inhale : BreathingGuide::Phase::Exhale;
    };
    // Counted breaths, or (timed by seconds) slow breathing at the person's pace, not counted.
    if (const std::optional<BreathState>& b = s.breath ? s.breath : s.pacing) {
        m_ui->breathingGuide->setBreath(phaseOf(b->phase), b->progress, b->breathNumber, b->breathCount);
    } else if (seg.kind == SegmentKind::Prepare) {
        m_ui->breathingGuide->setIdle(tr("Get into position"));
    } else {
        m_ui->breathingGuide->setIdle(tr("Relax"));
    }

    if (s.segmentIndex == m_shownSegment)
        return;
    // Everything below changes only with the segment.
    m_shownSegment = s.segmentIndex;
    // Rest and switch segments name the move they belong to; their kind line already says "rest".
    const bool between = seg.kind == SegmentKind::Rest || seg.kind == SegmentKind::SwitchSide;
    setTextIfChanged(m_ui->nameLabel, between && !seg.exerciseName.isEmpty() ? seg.exerciseName : seg.title);
    QStringList sideSet;
    if (seg.side != Side::None)
        sideSet << (seg.side == Side::Left ? tr("Left side") : tr("Right side"));
    if (seg.setCount > 1)
        sideSet << tr("Set %1 of %2").arg(seg.set).arg(seg.setCount);
    setTextIfChanged(m_ui->sideSetLabel, sideSet.join(QStringLiteral("  ·  ")));
    m_ui->sideSetLabel->setVisible(!sideSet.isEmpty());
    setTextIfChanged(m_ui->instructionLabel, seg.instruction);
    m_ui->instructionLabel->setAccessibleDescription(seg.instruction);
    spdlog::debug("screen: segment {}: {} / {}", s.segmentIndex, m_ui->nameLabel->text().toStdString(),
                  seg.instruction.toStdString());
    const bool showDetail = seg.kind == SegmentKind::Prepare && !seg.detail.isEmpty();
    setTextIfChanged(m_ui->detailLabel, showDetail ? seg.detail : QString());
    m_ui->detailLabel->setVisible(showDetail);
    const QString next = m_player->plan().nextUp(s.segmentIndex);
    setTextIfChanged(m_ui->nextUpLabel, next);

    // The move's picture: large while getting into position (instead of the idle breathing circle),
    // then a thumbnail in the text column while rolling, holding or resting, below the countdown.
    const bool hasMove = !seg.exerciseId.isEmpty();
    const bool positioning = seg.kind == SegmentKind::Prepare || seg.kind == SegmentKind::SwitchSide;
    if (hasMove) {
        m_ui->illustrationView->setIllustration(seg.illustrationPath, seg.illustrationAlt);
        m_ui->illustrationThumb->setIllustration(seg.illustrationPath, seg.illustrationAlt);
    }
    m_ui->visualStack->setCurrentWidget(hasMove && positioning ? static_cast<QWidget*>(m_ui->illustrationView)
                                                               : m_ui->breathingGuide);
    m_ui->illustrationThumb->setVisible(hasMove && !positioning);

    setTextIfChanged(m_ui->progressLabel, tr("Move %1 of %2  ·  about %3 left")
                                              .arg(s.moveNumber)
                                              .arg(s.moveCount)
                                              .arg(formatMinutesSeconds(s.sessionRemainingMs)));
}

void PlayerWidget::showSummary(const SessionSummary& summary) {
    m_timer.stop();
    m_cues.play(Cue::Done);
    m_cues.say(tr("Well done. Your session is complete."));
    m_ui->finishTitle->setText(tr("Well done"));
    m_ui->summaryLabel->setText(summaryText(summary));
    m_ui->playerPages->setCurrentWidget(m_ui->finishPage);
    m_after->setVisible(!m_after->regions().isEmpty());
    updateChange();
    // Number keys rate at once; Enter or Escape still leave (the Done button is the default).
    if (m_after->isVisible())
        m_after->setFocus();
    else
        m_ui->doneButton->setFocus();
}

void PlayerWidget::togglePause() {
    if (m_player) {
        m_player->togglePause();
        tick();
        Q_EMIT commandApplied();
    }
}

void PlayerWidget::play() {
    if (QMessageBox* box = stopQuestion()) {
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click(); // "Keep going": the question resumes the session itself
        return;
    }
    if (m_player && m_player->state() == SessionPlayer::State::Paused)
        togglePause();
}

void PlayerWidget::pause() {
    if (m_player && m_player->state() == SessionPlayer::State::Running)
        togglePause();
}

void PlayerWidget::skip() {
    if (m_player) {
        m_player->skip();
        tick();
        Q_EMIT commandApplied();
    }
}

void PlayerWidget::back() {
    if (m_player) {
        m_player->back();
        tick();
        Q_EMIT commandApplied();
    }
}

void PlayerWidget::addTime(qint64 ms) {
    if (m_player) {
        m_player->addTime(ms);
        tick();
        Q_EMIT commandApplied();
    }
}

void PlayerWidget::itHurts() {
    if (m_player) {
        m_player->skipMove(tr("it hurt"), true);
        m_cues.say(tr("Skipped. Move gently off the roller."));
        tick();
        Q_EMIT commandApplied();
    }
}

QMessageBox* PlayerWidget::stopQuestion() const {
    return findChild<QMessageBox*>(QStringLiteral("stopQuestion"));
}

bool PlayerWidget::stopQuestionOpen() const {
    return stopQuestion() != nullptr;
}

void PlayerWidget::remoteStop() {
    if (!m_player)
        return;
    if (QMessageBox* box = stopQuestion()) {
        if (m_remoteStop.isValid() && m_remoteStop.elapsed() <= kRemoteStopConfirmMs) {
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        } else {
            m_remoteStop.start(); // the question was asked on the keyboard: this Stop asks it again
        }
        return;
    }
    if (m_player->state() == SessionPlayer::State::Finished) {
        Q_EMIT closed();
        return;
    }
    m_remoteStop.start();
    // The question waits for its answer; the remote's call must not, so it is asked after the call returns.
    QTimer::singleShot(0, this, [this] { askToStop(true); });
}

void PlayerWidget::stopNow() {
    if (!m_player)
        return;
    m_player->stop();
    m_timer.stop();
    m_cues.stopSpeech();
    Q_EMIT commandApplied();
}

void PlayerWidget::requestStop() {
    askToStop(false);
}

void PlayerWidget::askToStop(bool fromRemote) {
    if (!m_player || m_player->state() == SessionPlayer::State::Finished) {
        Q_EMIT closed();
        return;
    }
    if (stopQuestionOpen())
        return;
    const bool wasRunning = m_player->state() == SessionPlayer::State::Running;
    if (wasRunning) {
        m_player->pause();
        Q_EMIT commandApplied();
    }
    enum { Stop, KeepGoing };
    QString text = tr("Stop this session now? What you have done so far is kept in the summary.");
    if (fromRemote)
        text +=
            QLatin1Char('\n') + tr("Press Stop on your remote again within %n second(s) to stop, or Play to "
                                   "keep going.",
                                   nullptr, int(kRemoteStopConfirmMs / 1000));
    const int answer = Dialogs::ask(
        this, QMessageBox::Question, tr("Stop the session?"), text,
        {{tr("Stop"), QMessageBox::DestructiveRole}, {tr("Keep going"), QMessageBox::RejectRole}}, KeepGoing,
        QStringLiteral("stopQuestion"));
    if (!m_player)
        return;
    if (answer == Stop) {
        stopNow();
        Q_EMIT closed();
    } else if (wasRunning) {
        m_player->resume();
        tick();
        Q_EMIT commandApplied();
    }
}

void PlayerWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateFonts();
}

void PlayerWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        QPalette kind = m_ui->kindLabel->palette();
        kind.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
        m_ui->kindLabel->setPalette(kind);
    }
}

void PlayerWidget::fitButtonRow() {
    // The row of controls never makes the window wider than it is: with long labels (a longer
    // language, a narrow window) the font steps down until every label fits whole.
    QList<QPushButton*> buttons;
    for (int i = 0; i < m_ui->buttonRow->count(); ++i)
        if (auto* b = qobject_cast<QPushButton*>(m_ui->buttonRow->itemAt(i)->widget()); b && !b->isHidden())
            buttons << b;
    if (buttons.isEmpty())
        return;
    const int spacing = std::max(0, m_ui->buttonRow->spacing());
    const QMargins margins = m_ui->runLayout->contentsMargins() + layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const auto needed = [&] {
        int sum = spacing * int(buttons.size() - 1);
        for (QPushButton* b : std::as_const(buttons))
            sum += b->sizeHint().width();
        return sum;
    };
    for (int px = buttons.first()->font().pixelSize(); px > 10 && needed() > available; --px)
        for (QPushButton* b : std::as_const(buttons))
            setPixelSize(b, px - 1);
    for (QPushButton* b : std::as_const(buttons))
        b->setMinimumWidth(1); // the layout may squeeze them; the font above makes that rare
}

void PlayerWidget::applyFontScale(int h) {
    setPixelSize(m_ui->countdownLabel, int(h * 0.2), true);
    setPixelSize(m_ui->nameLabel, int(h * 0.055), true);
    setPixelSize(m_ui->kindLabel, int(h * 0.032), true);
    setPixelSize(m_ui->sideSetLabel, int(h * 0.04), true);
    setPixelSize(m_ui->instructionLabel, int(h * 0.04));
    setPixelSize(m_ui->detailLabel, int(h * 0.024));
    setPixelSize(m_ui->nextUpLabel, int(h * 0.032));
    setPixelSize(m_ui->progressLabel, int(h * 0.024));
    setPixelSize(m_ui->bannerLabel, int(h * 0.032), true);
    setPixelSize(m_ui->finishTitle, int(h * 0.08), true);
    setPixelSize(m_ui->summaryLabel, int(h * 0.032));
    setPixelSize(m_change, int(h * 0.04), true);
    for (QPushButton* b : findChildren<QPushButton*>()) {
        setPixelSize(b, int(h * 0.022));
        b->setMinimumHeight(int(h * 0.055));
    }
    m_after->setScale(std::max(40, int(h * 0.06)), std::max(14, int(h * 0.028)));
    fitButtonRow();
    m_ui->sessionProgress->setFixedHeight(std::max(10, int(h * 0.016)));
    const int thumb = std::max(48, int(h * 0.15));
    m_ui->illustrationThumb->setFixedSize(thumb * 3 / 2, thumb);
}

QSize PlayerWidget::minimumSizeHint() const {
    // Whatever the texts, the player asks for no more than a small window; updateFonts() fits them in.
    return {640, 480};
}

void PlayerWidget::updateFonts() {
    // Sized from the window's height so the countdown reads from across a room at any size. When the
    // texts need more height than the window has (a long name, a longer language), everything steps
    // down together until they fit: the window never grows to make room.
    const int h = std::max(height(), 480);
    double scale = 1.0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        applyFontScale(int(h * scale));
        layout()->activate();
        if (layout()->totalMinimumSize().height() <= height() || scale < 0.45)
            break;
        scale *= 0.93;
    }
    QPalette kind = m_ui->kindLabel->palette();
    kind.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    m_ui->kindLabel->setPalette(kind);
}

} // namespace rollguide
