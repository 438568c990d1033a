#include "ui/process/process_dialog.h"

#include "ui/common/icons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace reelforge::ui {

namespace {

QString titlesText(const QStringList& titles)
{
    constexpr int kShown = 3;
    if (titles.size() <= kShown)
        return QLocale().createSeparatedList(titles);
    const int more = static_cast<int>(titles.size()) - kShown;
    return ProcessDialog::tr("%1 and %n more", nullptr, more)
        .arg(titles.mid(0, kShown).join(QStringLiteral(", ")));
}

}  // namespace

ProcessDialog::ProcessDialog(const std::vector<domain::Preset>& presets, const QStringList& titles,
    const ProcessChoice& initial, const QString& defaultOutputDir, QWidget* parent)
    : QDialog(parent)
    , m_defaultOutputDir(defaultOutputDir)
    , m_presets(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_outputDir(new QLineEdit(this))
{
    setObjectName(QStringLiteral("processDialog"));
    setWindowTitle(tr("Process"));
    setMinimumSize(560, 520);

    auto* heading = new QLabel(tr("Process %n video(s)", nullptr, static_cast<int>(titles.size())), this);
    heading->setProperty("role", QStringLiteral("heading"));
    auto* which = new QLabel(titlesText(titles), this);
    which->setProperty("role", QStringLiteral("muted"));
    which->setWordWrap(true);

    m_presets->setObjectName(QStringLiteral("presetList"));
    m_presets->setIconSize({ 18, 18 });
    m_presets->setSpacing(2);
    for (const domain::Preset& preset : presets) {
        const QString icon = preset.video ? QStringLiteral("film") : QStringLiteral("music");
        auto* item = new QListWidgetItem(icons::themed(icon), preset.name, m_presets);
        item->setData(Qt::UserRole, preset.name);
        QString about = preset.description.isEmpty() ? tr("No description.") : preset.description;
        if (!preset.builtIn)
            about = tr("Your preset. %1").arg(about);
        item->setData(Qt::UserRole + 1, about);
        item->setToolTip(about);
    }
    m_description->setObjectName(QStringLiteral("presetDescription"));
    m_description->setProperty("role", QStringLiteral("muted"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 2);

    m_outputDir->setObjectName(QStringLiteral("outputDirEdit"));
    setOutputDir(initial.outputDir.isEmpty() ? defaultOutputDir : initial.outputDir);
    auto* browse = new QPushButton(icons::themed(QStringLiteral("folder")), tr("Choose…"), this);
    auto* reset = new QPushButton(tr("Library Folder"), this);
    reset->setToolTip(tr("Put the results in the library's artifacts folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputDir, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(reset);
    auto* folderHelp = new QLabel(tr("Files are written under a temporary name and appear here only once "
                                     "they are complete. Existing files are never overwritten."),
        this);
    folderHelp->setProperty("role", QStringLiteral("muted"));
    folderHelp->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Process"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("processButton"));
    m_ok->setProperty("accent", true);
    m_ok->style()->unpolish(m_ok);  // the button box polished it before the property was set
    m_ok->style()->polish(m_ok);
    m_ok->setDefault(true);

    auto* presetLabel = new QLabel(tr("OUTPUT PRESET"), this);
    presetLabel->setProperty("role", QStringLiteral("section"));
    auto* folderLabel = new QLabel(tr("SAVE TO"), this);
    folderLabel->setProperty("role", QStringLiteral("section"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(which);
    layout->addSpacing(10);
    layout->addWidget(presetLabel);
    layout->addWidget(m_presets, 1);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(folderHelp);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    connect(m_presets, &QListWidget::currentItemChanged, this, &ProcessDialog::updateState);
    connect(m_presets, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_outputDir, &QLineEdit::textChanged, this, &ProcessDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &ProcessDialog::chooseFolder);
    connect(reset, &QPushButton::clicked, this, [this] { setOutputDir(m_defaultOutputDir); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    selectPreset(initial.preset);
    if (!m_presets->currentItem() && m_presets->count() > 0)
        m_presets->setCurrentRow(0);
    updateState();
    m_presets->setFocus();
}

ProcessChoice ProcessDialog::choice() const
{
    const QListWidgetItem* item = m_presets->currentItem();
    const QString folder = QDir::fromNativeSeparators(m_outputDir->text().trimmed());
    return { item ? item->data(Qt::UserRole).toString() : QString(),
        folder.isEmpty() ? QString() : QDir::cleanPath(folder) };
}

void ProcessDialog::selectPreset(const QString& name)
{
    for (int row = 0; row < m_presets->count(); ++row) {
        if (m_presets->item(row)->data(Qt::UserRole).toString() == name) {
            m_presets->setCurrentRow(row);
            m_presets->scrollToItem(m_presets->item(row));
            return;
        }
    }
}

void ProcessDialog::setOutputDir(const QString& folder)
{
    m_outputDir->setText(QDir::toNativeSeparators(folder));
}

void ProcessDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose where the results go"), QDir::fromNativeSeparators(m_outputDir->text()));
    if (!folder.isEmpty())
        setOutputDir(folder);
}

void ProcessDialog::updateState()
{
    const QListWidgetItem* item = m_presets->currentItem();
    m_description->setText(item ? item->data(Qt::UserRole + 1).toString() : tr("Choose a preset."));
    const ProcessChoice c = choice();
    m_ok->setEnabled(!c.preset.isEmpty() && !c.outputDir.isEmpty() && QDir::isAbsolutePath(c.outputDir));
}

}  // namespace reelforge::ui
