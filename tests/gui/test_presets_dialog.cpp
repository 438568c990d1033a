// The Presets dialog on a real preset store in a temporary folder: duplicating a built-in,
// editing a copy through the form, field errors for invalid values (nothing saved), export
// and import through the file choosers, deletion after confirmation, and the Process dialog
// of a real studio offering a preset made here.
#include "application/interfaces/i_preferences.h"
#include "infrastructure/config/file_preset_store.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/presets/preset_editor.h"
#include "ui/presets/presets_dialog.h"
#include "ui/process/process_dialog.h"
#include "ui/process/processing_controller.h"
#include "wiring/app_context.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace reelforge;

namespace {

const QString kBuiltIn = QStringLiteral("youtube-1080p");

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

template<typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

// The editor the dialog opened (window-modal, so the test goes on while it is shown).
ui::PresetEditor* openEditor(ui::PresetsDialog& dialog)
{
    child<QPushButton>(&dialog, QStringLiteral("editButton"))->click();
    auto* editor = dialog.findChild<ui::PresetEditor*>();
    return editor && editor->isVisible() ? editor : nullptr;
}

bool waitForDeletion(QPointer<QWidget> widget)
{
    return QTest::qWaitFor([&] { return widget.isNull(); }, 5000);
}

// Answers the dialog's file chooser (a QFileDialog child) with `path`.
bool answerFileChooser(ui::PresetsDialog& dialog, const QString& objectName, const QString& path)
{
    QFileDialog* chooser = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (chooser = child<QFileDialog>(&dialog, objectName)) && chooser->isVisible(); }))
        return false;
    chooser->selectFile(path);
    static_cast<QDialog*>(chooser)->accept();  // QFileDialog::accept is protected
    return true;
}

}  // namespace

class TestPresetsDialog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_folders = 0;

    QString freshFolder() { return m_tmp.filePath(QStringLiteral("presets-%1").arg(++m_folders)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeTests"));
    }

    void duplicatingABuiltInMakesAnEditableCopyWithAUniqueName()
    {
        infrastructure::FilePresetStore store(freshFolder());
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(kBuiltIn);
        QCOMPARE(dialog.currentPreset(), kBuiltIn);
        QVERIFY(
            !child<QPushButton>(&dialog, QStringLiteral("editButton"))->isEnabled());  // built-ins are fixed
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("deleteButton"))->isEnabled());

        child<QPushButton>(&dialog, QStringLiteral("duplicateButton"))->click();
        QCOMPARE(dialog.currentPreset(), QStringLiteral("youtube-1080p-copy"));
        auto copy = store.find(QStringLiteral("youtube-1080p-copy"));
        QVERIFY(copy);
        QVERIFY(!copy->builtIn);
        const auto original = store.find(kBuiltIn);
        QCOMPARE(copy->video, original->video);  // same settings, only the name differs
        QCOMPARE(copy->audio, original->audio);
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("editButton"))->isEnabled());

        dialog.selectPreset(kBuiltIn);
        QCOMPARE(dialog.duplicateCurrent(), QStringLiteral("youtube-1080p-copy-2"));
        QVERIFY(store.find(QStringLiteral("youtube-1080p-copy-2")));
    }

    void editingAFieldSavesItAndKeepsTheOthers()
    {
        const QString folder = freshFolder();
        infrastructure::FilePresetStore store(folder);
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(kBuiltIn);
        const QString name = dialog.duplicateCurrent();
        ui::PresetEditor* editor = openEditor(dialog);
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(editor, QStringLiteral("nameEdit"))->text(), name);
        child<QSpinBox>(editor, QStringLiteral("crfSpin"))->setValue(18);
        child<QSpinBox>(editor, QStringLiteral("widthSpin"))->setValue(1280);
        child<QSpinBox>(editor, QStringLiteral("heightSpin"))->setValue(720);
        child<QLineEdit>(editor, QStringLiteral("audioBitRateEdit"))->setText(QStringLiteral("128k"));
        child<QLineEdit>(editor, QStringLiteral("nameEdit"))->setText(QStringLiteral("my-youtube-720p"));
        QPointer<QWidget> guard(editor);
        child<QPushButton>(editor, QStringLiteral("saveButton"))->click();
        QVERIFY(waitForDeletion(guard));

        // Read back from disk by a store of its own, as the next start of the studio would.
        infrastructure::FilePresetStore reread(folder);
        QVERIFY(!reread.find(name));  // renamed, not copied
        const auto saved = reread.find(QStringLiteral("my-youtube-720p"));
        QVERIFY(saved);
        const auto original = reread.find(kBuiltIn);
        QCOMPARE(saved->video->crf, 18);
        QCOMPARE(saved->video->width, 1280);
        QCOMPARE(saved->video->height, 720);
        QCOMPARE(saved->audio->bitRate, 128000);
        QCOMPARE(saved->video->codec, original->video->codec);  // untouched fields survive
        QCOMPARE(saved->video->pixelFormat, original->video->pixelFormat);
        QCOMPARE(saved->video->profile, original->video->profile);
        QCOMPARE(saved->video->frameRate, original->video->frameRate);
        QCOMPARE(saved->audio->sampleRate, original->audio->sampleRate);
        QCOMPARE(dialog.currentPreset(), QStringLiteral("my-youtube-720p"));
    }

    void invalidValuesShowTheirFieldErrorAndAreNotSaved_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("bit rate") << "videoBitRateEdit"
                                  << "lots"
                                  << "video.bitRate";
        QTest::newRow("frame rate") << "frameRateEdit"
                                    << "fast"
                                    << "video.frameRate";
        QTest::newRow("odd width") << "widthSpin"
                                   << "1281"
                                   << "video.width";
        QTest::newRow("name") << "nameEdit"
                              << "My Preset"
                              << "name";
        QTest::newRow("extension") << "extensionEdit"
                                   << ".mp4"
                                   << "extension";
        QTest::newRow("audio bit rate") << "audioBitRateEdit"
                                        << "loud"
                                        << "audio.bitRate";
    }

    void invalidValuesShowTheirFieldErrorAndAreNotSaved()
    {
        QFETCH(QString, widget);
        QFETCH(QString, value);
        QFETCH(QString, field);
        const QString folder = freshFolder();
        infrastructure::FilePresetStore store(folder);
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(kBuiltIn);
        const QString name = dialog.duplicateCurrent();
        const auto before = store.find(name);
        const auto countBefore = store.list().size();
        ui::PresetEditor* editor = openEditor(dialog);
        QVERIFY(editor);
        child<QSpinBox>(editor, QStringLiteral("crfSpin"))->setValue(30);  // a valid change alongside
        if (auto* spin = child<QSpinBox>(editor, widget))
            spin->setValue(value.toInt());
        else
            child<QLineEdit>(editor, widget)->setText(value);
        child<QPushButton>(editor, QStringLiteral("saveButton"))->click();

        QVERIFY(editor->isVisible());  // stays open for the fix
        QVERIFY(!editor->fieldError(field).isEmpty());
        auto* label = editor->findChild<QLabel*>(QStringLiteral("error:") + field);
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), editor->fieldError(field));
        for (const QString& other : { QStringLiteral("video.crf"), QStringLiteral("video.codec") })
            QVERIFY(editor->fieldError(other).isEmpty());
        QCOMPARE(*infrastructure::FilePresetStore(folder).find(name), *before);  // nothing saved
        QCOMPARE(store.list().size(), countBefore);  // no stray file either

        // Correcting the value clears the error and saves.
        if (auto* spin = child<QSpinBox>(editor, widget))
            spin->setValue(1280);
        else if (widget == QLatin1String("nameEdit"))
            child<QLineEdit>(editor, widget)->setText(name);
        else if (widget == QLatin1String("extensionEdit"))
            child<QLineEdit>(editor, widget)->setText(QStringLiteral("mp4"));
        else
            child<QLineEdit>(editor, widget)->clear();
        QPointer<QWidget> guard(editor);
        child<QPushButton>(editor, QStringLiteral("saveButton"))->click();
        QVERIFY(waitForDeletion(guard));
        QCOMPARE(store.find(name)->video->crf, 30);
    }

    void aPresetWithoutVideoOrAudioIsRefused()
    {
        infrastructure::FilePresetStore store(freshFolder());
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(kBuiltIn);
        const QString name = dialog.duplicateCurrent();
        ui::PresetEditor* editor = openEditor(dialog);
        QVERIFY(editor);
        child<QGroupBox>(editor, QStringLiteral("videoGroup"))->setChecked(false);
        child<QGroupBox>(editor, QStringLiteral("audioGroup"))->setChecked(false);
        child<QPushButton>(editor, QStringLiteral("saveButton"))->click();
        QVERIFY(editor->isVisible());
        QVERIFY(child<QLabel>(editor, QStringLiteral("generalError"))->isVisible());
        QVERIFY(store.find(name)->video.has_value());
    }

    void exportThenImportRestoresThePreset()
    {
        infrastructure::FilePresetStore store(freshFolder());
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(QStringLiteral("podcast-audio"));
        const QString name = dialog.duplicateCurrent();
        const auto made = store.find(name);

        const QString file = m_tmp.filePath(QStringLiteral("shared-preset.json"));
        child<QPushButton>(&dialog, QStringLiteral("exportButton"))->click();
        QVERIFY(answerFileChooser(dialog, QStringLiteral("exportChooser"), file));
        QTRY_VERIFY(QFileInfo::exists(file));

        // Another creator's studio: a new, empty preset folder.
        infrastructure::FilePresetStore other(freshFolder());
        ui::PresetsDialog theirs(other);
        theirs.show();
        QVERIFY(!other.find(name));
        QSignalSpy changed(&theirs, &ui::PresetsDialog::presetsChanged);
        child<QPushButton>(&theirs, QStringLiteral("importButton"))->click();
        QVERIFY(answerFileChooser(theirs, QStringLiteral("importChooser"), file));
        QTRY_COMPARE(changed.size(), 1);
        const auto imported = other.find(name);
        QVERIFY(imported);
        QCOMPARE(*imported, *made);
        QCOMPARE(theirs.currentPreset(), name);

        // A broken file is refused with a reason and changes nothing.
        const QString broken = m_tmp.filePath(QStringLiteral("broken-preset.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name":"broken","container":"mp4","extension":"mp4","video":{"codec":"h264","crf":99}})");
        f.close();
        const auto countBefore = other.list().size();
        QVERIFY(!theirs.importFrom(broken));
        QCOMPARE(other.list().size(), countBefore);
        auto* notice = child<QLabel>(&theirs, QStringLiteral("presetNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("broken-preset.json")));
        QVERIFY(notice->text().contains(QStringLiteral("63")));  // says which limit the quality broke
    }

    void deletingAsksFirst()
    {
        infrastructure::FilePresetStore store(freshFolder());
        ui::PresetsDialog dialog(store);
        dialog.show();
        dialog.selectPreset(kBuiltIn);
        const QString name = dialog.duplicateCurrent();

        auto confirm = [&](bool yes) {
            child<QPushButton>(&dialog, QStringLiteral("deleteButton"))->click();
            auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"));
            QVERIFY(box && box->isVisible());
            QVERIFY(box->text().contains(name));
            QPointer<QWidget> guard(box);
            if (yes)
                child<QPushButton>(box, QStringLiteral("confirmDeleteButton"))->click();
            else
                box->button(QMessageBox::Cancel)->click();
            QVERIFY(waitForDeletion(guard));
        };
        confirm(false);
        QVERIFY(store.find(name));  // cancelled: still there
        confirm(true);
        QVERIFY(!store.find(name));
        QVERIFY(dialog.currentPreset() != name);
        QVERIFY(dialog.findChild<QListWidget*>()->findItems(name, Qt::MatchExactly).isEmpty());
        QVERIFY(store.find(kBuiltIn));  // only that one went
    }

    void theProcessDialogOffersAPresetMadeInTheStudio()
    {
        const QString clip = m_tmp.filePath(QStringLiteral("clip.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 1.0;
        QVERIFY(testing::makeClip(clip, spec));
        app::AppContext::Options options;
        options.presetFolder = freshFolder();
        auto context = app::AppContext::open(m_tmp.filePath(QStringLiteral("library")), options);
        QVERIFY(context);
        MemoryPreferences preferences;
        ui::MainWindow window(ui::StudioServices { (*context)->importer(), (*context)->library(),
            (*context)->notifications(), preferences, (*context)->samples(), (*context)->libraryPath(),
            &(*context)->queue(), &(*context)->presets(), &(*context)->jobs() });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(&(*context)->importer(), &application::ImportService::finished);
        window.importPaths({ clip });
        QVERIFY(imported.wait(60000));
        QTRY_COMPARE(window.libraryModel()->rowCount(), 1);

        // Process ▸ Presets… then Duplicate.
        QAction* presetsAction = window.menuBar()->findChild<QAction*>(QStringLiteral("presetsAction"));
        QVERIFY(presetsAction);
        presetsAction->trigger();
        auto* presets = window.findChild<ui::PresetsDialog*>();
        QVERIFY(presets && presets->isVisible());
        presets->selectPreset(QStringLiteral("square-1080"));
        const QString name = presets->duplicateCurrent();
        QCOMPARE(name, QStringLiteral("square-1080-copy"));
        presets->close();

        QStringList offered;
        QTimer::singleShot(0, &window, [&] {
            QTRY_VERIFY(qobject_cast<ui::ProcessDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<ui::ProcessDialog*>(QApplication::activeModalWidget());
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("presetList"));
            for (int row = 0; row < list->count(); ++row)
                offered << list->item(row)->data(Qt::UserRole).toString();
            dialog->reject();
        });
        window.findChild<ui::LibraryView*>()->listView()->selectAll();
        window.processing()->processSelected();
        QVERIFY(offered.contains(name));
        QVERIFY(offered.contains(kBuiltIn));
    }
};

QTEST_MAIN(TestPresetsDialog)
#include "test_presets_dialog.moc"
