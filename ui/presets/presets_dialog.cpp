#include "ui/presets/presets_dialog.h"

#include "ui/common/format.h"
#include "ui/common/icons.h"
#include "ui/presets/preset_editor.h"
#include "ui/presets/preset_field_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace reelforge::ui {

namespace {

constexpr int kNameRole = Qt::UserRole;

QString videoSummary(const domain::VideoPreset& v)
{
    QStringList parts { v.codec.toUpper() };
    parts << (v.width > 0 ? format::resolution(v.width, v.height) : PresetsDialog::tr("source size"));
    parts << (v.frameRate.isValid() ? format::frameRate(v.frameRate)
                                    : PresetsDialog::tr("source frame rate"));
    if (v.crf >= 0)
        parts << PresetsDialog::tr("quality %1").arg(v.crf);
    if (v.bitRate > 0)
        parts << format::bitRate(v.bitRate);
    if (!v.speed.isEmpty())
        parts << v.speed;
    return parts.join(QStringLiteral(" · "));
}

QString audioSummary(const domain::AudioPreset& a)
{
    QStringList parts { a.codec.toUpper() };
    if (a.bitRate > 0)
        parts << format::bitRate(a.bitRate);
    parts << (a.sampleRate > 0 ? format::sampleRate(a.sampleRate) : PresetsDialog::tr("source sample rate"));
    parts << (a.channels > 0 ? format::channels(a.channels, {}) : PresetsDialog::tr("source channels"));
    return parts.join(QStringLiteral(" · "));
}

QString summary(const domain::Preset& p)
{
    QStringList lines;
    lines << PresetsDialog::tr("File: .%1 (%2)").arg(p.extension, p.container);
    lines << PresetsDialog::tr("Video: %1").arg(p.video ? videoSummary(*p.video) : PresetsDialog::tr("none"));
    lines << PresetsDialog::tr("Audio: %1").arg(p.audio ? audioSummary(*p.audio) : PresetsDialog::tr("none"));
    if (p.builtIn)
        lines << QString()
              << PresetsDialog::tr("Built-in presets cannot be changed. Duplicate one to make your own.");
    return lines.join(QLatin1Char('\n'));
}

QListWidgetItem* sectionItem(const QString& text, QListWidget* list)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
    QFont font = list->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(font);
    return item;
}

}  // namespace

PresetsDialog::PresetsDialog(application::IPresetStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(icons::themed(QStringLiteral("trash")), tr("Delete…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(QStringLiteral("presetsDialog"));
    setWindowTitle(tr("Presets"));
    setMinimumSize(720, 480);

    m_list->setObjectName(QStringLiteral("presetList"));
    m_list->setIconSize({ 18, 18 });
    m_list->setMinimumWidth(260);
    m_title->setObjectName(QStringLiteral("presetTitle"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("presetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notice->setObjectName(QStringLiteral("presetNotice"));
    m_notice->setWordWrap(true);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Make a copy of this preset that you can change"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save this preset to a file to share or back it up"));
    auto* import = new QPushButton(icons::themed(QStringLiteral("import")), tr("Import…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Add a preset from a file"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_duplicate);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    auto* details = new QVBoxLayout;
    details->addWidget(m_title);
    details->addWidget(m_summary, 1);
    details->addLayout(actions);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 2);
    body->addSpacing(12);
    body->addLayout(details, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(10);
    layout->addLayout(body, 1);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &PresetsDialog::updateState);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });
    connect(m_duplicate, &QPushButton::clicked, this, &PresetsDialog::duplicateCurrent);
    connect(m_edit, &QPushButton::clicked, this, &PresetsDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PresetsDialog::deleteCurrent);
    connect(import, &QPushButton::clicked, this, &PresetsDialog::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &PresetsDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload({});
    m_notice->hide();
}

void PresetsDialog::reload(const QString& select)
{
    m_presets = m_store.list();
    m_list->clear();
    auto addGroup = [this](bool builtIn, const QString& heading) {
        bool any = false;
        for (const domain::Preset& p : m_presets) {
            if (p.builtIn != builtIn)
                continue;
            if (!any)
                sectionItem(heading, m_list);
            any = true;
            auto* item = new QListWidgetItem(
                icons::themed(p.video ? QStringLiteral("film") : QStringLiteral("music")), p.name, m_list);
            item->setData(kNameRole, p.name);
            item->setToolTip(p.description);
        }
    };
    addGroup(false, tr("YOUR PRESETS"));
    addGroup(true, tr("BUILT-IN"));
    selectPreset(select);
    if (!m_list->currentItem()) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    }
    updateState();
}

void PresetsDialog::selectPreset(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (!name.isEmpty() && m_list->item(row)->data(kNameRole).toString() == name) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

QString PresetsDialog::currentPreset() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void PresetsDialog::updateState()
{
    const QString name = currentPreset();
    const auto it = std::find_if(
        m_presets.begin(), m_presets.end(), [&](const domain::Preset& p) { return p.name == name; });
    const bool found = it != m_presets.end();
    m_title->setText(found ? it->name : tr("No preset selected"));
    m_summary->setText(found
            ? (it->description.isEmpty() ? QString() : it->description + QStringLiteral("\n\n"))
                + summary(*it)
            : QString());
    m_duplicate->setEnabled(found);
    m_export->setEnabled(found);
    m_edit->setEnabled(found && !it->builtIn);
    m_delete->setEnabled(found && !it->builtIn);
}

void PresetsDialog::notify(const QString& text, bool error)
{
    m_notice->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("muted"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString PresetsDialog::uniqueName(const QString& base, const std::vector<domain::Preset>& existing)
{
    auto taken = [&](const QString& name) {
        return std::any_of(
            existing.begin(), existing.end(), [&](const domain::Preset& p) { return p.name == name; });
    };
    QString name = base + QStringLiteral("-copy");
    for (int n = 2; taken(name); ++n)
        name = base + QStringLiteral("-copy-%1").arg(n);
    return name;
}

QString PresetsDialog::duplicateCurrent()
{
    const auto source = m_store.find(currentPreset());
    if (!source) {
        notify(presetErrorText(source.error()), true);
        return {};
    }
    domain::Preset copy = *source;
    copy.name = uniqueName(source->name, m_store.list());
    copy.builtIn = false;
    if (domain::Status saved = m_store.save(copy); !saved) {
        notify(presetErrorText(saved.error()), true);
        return {};
    }
    reload(copy.name);
    notify(tr("Made “%1”, a copy of “%2”. Edit it to make it your own.").arg(copy.name, source->name));
    emit presetsChanged();
    return copy.name;
}

void PresetsDialog::editCurrent()
{
    const auto preset = m_store.find(currentPreset());
    if (!preset || preset->builtIn)
        return;
    auto* editor = new PresetEditor(m_store, *preset, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        reload(editor->savedName());
        notify(tr("Saved “%1”.").arg(editor->savedName()));
        emit presetsChanged();
    });
    editor->open();
}

void PresetsDialog::deleteCurrent()
{
    const QString name = currentPreset();
    const auto preset = m_store.find(name);
    if (!preset || preset->builtIn)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Preset"),
        tr("Delete the preset “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Jobs already in the queue keep their settings. This cannot be undone."));
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() != remove)
            return;
        if (domain::Status removed = m_store.remove(name); !removed) {
            notify(presetErrorText(removed.error()), true);
            return;
        }
        reload({});
        notify(tr("Deleted “%1”.").arg(name));
        emit presetsChanged();
    });
    box->open();
}

void PresetsDialog::chooseImportFile()
{
    auto* chooser = new QFileDialog(this, tr("Import Preset"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Presets (*.json)"));
    chooser->setObjectName(QStringLiteral("importChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) { importFrom(path); });
    chooser->open();
}

void PresetsDialog::chooseExportFile()
{
    const QString name = currentPreset();
    if (name.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* chooser = new QFileDialog(this, tr("Export Preset"),
        QDir(folder).filePath(name + QStringLiteral(".json")), tr("Presets (*.json)"));
    chooser->setObjectName(QStringLiteral("exportChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("json"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    chooser->open();
}

bool PresetsDialog::importFrom(const QString& path)
{
    const auto before = m_store.list();
    auto imported = m_store.importFile(path);
    if (!imported) {
        notify(tr("“%1” was not imported. %2")
                   .arg(QFileInfo(path).fileName(), presetErrorText(imported.error())),
            true);
        return false;
    }
    const bool replaced = std::any_of(
        before.begin(), before.end(), [&](const domain::Preset& p) { return p.name == imported->name; });
    reload(imported->name);
    notify(replaced ? tr("Imported “%1”, replacing your preset of that name.").arg(imported->name)
                    : tr("Imported “%1”.").arg(imported->name));
    emit presetsChanged();
    return true;
}

bool PresetsDialog::exportTo(const QString& path)
{
    const QString name = currentPreset();
    if (domain::Status written = m_store.exportFile(name, path); !written) {
        notify(tr("“%1” was not exported. %2").arg(name, presetErrorText(written.error())), true);
        return false;
    }
    notify(tr("Exported “%1” to %2.").arg(name, QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace reelforge::ui
