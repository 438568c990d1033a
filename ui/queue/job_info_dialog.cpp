#include "ui/queue/job_info_dialog.h"

#include "ui/common/error_text.h"
#include "ui/queue/job_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace reelforge::ui {

namespace {

using PlanResult = domain::Result<std::vector<application::ProcessPlan>>;

application::JobRequest requestFor(const domain::Job& job)
{
    const domain::Job::Fields& f = job.fields();
    application::JobRequest r;
    r.input = f.inputs.value(0);
    r.title = f.title;
    r.assetId = f.assetId;
    r.recipe = f.recipe;
    r.outputDir = f.outputDir;
    r.outputTemplate = f.outputTemplate;
    r.priority = f.priority;
    return r;
}

QString commandsText(const std::vector<application::ProcessPlan>& plans)
{
    QStringList commands;
    for (const application::ProcessPlan& plan : plans) {
        if (!plan.equivalentCommand.isEmpty())
            commands << JobText::shellCommand(plan.equivalentCommand);  // already names the job's output
    }
    return commands.join(QStringLiteral("\n\n"));
}

}  // namespace

JobInfoDialog::JobInfoDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("jobInfoDialog"));
    setWindowTitle(title);
    resize(720, 420);
    m_headline->setObjectName(QStringLiteral("jobInfoHeadline"));
    m_headline->setProperty("role", QStringLiteral("title"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->hide();
    m_intro->setProperty("role", QStringLiteral("muted"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_body->setObjectName(QStringLiteral("jobInfoBody"));
    m_body->setReadOnly(true);
    m_body->setPlaceholderText(tr("Working it out…"));
    m_copy->setToolTip(tr("Copy the text to the clipboard"));
    m_copy->setEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_intro);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_body->toPlainText());
        m_copy->setText(tr("Copied"));
    });
}

void JobInfoDialog::setHeadline(const QString& text, bool isError)
{
    m_headline->setText(text);
    m_headline->setStyleSheet(isError ? QStringLiteral("color: #e5484d;") : QString());
    m_headline->setVisible(!text.isEmpty());
}

void JobInfoDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void JobInfoDialog::setBody(const QString& text, bool monospace)
{
    m_body->setFont(monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_body->setPlainText(text);
    m_copy->setEnabled(!text.isEmpty());
}

QString JobInfoDialog::headline() const
{
    return m_headline->text();
}

QString JobInfoDialog::body() const
{
    return m_body->toPlainText();
}

JobInfoDialog* JobInfoDialog::showCommand(
    const domain::Job& job, const application::ProcessingQueue& queue, QThreadPool& pool, QWidget* parent)
{
    auto* dialog = new JobInfoDialog(tr("ffmpeg Command — %1").arg(job.fields().title), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntro(tr("ReelForge does this with its own engine. This ffmpeg command line gives the "
                        "same result, for reference or to share when asking for help."));
    auto* watcher = new QFutureWatcher<PlanResult>(dialog);
    connect(watcher, &QFutureWatcher<PlanResult>::finished, dialog, [dialog, watcher] {
        const PlanResult plans = watcher->result();
        if (!plans) {
            dialog->setHeadline(errorText(plans.error().code), true);
            dialog->setBody(plans.error().toString(), true);
            return;
        }
        const QString text = commandsText(*plans);
        if (text.isEmpty())
            dialog->setHeadline(tr("This job has no ffmpeg equivalent."));
        dialog->setBody(text, true);
    });
    watcher->setFuture(
        QtConcurrent::run(&pool, [&queue, request = requestFor(job)] { return queue.plan(request); }));
    dialog->show();
    return dialog;
}

JobInfoDialog* JobInfoDialog::showLog(
    const domain::Job& job, application::IJobRepository& jobs, QWidget* parent)
{
    auto* dialog = new JobInfoDialog(tr("Log — %1").arg(job.fields().title), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (job.state() == domain::JobState::Failed) {
        dialog->setHeadline(JobText::failure(job), true);
        dialog->setIntro(tr("Fix the cause, then choose Retry to run the job again."));
    } else {
        dialog->setHeadline(JobText::state(job.state()));
    }
    const domain::Result<QString> log = jobs.log(job.id());
    dialog->setBody(log ? log->trimmed() : errorText(log.error().code), true);
    dialog->show();
    return dialog;
}

}  // namespace reelforge::ui
