#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace reelforge::ui {

// What an empty library shows: a short welcome, the ways to add media (drop, import files,
// import a folder) and "Add sample videos" so a new creator sees something at once.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setGenerating(bool generating);  // while sample clips are being made
    void showError(const QString& message);

signals:
    void importFilesRequested();
    void importFolderRequested();
    void addSamplesRequested();

private:
    QPushButton* m_samples;
    QPushButton* m_files;
    QPushButton* m_folder;
    QProgressBar* m_busy;
    QLabel* m_status;
};

}  // namespace reelforge::ui
