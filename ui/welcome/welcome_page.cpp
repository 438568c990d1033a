#include "ui/welcome/welcome_page.h"

#include "ui/common/icons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace reelforge::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_samples(new QPushButton(
          icons::tinted(QStringLiteral("sparkles"), Qt::white), tr("Add sample videos"), this))
    , m_files(new QPushButton(icons::themed(QStringLiteral("import")), tr("Import files…"), this))
    , m_folder(new QPushButton(icons::themed(QStringLiteral("folder")), tr("Import a folder…"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAttribute(Qt::WA_StyledBackground);
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/reelforge.svg")).pixmap(88, 88));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Your library is empty"), this);
    title->setProperty("role", QStringLiteral("display"));
    title->setAlignment(Qt::AlignCenter);
    auto* hint
        = new QLabel(tr("Drag videos, audio files or whole folders anywhere onto this window to import them. "
                        "Or try ReelForge right away with two short sample clips made on your computer."),
            this);
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    // Box layouts do not ask aligned items for their height-for-width: reserve it here.
    hint->setFixedWidth(540);
    hint->setMinimumHeight(hint->heightForWidth(540));

    m_samples->setObjectName(QStringLiteral("addSamplesButton"));
    m_samples->setProperty("accent", true);
    m_samples->setDefault(true);
    for (QPushButton* b : { m_samples, m_files, m_folder }) {
        b->setIconSize({ 18, 18 });
        b->setMinimumHeight(38);
        b->setCursor(Qt::PointingHandCursor);
    }
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(260, 6);
    m_busy->hide();
    m_status->setProperty("role", QStringLiteral("muted"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    buttons->addWidget(m_samples);
    buttons->addWidget(m_files);
    buttons->addWidget(m_folder);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(3);
    layout->addWidget(logo);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(14);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_status);
    layout->addStretch(4);

    connect(m_samples, &QPushButton::clicked, this, &WelcomePage::addSamplesRequested);
    connect(m_files, &QPushButton::clicked, this, &WelcomePage::importFilesRequested);
    connect(m_folder, &QPushButton::clicked, this, &WelcomePage::importFolderRequested);
}

void WelcomePage::setGenerating(bool generating)
{
    m_samples->setEnabled(!generating);
    m_busy->setVisible(generating);
    m_status->setVisible(generating);
    if (generating)
        m_status->setText(tr("Making two sample clips (colour bars with a tone)…"));
}

void WelcomePage::showError(const QString& message)
{
    setGenerating(false);
    m_status->setText(message);
    m_status->show();
}

}  // namespace reelforge::ui
