#pragma once

#include "application/dtos/import_dtos.h"
#include "ui/studio_services.h"
#include "ui/theme/theme.h"

#include <QMainWindow>

#include <memory>
#include <utility>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace reelforge::ui {

class AnalysisPanel;
class AssetDetailPanel;
class DropOverlay;
class ImportIssuesPanel;
class ImportProgressWidget;
class LibraryLoader;
class LibraryModel;
class LibraryView;
class PreviewPlayer;
class ProcessingController;
class PublishingController;
class SampleMediaRunner;
class StatusNotifier;
class ThumbnailLoader;
class WelcomePage;
struct StudioActions;

// The studio window. It only composes the small widgets (library, details, preview, import
// progress and issues, welcome page) and routes between them and the services; each widget
// does its own job. Window geometry and layout are remembered with QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StudioServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts importing files and folders with the import mode from the preferences.
    void importPaths(const QStringList& paths);
    LibraryModel* libraryModel() const { return m_model; }
    ProcessingController* processing() const { return m_processing; }  // null without a queue
    PublishingController* publishing() const { return m_publishing; }  // null without publishing

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildToolBar();
    QWidget* buildCentralArea();
    std::pair<QWidget*, QWidget*> addAnalysisViews();  // the side panel's top and bottom
    void connectSignals();

    void startImport(const QStringList& paths, domain::ImportMode mode);
    void chooseFilesToImport();
    void chooseFolderToImport();
    void addSampleVideos();
    void removeSelected();
    void openSettings();
    void showAbout();

    void onCurrentAssetChanged(const QString& id);
    void onImportFinished(const application::ImportReport& report);
    void onLibraryLoaded();
    void updatePages();

    void restoreWindowState();
    void saveWindowState() const;

    StudioServices m_services;
    Theme m_theme;
    std::unique_ptr<StudioActions> m_actions;
    ThumbnailLoader* m_thumbnails;
    LibraryModel* m_model;
    LibraryLoader* m_loader;
    SampleMediaRunner* m_samples;
    LibraryView* m_library = nullptr;
    WelcomePage* m_welcome = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    QWidget* m_side = nullptr;
    AssetDetailPanel* m_details = nullptr;
    AnalysisPanel* m_analysis = nullptr;  // null without an analysis service
    PreviewPlayer* m_preview = nullptr;
    ImportProgressWidget* m_progress = nullptr;
    ImportIssuesPanel* m_issues = nullptr;
    DropOverlay* m_overlay = nullptr;
    StatusNotifier* m_notifier = nullptr;
    ProcessingController* m_processing = nullptr;
    PublishingController* m_publishing = nullptr;
    QString m_selectAfterLoad;
};

}  // namespace reelforge::ui
