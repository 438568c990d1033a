#pragma once

#include "application/dtos/import_dtos.h"
#include "application/progress.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace reelforge::application {
class ImportService;
}

namespace reelforge::ui {

// A slim strip with the running import: which file, how far, about how long is left, and a
// Cancel button. Driven by ImportService's queued signals; hidden when nothing runs, and it
// shows a short summary for a few seconds after an import ends.
class ImportProgressWidget : public QFrame {
    Q_OBJECT
public:
    explicit ImportProgressWidget(application::ImportService& importer, QWidget* parent = nullptr);

    void showStarting(int requestedCount);  // immediate feedback before the first progress report
    int percent() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setIcon(const QString& name);
    void onProgress(const application::Progress& progress);
    void onFinished(const application::ImportReport& report);
    void onCancel();
    static QString etaText(double seconds);

    application::ImportService& m_importer;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_hideTimer;
    QString m_iconName;
};

}  // namespace reelforge::ui
