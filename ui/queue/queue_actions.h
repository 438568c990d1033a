#pragma once

#include "domain/models/job.h"

#include <vector>

class QAction;
class QActionGroup;
class QKeyEvent;
class QMenu;
class QWidget;

namespace reelforge::ui {

// The queue panel's commands, shared by its toolbar and its context menu. Shortcuts work
// while the panel has focus. updateFor() enables what makes sense for the selected jobs.
struct QueueActions {
    static constexpr int kHighPriority = 10;
    static constexpr int kLowPriority = -10;

    explicit QueueActions(QWidget* panel);

    // Which jobs a command applies to (the others in a selection are left alone).
    static bool canPause(domain::JobState state) { return state == domain::JobState::Running; }
    static bool canResume(domain::JobState state) { return state == domain::JobState::Paused; }
    static bool canCancel(domain::JobState state);
    static bool canRetry(domain::JobState state);
    static bool canReorder(domain::JobState state);  // priority matters until a job runs

    struct Selection {
        std::vector<const domain::Job*> jobs;  // all selected, current first
        bool canMoveUp = false;
        bool canMoveDown = false;
    };
    void updateFor(const Selection& selection);
    void fillContextMenu(QMenu* menu) const;
    // The list's own keys: Space pauses (or resumes a paused job), Delete cancels.
    QAction* forKey(const QKeyEvent& key) const;

    QAction* pause;  // Space toggles with resume
    QAction* resume;
    QAction* cancel;  // Delete
    QAction* retry;  // Ctrl+R
    QAction* moveUp;  // Ctrl+Up
    QAction* moveDown;  // Ctrl+Down
    QMenu* priorityMenu;
    QAction* priorityHigh;
    QAction* priorityNormal;
    QAction* priorityLow;
    QAction* openFolder;
    QAction* reveal;
    QAction* publishOutput;  // a finished job's file, through Publish…
    QAction* showCommand;
    QAction* showLog;
    QAction* stopAfterCurrent;  // checkable, not tied to the selection
};

}  // namespace reelforge::ui
