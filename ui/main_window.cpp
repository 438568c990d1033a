#include "ui/main_window.h"

#include "application/services/publishing_service.h"

#include "ui/analysis/analysis_panel.h"
#include "ui/analysis/thumbnail_suggestions.h"
#include "ui/analysis/transcript_pane.h"
#include "ui/common/error_text.h"
#include "ui/detail/asset_detail_panel.h"
#include "ui/import/drop_handler.h"
#include "ui/import/drop_overlay.h"
#include "ui/import/import_issues_panel.h"
#include "ui/import/import_progress_widget.h"
#include "ui/library/library_delegate.h"
#include "ui/library/library_loader.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/library/remove_confirmation.h"
#include "ui/library/thumbnail_loader.h"
#include "ui/notifications/status_notifier.h"
#include "ui/preview/preview_player.h"
#include "ui/process/processing_controller.h"
#include "ui/publishing/publishing_controller.h"
#include "ui/queue/queue_panel.h"
#include "ui/settings/settings_dialog.h"
#include "ui/studio_actions.h"
#include "ui/welcome/sample_media_runner.h"
#include "ui/welcome/welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace reelforge::ui {

namespace {

const QString kMediaFilter
    = QStringLiteral("*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mts *.m2ts *.mxf *.mpg *.mpeg *.wmv *.flv *.3gp "
                     "*.mp3 *.wav *.m4a *.aac *.flac *.ogg *.opus");

}  // namespace

MainWindow::MainWindow(StudioServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actions(std::make_unique<StudioActions>(this))
    , m_thumbnails(new ThumbnailLoader(LibraryDelegate::kThumbnailSize * 2, this))
    , m_model(new LibraryModel(m_thumbnails, this))
    , m_loader(new LibraryLoader(m_services.library, this))
    , m_samples(new SampleMediaRunner(m_services.samples, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_theme.apply(Theme::parse(m_services.preferences.load().theme));
    setWindowTitle(tr("ReelForge — %1").arg(QDir(m_services.libraryPath).dirName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reelforge.svg")));
    setCentralWidget(buildCentralArea());
    if (m_services.queue && m_services.presets && m_services.jobs)
        m_processing = new ProcessingController(m_services, this, m_library, m_actions->process);
    m_actions->process->setVisible(m_processing != nullptr);
    if (m_services.publishing && m_services.accounts && m_services.signIn)
        m_publishing = new PublishingController(m_services, this, m_library);
    buildMenus();
    buildToolBar();
    m_notifier = new StatusNotifier(m_services.notifications, statusBar(), this);
    auto* location = new QLabel(QDir::toNativeSeparators(m_services.libraryPath), this);
    location->setProperty("role", QStringLiteral("muted"));
    location->setToolTip(tr("Library location"));
    statusBar()->addPermanentWidget(location);
    m_overlay = new DropOverlay(this);
    connectSignals();
    restoreWindowState();
    m_loader->reload();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCentralArea()
{
    m_library = new LibraryView(m_model, this);
    m_welcome = new WelcomePage(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_library);
    m_pages->addWidget(m_welcome);

    m_preview = new PreviewPlayer(this);
    m_details = new AssetDetailPanel(this);
    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    const auto [top, bottom]
        = m_services.analysis ? addAnalysisViews() : std::pair<QWidget*, QWidget*>(m_preview, m_details);
    m_sideSplitter->addWidget(top);
    m_sideSplitter->addWidget(bottom);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setSizes(m_analysis ? QList<int> { 520, 300 } : QList<int> { 260, 420 });
    m_side = m_sideSplitter;
    m_side->setObjectName(QStringLiteral("sidePanel"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes(m_analysis ? QList<int> { 840, 520 } : QList<int> { 900, 420 });

    m_progress = new ImportProgressWidget(m_services.importer, this);
    m_issues = new ImportIssuesPanel(this);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_progress);
    return central;
}

std::pair<QWidget*, QWidget*> MainWindow::addAnalysisViews()
{
    // The timeline strip and loudness go under the picture; transcript and thumbnail
    // suggestions become tabs beside the details. The splitter keeps its two panes.
    m_analysis = new AnalysisPanel(*m_services.analysis, m_services.frames, *m_preview, this);
    auto* top = new QWidget(this);
    top->setObjectName(QStringLiteral("previewArea"));
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_preview, 1);
    topLayout->addWidget(m_analysis);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_details, tr("Details"));
    tabs->addTab(m_analysis->transcript(), tr("Transcript"));
    tabs->addTab(m_analysis->thumbnails(), tr("Thumbnails"));
    return { top, tabs };
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->importFiles);
    file->addAction(m_actions->importFolder);
    file->addAction(m_actions->addSamples);
    file->addSeparator();
    file->addAction(m_actions->quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->find);
    edit->addAction(m_actions->remove);
    edit->addSeparator();
    edit->addAction(m_actions->settings);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_library->gridAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_library->listAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction* a : { m_library->gridAction(), m_library->listAction() }) {
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        addAction(a);
        view->addAction(a);
    }
    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(m_actions->playPause);
    if (m_processing) {
        view->addAction(m_processing->queueToggle());
        m_processing->buildMenu(menuBar()->addMenu(tr("P&rocess")));
    }
    if (m_publishing) {
        view->addAction(m_publishing->publicationsToggle());
        m_publishing->buildMenu(menuBar()->addMenu(tr("P&ublish")));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize({ 20, 20 });
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* brand = new QLabel(bar);
    brand->setPixmap(windowIcon().pixmap(26, 26));
    brand->setContentsMargins(8, 0, 4, 0);
    auto* name = new QLabel(QStringLiteral("ReelForge"), bar);
    name->setProperty("role", QStringLiteral("brand"));
    name->setContentsMargins(0, 0, 18, 0);
    bar->addWidget(brand);
    bar->addWidget(name);
    bar->addAction(m_actions->importFiles);
    bar->addAction(m_actions->importFolder);
    bar->addSeparator();
    bar->addAction(m_actions->process);
    if (m_publishing)
        bar->addAction(m_publishing->publishAction());
    bar->addAction(m_actions->remove);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_actions->settings);
}

void MainWindow::connectSignals()
{
    auto* drops = new DropHandler(this);
    connect(drops, &DropHandler::dragActiveChanged, m_overlay, &DropOverlay::setActive);
    connect(drops, &DropHandler::pathsDropped, this, &MainWindow::importPaths);
    if (m_processing) {
        connect(drops, &DropHandler::pathsDropped, m_processing, &ProcessingController::onFilesDropped);
        connect(m_processing, &ProcessingController::revealAssetRequested, this, [this](const QString& id) {
            m_pages->setCurrentWidget(m_library);
            m_library->selectAsset(id);
        });
        if (m_publishing)
            connect(m_processing->panel(), &QueuePanel::publishOutputRequested, m_publishing,
                &PublishingController::publishFile);
    }

    connect(m_actions->importFiles, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(m_actions->importFolder, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    connect(m_actions->addSamples, &QAction::triggered, this, &MainWindow::addSampleVideos);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_library);
        m_library->focusSearch();
    });
    connect(m_actions->remove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->playPause, &QAction::triggered, m_preview, &PreviewPlayer::togglePlayback);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_welcome, &WelcomePage::importFilesRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_welcome, &WelcomePage::importFolderRequested, this, &MainWindow::chooseFolderToImport);
    connect(m_welcome, &WelcomePage::addSamplesRequested, this, &MainWindow::addSampleVideos);
    connect(m_samples, &SampleMediaRunner::generated, this, [this](const QStringList& files) {
        m_welcome->setGenerating(false);
        // The clips are ours, kept beside the library: link them rather than copy them twice.
        startImport(files, domain::ImportMode::Reference);
    });
    connect(m_samples, &SampleMediaRunner::failed, this, [this](const domain::Error& error) {
        m_welcome->showError(tr("The sample videos could not be made: %1").arg(errorText(error.code)));
    });

    connect(m_library, &LibraryView::currentAssetChanged, this, &MainWindow::onCurrentAssetChanged);
    connect(m_library, &LibraryView::assetActivated, this, [this](const QString& id) {
        onCurrentAssetChanged(id);
        m_preview->play();
    });
    connect(&m_services.importer, &application::ImportService::finished, this, &MainWindow::onImportFinished);
    connect(
        m_loader, &LibraryLoader::loaded, this, [this](const std::vector<application::AssetSummary>& assets) {
            m_model->setAssets(assets);
            onLibraryLoaded();
        });
    connect(m_loader, &LibraryLoader::failed, this, [this](const domain::Error& error) {
        statusBar()->showMessage(tr("The library could not be read: %1").arg(errorText(error.code)));
    });
}

void MainWindow::importPaths(const QStringList& paths)
{
    startImport(paths, m_services.preferences.load().importMode);
}

void MainWindow::startImport(const QStringList& paths, domain::ImportMode mode)
{
    if (paths.isEmpty())
        return;
    m_progress->showStarting(static_cast<int>(paths.size()));
    m_services.importer.start({ paths, mode });
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("import/lastFolder"),
                                  QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
                              .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), start, tr("Videos and audio (%1);;All files (*)").arg(kMediaFilter));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("import/lastFolder"),
                                  QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
                              .toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({ folder });
}

void MainWindow::addSampleVideos()
{
    if (m_samples->isRunning())
        return;
    m_welcome->setGenerating(true);
    statusBar()->showMessage(tr("Making sample videos…"));
    m_samples->start(QDir(m_services.libraryPath).filePath(QStringLiteral("samples-source")));
}

void MainWindow::removeSelected()
{
    const QStringList ids = m_library->selectedAssetIds();
    if (ids.isEmpty() || m_pages->currentWidget() != m_library)
        return;
    QStringList titles;
    for (const QString& id : ids)
        titles << m_model->indexOfId(id).data(LibraryModel::TitleRole).toString();
    if (!RemoveConfirmation::ask(this, titles))
        return;
    m_preview->setSource({});  // release the file before it is deleted
    m_details->clear();
    if (m_analysis)
        m_analysis->clear();
    int failures = 0;
    for (const QString& id : ids) {
        if (!m_services.library.remove(id))
            ++failures;
    }
    if (failures > 0)
        statusBar()->showMessage(tr("%n item(s) could not be removed.", nullptr, failures), 10000);
    else
        statusBar()->showMessage(
            tr("Removed %n item(s) from the library.", nullptr, static_cast<int>(ids.size())), 6000);
    m_loader->reload();
}

void MainWindow::openSettings()
{
    const application::Preferences current = m_services.preferences.load();
    SettingsDialog dialog(current, m_services.libraryPath, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const application::Preferences chosen = dialog.preferences();
    m_services.preferences.save(chosen);
    m_theme.apply(Theme::parse(chosen.theme));
    if (m_services.publishing)  // running uploads slow down or speed up at once
        m_services.publishing->setBandwidthLimit(chosen.uploadLimitBytesPerSecond);
    if (dialog.libraryPathChanged())
        statusBar()->showMessage(
            tr("The new library location is used the next time you start ReelForge."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReelForge"),
        tr("<h3>ReelForge %1</h3><p>A desktop video studio for creators.</p>"
           "<p>Import, analyse, edit with recipes and publish — offline first.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::onCurrentAssetChanged(const QString& id)
{
    if (id.isEmpty()) {
        m_details->clear();
        m_preview->setSource({});
        if (m_analysis)
            m_analysis->clear();
        return;
    }
    // One row by primary key: quick enough for the GUI thread.
    const domain::Result<domain::MediaAsset> asset = m_services.library.get(id);
    if (!asset) {
        m_details->clear();
        statusBar()->showMessage(errorText(asset.error().code), 8000);
        return;
    }
    m_details->showAsset(*asset);
    m_preview->setSource(asset->storedPath());
    if (m_analysis)
        m_analysis->showAsset(*asset);
}

void MainWindow::onImportFinished(const application::ImportReport& report)
{
    m_issues->addReport(report);
    if (!report.imported.empty() && m_library->currentAssetId().isEmpty())
        m_selectAfterLoad = report.imported.front().id;
    m_loader->reload();
}

void MainWindow::onLibraryLoaded()
{
    updatePages();
    if (!m_selectAfterLoad.isEmpty()) {
        m_library->selectAsset(m_selectAfterLoad);
        m_selectAfterLoad.clear();
    }
}

void MainWindow::updatePages()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_library);
    m_side->setVisible(!empty);
    m_actions->remove->setEnabled(!empty);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("sideSplitter")).toByteArray());
    const bool list = settings.value(QStringLiteral("libraryMode")).toString() == QLatin1String("list");
    m_library->setMode(list ? LibraryView::Mode::List : LibraryView::Mode::Grid);
    m_library->setSortIndex(settings.value(QStringLiteral("librarySort"), 0).toInt());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("libraryMode"),
        m_library->mode() == LibraryView::Mode::List ? QStringLiteral("list") : QStringLiteral("grid"));
    settings.setValue(QStringLiteral("librarySort"), m_library->sortIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    m_services.importer.cancelAll();
    m_samples->cancel();
    QMainWindow::closeEvent(event);
}

}  // namespace reelforge::ui
