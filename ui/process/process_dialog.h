#pragma once

#include "domain/models/preset.h"
#include "ui/process/process_settings.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace reelforge::ui {

// Asks how to process the selected videos: an output preset (each with its description) and
// the folder the results go to. Starts on the last choice; only returns it, the caller
// submits the jobs and remembers the choice.
class ProcessDialog : public QDialog {
    Q_OBJECT
public:
    ProcessDialog(const std::vector<domain::Preset>& presets, const QStringList& titles,
        const ProcessChoice& initial, const QString& defaultOutputDir, QWidget* parent = nullptr);

    ProcessChoice choice() const;
    void selectPreset(const QString& name);
    void setOutputDir(const QString& folder);

private:
    void chooseFolder();
    void updateState();

    QString m_defaultOutputDir;
    QListWidget* m_presets;
    QLabel* m_description;
    QLineEdit* m_outputDir;
    QPushButton* m_ok = nullptr;
};

}  // namespace reelforge::ui
