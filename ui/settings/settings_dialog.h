#pragma once

#include "application/interfaces/i_preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace reelforge::ui {

// Edits the creator's preferences: where the library lives (takes effect at the next start,
// and the dialog says so), whether imports copy files or link to them, and the theme. It
// only returns the edited values; the caller saves and applies them. Also whether new imports
// are analysed in the background.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(
        const application::Preferences& current, const QString& openLibraryPath, QWidget* parent = nullptr);

    application::Preferences preferences() const;
    bool libraryPathChanged() const;

private:
    void chooseLibraryFolder();
    void updateRestartHint();

    application::Preferences m_initial;
    QString m_openLibraryPath;
    QLineEdit* m_libraryPath;
    QLabel* m_restartHint;
    QRadioButton* m_copy;
    QRadioButton* m_reference;
    QComboBox* m_theme;
    QCheckBox* m_analyzeInBackground;
    QDoubleSpinBox* m_uploadLimit;
};

}  // namespace reelforge::ui
