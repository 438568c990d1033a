#pragma once

#include "application/interfaces/i_preset_store.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace reelforge::ui {

// Edits one of the creator's presets: container, video and audio settings. Save validates the
// form with the same rules as an imported preset file; a field at fault gets its error right
// below it and nothing is saved. Renaming saves under the new name and removes the old file.
// Fields the form does not show (pixel format, profile, ...) are kept as they were.
class PresetEditor : public QDialog {
    Q_OBJECT
public:
    PresetEditor(application::IPresetStore& store, const domain::Preset& preset, QWidget* parent = nullptr);

    QString savedName() const { return m_savedName; }  // after a successful save
    QString fieldError(const QString& field) const;  // the error shown for a field, or empty

    void save();  // validates, saves and closes; on error shows it and stays open

private:
    void buildForm();
    void load(const domain::Preset& preset);
    QJsonObject formJson() const;
    void clearErrors();
    void showError(const domain::Error& error);
    void onContainerChanged();
    QLabel* addErrorLabel(const QStringList& fields);

    application::IPresetStore& m_store;
    domain::Preset m_original;
    QString m_savedName;
    QString m_lastContainer;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_container = nullptr;
    QLineEdit* m_extension = nullptr;
    QGroupBox* m_video = nullptr;
    QComboBox* m_videoCodec = nullptr;
    QLineEdit* m_videoEncoders = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_fit = nullptr;
    QLineEdit* m_frameRate = nullptr;
    QSpinBox* m_crf = nullptr;
    QLineEdit* m_videoBitRate = nullptr;
    QLineEdit* m_speed = nullptr;
    QCheckBox* m_allowHardware = nullptr;
    QGroupBox* m_audio = nullptr;
    QComboBox* m_audioCodec = nullptr;
    QLineEdit* m_audioBitRate = nullptr;
    QSpinBox* m_sampleRate = nullptr;
    QSpinBox* m_channels = nullptr;
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errors;  // field name -> the label under its row
};

}  // namespace reelforge::ui
