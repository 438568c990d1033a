#pragma once

#include "application/interfaces/i_job_repository.h"
#include "application/services/processing_queue.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QThreadPool;

namespace reelforge::ui {

// A small window with text about one job that a creator may want to read or copy: the
// equivalent ffmpeg command line, or the job's log with why it failed. The body can arrive
// later (setBody) when it is worked out off the GUI thread.
class JobInfoDialog : public QDialog {
    Q_OBJECT
public:
    explicit JobInfoDialog(const QString& title, QWidget* parent = nullptr);

    // Non-modal, deleted on close. The command is planned on `pool` (planning probes the input).
    static JobInfoDialog* showCommand(const domain::Job& job, const application::ProcessingQueue& queue,
        QThreadPool& pool, QWidget* parent);
    static JobInfoDialog* showLog(const domain::Job& job, application::IJobRepository& jobs, QWidget* parent);

    void setHeadline(const QString& text, bool isError = false);
    void setIntro(const QString& text);
    void setBody(const QString& text, bool monospace);
    QString headline() const;
    QString body() const;

private:
    QLabel* m_headline;
    QLabel* m_intro;
    QPlainTextEdit* m_body;
    QPushButton* m_copy;
};

}  // namespace reelforge::ui
