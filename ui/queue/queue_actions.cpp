#include "ui/queue/queue_actions.h"

#include "ui/common/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QWidget>

namespace reelforge::ui {

using domain::JobState;

namespace {

// The context is the one the translation tools file these strings under (the enclosing
// scope), so the translations are found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("reelforge::ui::QueueActions", text);
}

QAction* make(QWidget* panel, const QString& icon, const QString& text, const QString& tip,
    const QKeySequence& key = {})
{
    auto* action = new QAction(icon.isEmpty() ? QIcon() : icons::themed(icon), text, panel);
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        panel->addAction(action);
    }
    return action;
}

bool any(const QueueActions::Selection& s, bool (*test)(JobState))
{
    for (const domain::Job* job : s.jobs) {
        if (test(job->state()))
            return true;
    }
    return false;
}

}  // namespace

QueueActions::QueueActions(QWidget* panel)
    : pause(make(panel, QStringLiteral("pause"), tr("Pause"), tr("Hold the selected jobs where they are"),
        QKeySequence(Qt::Key_Space)))
    , resume(make(panel, QStringLiteral("play"), tr("Resume"), tr("Continue the selected paused jobs")))
    , cancel(make(panel, QStringLiteral("close"), tr("Cancel"),
          tr("Stop the selected jobs and delete what they have written so far"), QKeySequence::Delete))
    , retry(make(panel, {}, tr("Retry"), tr("Queue the selected failed or cancelled jobs again"),
          QKeySequence(Qt::CTRL | Qt::Key_R)))
    , moveUp(make(panel, {}, tr("Move Up"),
          tr("Run this job before the one above it. Jobs with a higher priority run first; "
             "jobs with the same priority run in the order they were added."),
          QKeySequence(Qt::CTRL | Qt::Key_Up)))
    , moveDown(make(panel, {}, tr("Move Down"),
          tr("Run this job after the one below it. Jobs with a higher priority run first; "
             "jobs with the same priority run in the order they were added."),
          QKeySequence(Qt::CTRL | Qt::Key_Down)))
    , priorityMenu(new QMenu(tr("Priority"), panel))
    , priorityHigh(make(panel, {}, tr("High"), tr("Runs before jobs with normal priority")))
    , priorityNormal(make(panel, {}, tr("Normal"), tr("Runs in the order it was added")))
    , priorityLow(make(panel, {}, tr("Low"), tr("Runs after jobs with normal priority")))
    , openFolder(make(panel, QStringLiteral("folder"), tr("Open Output Folder"),
          tr("Show the folder the finished file was written to")))
    , reveal(make(panel, QStringLiteral("search"), tr("Reveal in Library"),
          tr("Select the video this job was made from in the library")))
    , publishOutput(make(panel, QStringLiteral("upload"), tr("Publish Output…"),
          tr("Publish the file this job made to your accounts")))
    , showCommand(make(panel, {}, tr("Show ffmpeg Command…"),
          tr("The ffmpeg command line that gives the same result, for reference or support")))
    , showLog(
          make(panel, QStringLiteral("info"), tr("Show Log…"), tr("What happened to this job, step by step")))
    , stopAfterCurrent(make(panel, {}, tr("Stop After Current Job"),
          tr("Let the running jobs finish, then start no new ones until this is turned off")))
{
    priorityMenu->setToolTipsVisible(true);
    priorityMenu->setToolTip(tr("Jobs with a higher priority run first"));
    auto* group = new QActionGroup(priorityMenu);
    for (QAction* a : { priorityHigh, priorityNormal, priorityLow }) {
        a->setCheckable(true);
        group->addAction(a);
        priorityMenu->addAction(a);
    }
    priorityHigh->setData(kHighPriority);
    priorityNormal->setData(0);
    priorityLow->setData(kLowPriority);
    // Space and Delete are the window's play and remove keys too: the queue list takes them
    // itself while it has focus (QueuePanel::eventFilter); here they are only shown in menus.
    for (QAction* a : { pause, cancel })
        a->setShortcutContext(Qt::WidgetShortcut);
    stopAfterCurrent->setCheckable(true);
    stopAfterCurrent->setIconText(tr("Stop after current"));
    updateFor({});
}

bool QueueActions::canCancel(JobState state)
{
    return state == JobState::Queued || state == JobState::Running || state == JobState::Paused;
}

bool QueueActions::canRetry(JobState state)
{
    return state == JobState::Failed || state == JobState::Cancelled || state == JobState::Interrupted;
}

bool QueueActions::canReorder(JobState state)
{
    return state != JobState::Running && state != JobState::Paused && state != JobState::Succeeded;
}

void QueueActions::updateFor(const Selection& s)
{
    const domain::Job* current = s.jobs.empty() ? nullptr : s.jobs.front();
    pause->setEnabled(any(s, &canPause));
    resume->setEnabled(any(s, &canResume));
    cancel->setEnabled(any(s, &canCancel));
    retry->setEnabled(any(s, &canRetry));
    moveUp->setEnabled(current && s.canMoveUp);
    moveDown->setEnabled(current && s.canMoveDown);
    priorityMenu->setEnabled(current != nullptr);
    if (current) {
        const int priority = current->fields().priority;
        priorityHigh->setChecked(priority > 0);
        priorityNormal->setChecked(priority == 0);
        priorityLow->setChecked(priority < 0);
    }
    const bool done = current && current->state() == JobState::Succeeded;
    // Analysis jobs write no file: no folder to open, no ffmpeg command to show.
    const bool writesFiles = current && !current->fields().outputDir.isEmpty();
    openFolder->setEnabled(writesFiles);
    openFolder->setText(done ? tr("Open Output Folder") : tr("Open Destination Folder"));
    reveal->setEnabled(current && !current->fields().assetId.isEmpty());
    publishOutput->setEnabled(done && writesFiles);
    showCommand->setEnabled(writesFiles);
    showLog->setEnabled(current != nullptr);
}

QAction* QueueActions::forKey(const QKeyEvent& key) const
{
    if (key.modifiers() != Qt::NoModifier)
        return nullptr;
    if (key.key() == Qt::Key_Space)
        return pause->isEnabled() || !resume->isEnabled() ? pause : resume;
    if (key.key() == Qt::Key_Delete)
        return cancel;
    return nullptr;
}

void QueueActions::fillContextMenu(QMenu* menu) const
{
    menu->setToolTipsVisible(true);
    for (QAction* a : { pause, resume, cancel, retry })
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(moveUp);
    menu->addAction(moveDown);
    menu->addMenu(priorityMenu);
    menu->addSeparator();
    menu->addAction(openFolder);
    menu->addAction(reveal);
    menu->addAction(publishOutput);
    menu->addSeparator();
    menu->addAction(showCommand);
    menu->addAction(showLog);
}

}  // namespace reelforge::ui
