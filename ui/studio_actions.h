#pragma once

class QAction;
class QWidget;

namespace reelforge::ui {

// The window's commands with their shortcuts, created once and shared by the menus, the
// toolbar and the welcome page. The actions are children of (and active in) `window`.
struct StudioActions {
    explicit StudioActions(QWidget* window);

    QAction* importFiles;  // Ctrl+O
    QAction* importFolder;  // Ctrl+Shift+O
    QAction* addSamples;
    QAction* quit;  // Ctrl+Q
    QAction* find;  // Ctrl+F
    QAction* remove;  // Delete
    QAction* settings;  // Ctrl+,
    QAction* playPause;  // Space
    QAction* about;
    QAction* process;  // Ctrl+P, on the selected library videos
};

}  // namespace reelforge::ui
