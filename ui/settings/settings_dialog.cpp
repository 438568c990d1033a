#include "ui/settings/settings_dialog.h"

#include "ui/common/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace reelforge::ui {

SettingsDialog::SettingsDialog(
    const application::Preferences& current, const QString& openLibraryPath, QWidget* parent)
    : QDialog(parent)
    , m_initial(current)
    , m_openLibraryPath(openLibraryPath)
    , m_libraryPath(new QLineEdit(this))
    , m_restartHint(new QLabel(this))
    , m_copy(new QRadioButton(tr("Copy files into the library"), this))
    , m_reference(new QRadioButton(tr("Link to files where they are"), this))
    , m_theme(new QComboBox(this))
    , m_analyzeInBackground(new QCheckBox(tr("Analyze new videos in the background"), this))
    , m_uploadLimit(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    m_libraryPath->setObjectName(QStringLiteral("libraryPathEdit"));
    m_libraryPath->setText(
        QDir::toNativeSeparators(current.libraryPath.isEmpty() ? openLibraryPath : current.libraryPath));
    auto* browse = new QPushButton(icons::themed(QStringLiteral("folder")), tr("Choose…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_libraryPath, 1);
    pathRow->addWidget(browse);
    m_restartHint->setProperty("role", QStringLiteral("muted"));
    m_restartHint->setWordWrap(true);

    m_copy->setObjectName(QStringLiteral("copyMode"));
    m_reference->setObjectName(QStringLiteral("referenceMode"));
    (current.importMode == domain::ImportMode::Copy ? m_copy : m_reference)->setChecked(true);
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_copy);
    modeGroup->addButton(m_reference);
    auto* modeHelp
        = new QLabel(tr("Copies keep working when you move or delete the originals. "
                        "Links save disk space but need the original files to stay where they are."),
            this);
    modeHelp->setProperty("role", QStringLiteral("muted"));
    modeHelp->setWordWrap(true);
    auto* modeBox = new QVBoxLayout;
    modeBox->setSpacing(4);
    modeBox->addWidget(m_copy);
    modeBox->addWidget(m_reference);
    modeBox->addWidget(modeHelp);

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));

    m_analyzeInBackground->setObjectName(QStringLiteral("analyzeInBackground"));
    m_analyzeInBackground->setChecked(current.analyzeInBackground);
    auto* analysisHelp = new QLabel(tr("Scenes, silences, loudness and faces are ready when you need them. "
                                       "The analysis waits behind your own jobs in the queue."),
        this);
    analysisHelp->setProperty("role", QStringLiteral("muted"));
    analysisHelp->setWordWrap(true);
    auto* analysisBox = new QVBoxLayout;
    analysisBox->setSpacing(4);
    analysisBox->addWidget(m_analyzeInBackground);
    analysisBox->addWidget(analysisHelp);

    // Megabytes per second, one decimal; 0 shows as "No limit".
    m_uploadLimit->setObjectName(QStringLiteral("uploadLimit"));
    m_uploadLimit->setRange(0.0, 1000.0);
    m_uploadLimit->setDecimals(1);
    m_uploadLimit->setSingleStep(0.5);
    m_uploadLimit->setSuffix(tr(" MB/s"));
    m_uploadLimit->setSpecialValueText(tr("No limit"));
    m_uploadLimit->setValue(static_cast<double>(current.uploadLimitBytesPerSecond) / 1e6);
    auto* uploadHelp = new QLabel(tr("Shared by all uploads, so publishing leaves room for everything "
                                     "else on your connection."),
        this);
    uploadHelp->setProperty("role", QStringLiteral("muted"));
    uploadHelp->setWordWrap(true);
    auto* uploadBox = new QVBoxLayout;
    uploadBox->setSpacing(4);
    uploadBox->addWidget(m_uploadLimit, 0, Qt::AlignLeft);
    uploadBox->addWidget(uploadHelp);

    auto* libraryBox = new QVBoxLayout;
    libraryBox->setSpacing(4);
    libraryBox->addLayout(pathRow);
    libraryBox->addWidget(m_restartHint);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(16);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Library location"), libraryBox);
    form->addRow(tr("When importing"), modeBox);
    form->addRow(tr("Analysis"), analysisBox);
    form->addRow(tr("Upload speed"), uploadBox);
    form->addRow(tr("Theme"), m_theme);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(18);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLibraryFolder);
    connect(m_libraryPath, &QLineEdit::textChanged, this, &SettingsDialog::updateRestartHint);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRestartHint();
}

application::Preferences SettingsDialog::preferences() const
{
    application::Preferences p = m_initial;
    const QString path = QDir::fromNativeSeparators(m_libraryPath->text().trimmed());
    p.libraryPath = path.isEmpty() ? QString() : QDir::cleanPath(path);
    p.importMode = m_copy->isChecked() ? domain::ImportMode::Copy : domain::ImportMode::Reference;
    p.theme = m_theme->currentData().toString();
    p.analyzeInBackground = m_analyzeInBackground->isChecked();
    p.uploadLimitBytesPerSecond = static_cast<qint64>(std::llround(m_uploadLimit->value() * 1e6));
    return p;
}

bool SettingsDialog::libraryPathChanged() const
{
    const QString chosen = preferences().libraryPath;
    return !chosen.isEmpty() && QDir::cleanPath(chosen) != QDir::cleanPath(m_openLibraryPath);
}

void SettingsDialog::chooseLibraryFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the library folder"), QDir::fromNativeSeparators(m_libraryPath->text()));
    if (!folder.isEmpty())
        m_libraryPath->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::updateRestartHint()
{
    m_restartHint->setText(libraryPathChanged()
            ? tr("ReelForge will open this library the next time you start it.")
            : tr("A new location takes effect the next time you start ReelForge."));
}

}  // namespace reelforge::ui
