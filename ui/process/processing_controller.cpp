#include "ui/process/processing_controller.h"

#include "ui/library/library_view.h"
#include "ui/presets/presets_dialog.h"
#include "ui/process/drop_processing.h"
#include "ui/process/process_dialog.h"
#include "ui/queue/job_text.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/queue_notices.h"
#include "ui/queue/queue_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace reelforge::ui {

ProcessingController::ProcessingController(
    const StudioServices& services, QMainWindow* window, LibraryView* library, QAction* processAction)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_library(library)
    , m_process(processAction)
    , m_submitter(*services.queue, services.library)
    , m_settings(services.libraryPath)
    , m_panel(new QueuePanel(*services.queue, *services.jobs, window))
    , m_dock(new QDockWidget(tr("Queue"), window))
    , m_drops(new DropProcessing(services.importer, services.library, m_submitter, m_settings, this))
    , m_notices(new QueueNotices(services.notifications, m_panel->model(), window->statusBar(), this))
{
    m_panel->model()->setFrameRateLookup([this](const domain::Job& job) { return frameRateOf(job); });
    m_dock->setObjectName(QStringLiteral("queueDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable);
    m_dock->setTitleBarWidget(new QWidget(m_dock));  // the panel's header names it; View ▸ Queue hides it
    m_dock->toggleViewAction()->setText(tr("Queue"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->resizeDocks({ m_dock }, { 320 }, Qt::Vertical);

    connect(m_process, &QAction::triggered, this, &ProcessingController::processSelected);
    connect(m_panel, &QueuePanel::revealAssetRequested, this, [this](const QString& id) {
        if (m_services.library.get(id))
            emit revealAssetRequested(id);
        else
            m_window->statusBar()->showMessage(tr("This video is no longer in your library."), 8000);
    });
    connect(m_panel, &QueuePanel::notice, this,
        [this](const QString& text) { m_window->statusBar()->showMessage(text, 10000); });
    connect(m_drops, &DropProcessing::submitted, this, &ProcessingController::report);
    connect(m_library->listView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProcessingController::updateProcessAction);
    connect(m_library->listView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ProcessingController::updateProcessAction);  // the current item counts when none is selected
    updateProcessAction();
}

QAction* ProcessingController::queueToggle() const
{
    return m_dock->toggleViewAction();
}

void ProcessingController::buildMenu(QMenu* menu)
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_process);
    m_dropMenu = menu->addMenu(tr("When Files Are Dropped"));
    m_dropMenu->setObjectName(QStringLiteral("dropMenu"));
    m_dropMenu->setToolTipsVisible(true);
    connect(m_dropMenu, &QMenu::aboutToShow, this, &ProcessingController::fillDropMenu);
    fillDropMenu();
    QAction* presets = menu->addAction(tr("Presets…"), this, &ProcessingController::showPresets);
    presets->setObjectName(QStringLiteral("presetsAction"));
    presets->setToolTip(tr("Duplicate, edit, import and export output presets"));
    menu->addSeparator();
    menu->addAction(m_panel->actions()->stopAfterCurrent);
}

void ProcessingController::showPresets()
{
    if (!m_presetsDialog) {
        m_presetsDialog = new PresetsDialog(*m_services.presets, m_window);
        m_presetsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_presetsDialog->show();
    m_presetsDialog->raise();
    m_presetsDialog->activateWindow();
}

void ProcessingController::fillDropMenu()
{
    // Rebuilt each time it opens: the creator may have added presets meanwhile.
    m_dropMenu->clear();
    delete m_dropChoices;
    m_dropChoices = new QActionGroup(m_dropMenu);
    const QString current = m_drops->preset();
    auto add = [this, &current](const QString& text, const QString& preset, const QString& tip) {
        QAction* a = m_dropMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(preset == current);
        a->setData(preset);
        a->setToolTip(tip);
        m_dropChoices->addAction(a);
        connect(a, &QAction::triggered, this, [this, preset] {
            m_drops->setPreset(preset);
            m_window->statusBar()->showMessage(preset.isEmpty()
                    ? tr("Dropped files are imported only.")
                    : tr("Dropped files are imported, then processed with “%1”.").arg(preset),
                8000);
        });
    };
    add(tr("Import Only"), {}, tr("Add dropped files to the library and do nothing else"));
    m_dropMenu->addSeparator();
    for (const domain::Preset& preset : m_services.presets->list())
        add(tr("Import and Process with “%1”").arg(preset.name), preset.name, preset.description);
}

void ProcessingController::updateProcessAction()
{
    m_process->setEnabled(!m_library->selectedAssetIds().isEmpty());
}

void ProcessingController::processSelected()
{
    const QStringList ids = m_library->selectedAssetIds();
    if (ids.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select one or more videos in the library first."), 6000);
        return;
    }
    QStringList titles;
    for (const QString& id : ids) {
        if (const auto asset = m_services.library.get(id))
            titles << asset->title();
    }
    ProcessDialog dialog(
        m_services.presets->list(), titles, m_settings.lastChoice(), m_settings.defaultOutputDir(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    processAssets(ids, dialog.choice());
}

void ProcessingController::processAssets(const QStringList& assetIds, const ProcessChoice& choice)
{
    m_settings.remember(choice);
    report(m_submitter.submit(assetIds, choice), choice.preset);
}

void ProcessingController::onFilesDropped(const QStringList& paths)
{
    m_drops->noteDropped(paths);
    if (const QString preset = m_drops->preset(); !preset.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Importing; each file is then processed with “%1”.").arg(preset), 8000);
}

void ProcessingController::report(const JobSubmitter::Outcome& outcome, const QString& preset)
{
    m_window->statusBar()->showMessage(
        JobSubmitter::summary(outcome, preset), outcome.failures.isEmpty() ? 8000 : 0);
    if (!outcome.jobIds.isEmpty()) {
        m_dock->show();
        m_dock->raise();
        m_panel->selectJob(outcome.jobIds.first());
    }
}

double ProcessingController::frameRateOf(const domain::Job& job) const
{
    // "× realtime" compares the frames made per second with the frames per second of video
    // made: the preset's rate when it sets one, else the source's.
    if (const auto preset = m_services.presets->find(JobText::preset(job)); preset && preset->video) {
        if (preset->video->frameRate.isValid())
            return preset->video->frameRate.toDouble();
    }
    if (job.fields().assetId.isEmpty())
        return 0.0;
    const auto asset = m_services.library.get(job.fields().assetId);
    const domain::VideoStream* video = asset ? asset->info().primaryVideo() : nullptr;
    return video && video->frameRate.isValid() ? video->frameRate.toDouble() : 0.0;
}

}  // namespace reelforge::ui
