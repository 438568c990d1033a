#pragma once

#include "application/interfaces/i_preset_store.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace reelforge::ui {

class PresetEditor;

// Presets… in the Process menu: the built-in presets and the creator's own, with Duplicate
// (any preset, to a new one of the creator's), Edit… and Delete… (the creator's own only),
// Import… and Export… (preset files). Everything goes through the preset store, so the
// Process dialog and the drop menu see the changes the next time they open. Every question
// (editor, confirmation, file choice) is window-modal, never a nested event loop.
class PresetsDialog : public QDialog {
    Q_OBJECT
public:
    PresetsDialog(application::IPresetStore& store, QWidget* parent = nullptr);

    void selectPreset(const QString& name);
    QString currentPreset() const;  // empty when none is selected

    QString duplicateCurrent();  // the new preset's name, selected; empty on failure
    void editCurrent();  // opens the editor (window-modal)
    void deleteCurrent();  // asks first
    void chooseImportFile();
    void chooseExportFile();
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

    static QString uniqueName(const QString& base, const std::vector<domain::Preset>& existing);

signals:
    void presetsChanged();

private:
    void reload(const QString& select);
    void updateState();
    void notify(const QString& text, bool error = false);

    application::IPresetStore& m_store;
    std::vector<domain::Preset> m_presets;
    QListWidget* m_list;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_notice;
    QPushButton* m_duplicate;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_export;
};

}  // namespace reelforge::ui
