#include "ui/studio_actions.h"

#include "ui/common/icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace reelforge::ui {

namespace {

QAction* make(QWidget* window, const QString& icon, const QString& text, const QList<QKeySequence>& keys,
    const QString& tip = {})
{
    auto* action = new QAction(icon.isEmpty() ? QIcon() : icons::themed(icon), text, window);
    QList<QKeySequence> shortcuts;
    for (const QKeySequence& key : keys) {
        if (!key.isEmpty() && !shortcuts.contains(key))
            shortcuts << key;
    }
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    const QString shortcutText
        = shortcuts.isEmpty() ? QString() : shortcuts.first().toString(QKeySequence::NativeText);
    const QString tipText = tip.isEmpty() ? QString(text).remove(QStringLiteral("…")) : tip;
    action->setToolTip(
        shortcutText.isEmpty() ? tipText : QStringLiteral("%1 (%2)").arg(tipText, shortcutText));
    window->addAction(action);
    return action;
}

}  // namespace

StudioActions::StudioActions(QWidget* window)
    : importFiles(make(window, QStringLiteral("import"),
        QCoreApplication::translate("StudioActions", "Import Files…"), { QKeySequence::Open },
        QCoreApplication::translate("StudioActions", "Import videos and audio files")))
    , importFolder(make(window, QStringLiteral("folder"),
          QCoreApplication::translate("StudioActions", "Import Folder…"),
          { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
          QCoreApplication::translate("StudioActions", "Import everything in a folder")))
    , addSamples(make(window, QStringLiteral("sparkles"),
          QCoreApplication::translate("StudioActions", "Add Sample Videos"), {}))
    , quit(make(window, {}, QCoreApplication::translate("StudioActions", "Quit"),
          { QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q) }))
    , find(make(window, QStringLiteral("search"),
          QCoreApplication::translate("StudioActions", "Search Library"), { QKeySequence::Find }))
    , remove(make(window, QStringLiteral("trash"),
          QCoreApplication::translate("StudioActions", "Remove from Library…"), { QKeySequence::Delete },
          QCoreApplication::translate("StudioActions", "Remove the selected items from the library")))
    , settings(
          make(window, QStringLiteral("settings"), QCoreApplication::translate("StudioActions", "Settings…"),
              { QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma) }))
    , playPause(make(window, QStringLiteral("play"),
          QCoreApplication::translate("StudioActions", "Play / Pause"), { QKeySequence(Qt::Key_Space) }))
    , about(make(window, {}, QCoreApplication::translate("StudioActions", "About ReelForge"), {}))
    , process(make(window, QStringLiteral("sparkles"),
          QCoreApplication::translate("StudioActions", "Process…"), { QKeySequence(Qt::CTRL | Qt::Key_P) },
          QCoreApplication::translate(
              "StudioActions", "Make new files from the selected videos with a preset")))
{
    quit->setMenuRole(QAction::QuitRole);
    settings->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    importFiles->setIconText(QCoreApplication::translate("StudioActions", "Import Files"));
    importFolder->setIconText(QCoreApplication::translate("StudioActions", "Import Folder"));
    remove->setIconText(QCoreApplication::translate("StudioActions", "Remove"));
    settings->setIconText(QCoreApplication::translate("StudioActions", "Settings"));
    process->setIconText(QCoreApplication::translate("StudioActions", "Process"));
}

}  // namespace reelforge::ui
