#pragma once

#include <QString>

namespace reelforge::ui {

// What a creator chose last time for processing: a preset and an output folder.
struct ProcessChoice {
    QString preset;
    QString outputDir;
};

// The processing choices remembered between sessions (QSettings, group "process"): the last
// preset and output folder, and what happens to dropped files. The output folder defaults to
// the library's artifacts folder. Cheap; GUI thread.
class ProcessSettings {
public:
    explicit ProcessSettings(QString libraryPath);

    QString defaultOutputDir() const;  // <library>/artifacts
    ProcessChoice lastChoice() const;
    void remember(const ProcessChoice& choice);

    // The preset dropped files are processed with after they are imported; empty: import only.
    QString dropPreset() const;
    void setDropPreset(const QString& preset);

private:
    QString m_libraryPath;
};

}  // namespace reelforge::ui
