// The studio's entry point: composes the object graph for one library and hands its
// services to the window. The only GUI code that knows the concrete adapters.
#include "application/services/background_analysis.h"
#include "infrastructure/config/qsettings_preferences.h"
#include "ui/common/english_plurals.h"
#include "ui/common/error_text.h"
#include "ui/library/library_index_dialog.h"
#include "ui/main_window.h"
#include "wiring/app_context.h"
#include "wiring/library_repair.h"
#include "wiring/redacting_log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslations(QApplication& app)
{
    // Parented to the application so they live as long as it does. Translators installed
    // later are asked first, so the English plural fallback goes in before the others.
    QApplication::installTranslator(new reelforge::ui::EnglishPlurals(&app));
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("reelforge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// The studio's ways back for a lost library index. Each runs on the dialog's worker thread,
// with a LibraryRepair of its own made there.
reelforge::ui::LibraryRepairActions repairActions(const QString& libraryPath)
{
    using namespace reelforge;
    return {
        [libraryPath](application::CancellationToken& cancel, application::ProgressSink& progress) {
            return app::LibraryRepair(libraryPath).rebuild(cancel, &progress);
        },
        [libraryPath] { return app::LibraryRepair(libraryPath).backups(); },
        [libraryPath](const QString& backup) -> domain::Result<application::RestoreReport> {
            app::LibraryRepair repair(libraryPath);
            auto report = repair.restore(backup);
            if (!report)
                return report;
            // Clips imported after the backup was made are not in it: they come back from
            // their files, as a rebuild would make them.
            application::CancellationToken cancel;
            if (auto added = repair.rebuild(cancel))
                report->addedFromFiles = static_cast<int>(added->rebuilt.size());
            return report;
        },
    };
}

}  // namespace

int main(int argc, char* argv[])
{
    // QtMultimedia picks GStreamer by default; the FFmpeg backend plays H.264/AAC without
    // extra plugins. Must be set before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");

    reelforge::app::installRedactingMessageHandler();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReelForge"));
    QApplication::setApplicationName(QStringLiteral("ReelForge"));
    QApplication::setApplicationVersion(QStringLiteral(REELFORGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("reelforge"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ReelForge, a desktop video studio for creators."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringList { QStringLiteral("l"), QStringLiteral("library") },
        QCoreApplication::translate("main", "Open the library in <folder>."),
        QCoreApplication::translate("main", "folder"));
    parser.addOption(libraryOption);
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Close the window after <seconds> (to check an installation)."),
        QCoreApplication::translate("main", "seconds"));
    parser.addOption(quitAfterOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "Videos, audio files or folders to import."),
        QStringLiteral("[files...]"));
    parser.process(app);
    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        const double seconds = parser.value(quitAfterOption).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "--quit-after needs a number of seconds.")));
            return 2;
        }
        quitAfterMs = static_cast<int>(seconds * 1000);
    }

    reelforge::infrastructure::QSettingsPreferences preferences;
    const QString libraryPath = reelforge::app::resolveLibraryPath(parser.value(libraryOption), preferences);
    auto context = reelforge::app::AppContext::open(libraryPath);
    if (!context && context.error().code == reelforge::domain::ErrorCode::LibraryIndexLost) {
        // Starting would orphan every clip in the library: rebuild, restore or quit first.
        reelforge::ui::LibraryIndexDialog repair(libraryPath, repairActions(libraryPath));
        repair.exec();
        if (repair.outcome() == reelforge::ui::LibraryIndexDialog::Outcome::Quit)
            return 1;
        context = reelforge::app::AppContext::open(libraryPath);
    }
    if (!context) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "ReelForge"),
            QCoreApplication::translate("main", "ReelForge could not open the library in “%1”.")
                .arg(QDir::toNativeSeparators(libraryPath)));
        box.setInformativeText(reelforge::ui::errorText(context.error().code));
        box.setDetailedText(context.error().toString());
        box.exec();
        return 1;
    }

    reelforge::app::AppContext& ctx = **context;
    reelforge::ui::MainWindow window(reelforge::ui::StudioServices { ctx.importer(), ctx.library(),
        ctx.notifications(), preferences, ctx.samples(), ctx.libraryPath(), &ctx.queue(), &ctx.presets(),
        &ctx.jobs(), &ctx.analysis(), &ctx.publishing(), &ctx.accounts(), &ctx.frames(), &ctx.signIn() });
    window.show();

    // New imports get a low-priority analysis job each, when the preference says so.
    reelforge::application::BackgroundAnalysis backgroundAnalysis(ctx.importer(), ctx.queue(), preferences);
    if (ctx.isReadOnly()) {
        // The library can be browsed and played; the queue and uploads would only fail to save.
        window.statusBar()->showMessage(
            reelforge::ui::errorText(reelforge::domain::ErrorCode::LibraryReadOnly));
    } else {
        // The queue was saved as it went: jobs cut off by a crash or a kill go back in line (their
        // half-written files removed) before anything runs, then the queue picks up where it was.
        // The window already follows the queue, so it shows these changes as they happen.
        if (const reelforge::domain::Status recovered = ctx.queue().recover(); !recovered)
            qWarning(
                "The processing queue could not be recovered: %s", qPrintable(recovered.error().toString()));
        ctx.queue().start();
        // Publications: interrupted uploads continue, scheduled ones fire on time (missed ones
        // now, with a notification).
        ctx.publishing().setBandwidthLimit(preferences.load().uploadLimitBytesPerSecond);
        ctx.scheduler().start();
        ctx.publishing().start();
    }

    QStringList toImport;
    for (const QString& arg : parser.positionalArguments())
        toImport << QFileInfo(arg).absoluteFilePath();
    window.importPaths(toImport);

    // --quit-after leaves the way a user does, so a check also covers shutting down cleanly.
    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &window, &QWidget::close);

    return QApplication::exec();
}
