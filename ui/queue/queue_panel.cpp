#include "ui/queue/queue_panel.h"

#include "ui/common/error_text.h"
#include "ui/queue/job_info_dialog.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_delegate.h"
#include "ui/queue/queue_model.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reelforge::ui {

using domain::JobState;

namespace {

const QString kConcurrencyKey = QStringLiteral("queue/concurrency");
constexpr int kRefreshMs = 3000;

}  // namespace

QueuePanel::QueuePanel(
    application::ProcessingQueue& queue, application::IJobRepository& jobs, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_jobs(jobs)
    , m_model(new QueueModel(this))
    , m_actions(std::make_unique<QueueActions>(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_planPool.setMaxThreadCount(1);
    m_model->setOutputsLookup([this](const QString& id) {
        QStringList paths;
        if (auto artifacts = m_jobs.artifacts(id)) {
            for (const domain::Artifact& a : *artifacts)
                paths << a.path;
        }
        return paths;
    });

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("queueList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new QueueDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->installEventFilter(this);

    auto* empty = new QLabel(tr("Nothing in the queue. Select videos in the library and choose "
                                "<b>Process…</b> (%1), or drop files with a preset chosen.")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText)),
        this);
    empty->setObjectName(QStringLiteral("queueEmpty"));
    empty->setProperty("role", QStringLiteral("muted"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    auto* divider = new QWidget(this);
    divider->setFixedHeight(1);
    divider->setAutoFillBackground(true);
    divider->setBackgroundRole(QPalette::Window);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);

    connectActions();
    QSettings settings;
    const int concurrency = std::clamp(settings.value(kConcurrencyKey, 1).toInt(), 1, kMaxConcurrency);
    m_concurrency->setValue(concurrency);
    m_queue.setConcurrency(concurrency);
    m_actions->stopAfterCurrent->setChecked(m_queue.stopAfterCurrent());
    reload();
    // The queue signals its own changes; this also catches what the CLI does to the same
    // library from another process (queue retry, cancel, new jobs).
    auto* refresh = new QTimer(this);
    refresh->setInterval(kRefreshMs);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    refresh->start();
}

QueuePanel::~QueuePanel()
{
    m_planPool.waitForDone();  // a plan in flight reads the queue this panel borrows
}

QWidget* QueuePanel::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("queueHeader"));
    header->setAutoFillBackground(true);  // a strip like the import one, in either theme
    header->setBackgroundRole(QPalette::Base);
    auto* title = new QLabel(tr("Queue"), header);
    title->setProperty("role", QStringLiteral("title"));
    auto* bar = new QToolBar(header);
    bar->setObjectName(QStringLiteral("queueToolBar"));
    bar->setIconSize({ 16, 16 });
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : { m_actions->pause, m_actions->resume, m_actions->cancel, m_actions->retry })
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_actions->moveUp);
    bar->addAction(m_actions->moveDown);

    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setProperty("role", QStringLiteral("muted"));

    auto* atOnce = new QLabel(tr("Run at once"), header);
    m_concurrency = new QSpinBox(header);
    m_concurrency->setObjectName(QStringLiteral("concurrencyBox"));
    m_concurrency->setRange(1, kMaxConcurrency);
    const QString tip = tr("How many jobs run at the same time. More jobs at once finish a batch "
                           "sooner on a fast computer, but each one runs slower.");
    m_concurrency->setToolTip(tip);
    atOnce->setToolTip(tip);
    atOnce->setBuddy(m_concurrency);
    auto* stop = new QToolButton(header);
    stop->setObjectName(QStringLiteral("stopAfterCurrentButton"));
    stop->setDefaultAction(m_actions->stopAfterCurrent);
    stop->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 4, 12, 4);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(bar);
    layout->addWidget(m_summary, 1);
    layout->addWidget(atOnce);
    layout->addWidget(m_concurrency);
    layout->addSpacing(6);
    layout->addWidget(stop);
    return header;
}

void QueuePanel::connectActions()
{
    QueueActions& a = *m_actions;
    connect(a.pause, &QAction::triggered, this, [this] {
        forSelected(&QueueActions::canPause, [this](const QString& id) { return m_queue.pause(id); });
    });
    connect(a.resume, &QAction::triggered, this, [this] {
        forSelected(&QueueActions::canResume, [this](const QString& id) { return m_queue.resume(id); });
    });
    connect(a.cancel, &QAction::triggered, this, [this] {
        forSelected(&QueueActions::canCancel, [this](const QString& id) { return m_queue.cancel(id); });
    });
    connect(a.retry, &QAction::triggered, this, [this] {
        forSelected(&QueueActions::canRetry, [this](const QString& id) { return m_queue.retry(id); });
    });
    connect(a.moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(a.moveDown, &QAction::triggered, this, [this] { move(+1); });
    for (QAction* p : { a.priorityHigh, a.priorityNormal, a.priorityLow })
        connect(p, &QAction::triggered, this, [this, p] { setPriority(p->data().toInt()); });
    connect(a.openFolder, &QAction::triggered, this, &QueuePanel::openOutputFolder);
    connect(a.reveal, &QAction::triggered, this, [this] {
        if (const domain::Job* job = currentJob(); job && !job->fields().assetId.isEmpty())
            emit revealAssetRequested(job->fields().assetId);
    });
    connect(a.publishOutput, &QAction::triggered, this, &QueuePanel::publishOutput);
    connect(a.showCommand, &QAction::triggered, this, &QueuePanel::showCommand);
    connect(a.showLog, &QAction::triggered, this, &QueuePanel::showLog);
    connect(a.stopAfterCurrent, &QAction::toggled, this, [this](bool on) {
        m_queue.setStopAfterCurrent(on);
        updateSummary();
    });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        m_queue.setConcurrency(value);
        QSettings().setValue(kConcurrencyKey, value);
    });

    connect(&m_queue, &application::ProcessingQueue::jobChanged, this, &QueuePanel::onJobChanged);
    connect(&m_queue, &application::ProcessingQueue::jobProgress, m_model, &QueueModel::setProgress);
    connect(m_model, &QueueModel::summaryChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueuePanel::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &QueuePanel::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, &QueuePanel::onActivated);
}

bool QueuePanel::eventFilter(QObject* watched, QEvent* event)
{
    const bool isKey = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    QAction* action
        = watched == m_view && isKey ? m_actions->forKey(*static_cast<QKeyEvent*>(event)) : nullptr;
    if (!action)
        return QWidget::eventFilter(watched, event);
    event->accept();  // ShortcutOverride: the key comes here instead of to the window's action
    if (event->type() == QEvent::KeyPress && action->isEnabled())
        action->trigger();
    return true;
}

void QueuePanel::reload()
{
    auto jobs = m_queue.jobs();
    if (!jobs) {
        emit notice(tr("The queue could not be read: %1").arg(errorText(jobs.error().code)));
        return;
    }
    m_model->setJobs(*jobs);
}

void QueuePanel::onJobChanged(const domain::Job& job)
{
    if (!m_model->update(job))
        reload();  // a new job, or one whose place in the queue changed
}

void QueuePanel::selectJob(const QString& id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

QStringList QueuePanel::selectedJobIds() const
{
    QStringList ids;
    if (const domain::Job* current = currentJob())
        ids << current->id();
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        const QString id = index.data(QueueModel::IdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

const domain::Job* QueuePanel::currentJob() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return nullptr;
    return m_model->jobAt(current.row());
}

void QueuePanel::updateActions()
{
    QueueActions::Selection selection;
    for (const QString& id : selectedJobIds())
        selection.jobs.push_back(m_model->jobAt(m_model->indexOfId(id).row()));
    if (const domain::Job* job = currentJob(); job && QueueActions::canReorder(job->state())) {
        const int row = m_model->indexOfId(job->id()).row();
        selection.canMoveUp = row > 0;
        selection.canMoveDown = row + 1 < m_model->rowCount();
    }
    m_actions->updateFor(selection);
}

void QueuePanel::updateSummary()
{
    QStringList parts;
    if (const int n = m_model->count(JobState::Running))
        parts << tr("%n processing", nullptr, n);
    if (const int n = m_model->count(JobState::Paused))
        parts << tr("%n paused", nullptr, n);
    if (const int n = m_model->count(JobState::Queued) + m_model->count(JobState::Interrupted))
        parts << tr("%n waiting", nullptr, n);
    if (const int n = m_model->count(JobState::Succeeded))
        parts << tr("%n done", nullptr, n);
    if (const int n = m_model->count(JobState::Failed))
        parts << tr("%n failed", nullptr, n);
    QString text = parts.join(QStringLiteral("  ·  "));
    if (m_queue.stopAfterCurrent())
        text += (text.isEmpty() ? QString() : QStringLiteral("  ·  ")) + tr("no new jobs start");
    m_summary->setText(text);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

void QueuePanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    m_actions->fillContextMenu(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void QueuePanel::onActivated(const QModelIndex& index)
{
    const domain::Job* job = m_model->jobAt(index.row());
    if (!job)
        return;
    if (job->state() == JobState::Succeeded)
        openOutputFolder();
    else if (job->state() == JobState::Failed)
        showLog();
}

void QueuePanel::forSelected(
    bool (*applies)(JobState), const std::function<domain::Status(const QString&)>& command)
{
    for (const QString& id : selectedJobIds()) {
        const domain::Job* job = m_model->jobAt(m_model->indexOfId(id).row());
        if (!job || (applies && !applies(job->state())))
            continue;
        if (domain::Status s = command(id); !s) {
            emit notice(tr("That did not work for “%1”: %2")
                            .arg(m_model->indexOfId(id).data(QueueModel::TitleRole).toString(),
                                errorText(s.error().code)));
        }
    }
    updateActions();
}

void QueuePanel::move(int delta)
{
    const domain::Job* job = currentJob();
    if (!job)
        return;
    const QString id = job->id();
    const domain::Job* neighbour = m_model->jobAt(m_model->indexOfId(id).row() + delta);
    if (!neighbour)
        return;
    // Priorities are the queue order: one step past the neighbour puts the job on its far side.
    const int priority = neighbour->fields().priority - delta;
    if (domain::Status s = m_queue.setPriority(id, priority); !s)
        emit notice(errorText(s.error().code));
    selectJob(id);
}

void QueuePanel::setPriority(int priority)
{
    forSelected(&QueueActions::canReorder,
        [this, priority](const QString& id) { return m_queue.setPriority(id, priority); });
}

void QueuePanel::openOutputFolder()
{
    const QModelIndex index = m_model->indexOfId(selectedJobIds().value(0));
    if (!index.isValid())
        return;
    const QStringList outputs = index.data(QueueModel::OutputPathsRole).toStringList();
    const QString folder = outputs.isEmpty() ? index.data(QueueModel::OutputDirRole).toString()
                                             : QFileInfo(outputs.first()).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        emit notice(tr("The folder “%1” does not exist any more.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        emit notice(tr("The folder “%1” could not be opened.").arg(QDir::toNativeSeparators(folder)));
}

void QueuePanel::publishOutput()
{
    const domain::Job* job = currentJob();
    if (!job || job->state() != domain::JobState::Succeeded)
        return;
    auto artifacts = m_jobs.artifacts(job->id());
    if (!artifacts || artifacts->empty()) {
        emit notice(tr("This job has no finished file to publish."));
        return;
    }
    const domain::Artifact& first = artifacts->front();
    if (!QFileInfo::exists(first.path)) {
        emit notice(tr("The file “%1” does not exist any more.").arg(QDir::toNativeSeparators(first.path)));
        return;
    }
    emit publishOutputRequested(first.path, first.id, job->fields().title);
}

void QueuePanel::showCommand()
{
    if (const domain::Job* job = currentJob())
        JobInfoDialog::showCommand(*job, m_queue, m_planPool, this);
}

void QueuePanel::showLog()
{
    if (const domain::Job* job = currentJob())
        JobInfoDialog::showLog(*job, m_jobs, this);
}

}  // namespace reelforge::ui
