#include "ui/import/import_progress_widget.h"

#include "application/services/import_service.h"
#include "ui/common/icons.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace reelforge::ui {

ImportProgressWidget::ImportProgressWidget(application::ImportService& importer, QWidget* parent)
    : QFrame(parent)
    , m_importer(importer)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importProgress"));
    setIcon(QStringLiteral("import"));
    m_title->setProperty("role", QStringLiteral("strong"));
    m_detail->setProperty("role", QStringLiteral("muted"));
    m_detail->setMinimumWidth(80);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_cancel->setToolTip(tr("Stop importing. Files already imported stay in the library."));
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(5000);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_detail);
    text->addLayout(titleRow);
    text->addWidget(m_bar);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(14);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    layout->addWidget(m_cancel);

    connect(&m_importer, &application::ImportService::progressed, this, &ImportProgressWidget::onProgress);
    connect(&m_importer, &application::ImportService::finished, this, &ImportProgressWidget::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressWidget::onCancel);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

int ImportProgressWidget::percent() const
{
    return static_cast<int>(std::lround(m_bar->value() / 10.0));
}

void ImportProgressWidget::showStarting(int requestedCount)
{
    m_hideTimer->stop();
    m_title->setText(tr("Preparing to import %n item(s)…", nullptr, requestedCount));
    m_detail->clear();
    m_bar->setRange(0, 0);  // busy until the first report says how many files there are
    m_cancel->setEnabled(true);
    m_cancel->show();
    show();
}

void ImportProgressWidget::onProgress(const application::Progress& progress)
{
    m_hideTimer->stop();
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(std::lround(std::clamp(progress.fraction, 0.0, 1.0) * 1000)));
    if (progress.itemsTotal > 0 && progress.itemsDone < progress.itemsTotal) {
        m_title->setText(tr("Importing %1 of %2 · %3")
                             .arg(progress.itemsDone + 1)
                             .arg(progress.itemsTotal)
                             .arg(QFileInfo(progress.currentItem).fileName()));
    } else {
        m_title->setText(tr("Finishing import…"));
    }
    m_detail->setText(etaText(progress.etaSeconds));
    if (m_cancel->isHidden() || !m_cancel->isEnabled()) {
        m_cancel->setEnabled(true);
        m_cancel->show();
    }
    show();
}

void ImportProgressWidget::onFinished(const application::ImportReport& report)
{
    if (m_importer.isBusy())
        return;  // another request is queued; its progress follows
    m_bar->setRange(0, 1000);
    m_bar->setValue(1000);
    m_cancel->hide();
    const int imported = static_cast<int>(report.imported.size());
    QStringList parts;
    parts << (report.cancelled ? tr("Import cancelled. %n file(s) imported.", nullptr, imported)
                               : tr("%n file(s) imported.", nullptr, imported));
    if (!report.skipped.empty())
        parts << tr("%n already in the library.", nullptr, static_cast<int>(report.skipped.size()));
    if (!report.failed.empty())
        parts << tr("%n could not be imported.", nullptr, static_cast<int>(report.failed.size()));
    m_title->setText(parts.join(QLatin1Char(' ')));
    m_detail->clear();
    setIcon(report.failed.empty() ? QStringLiteral("check") : QStringLiteral("warning"));
    show();
    m_hideTimer->start();
    QTimer::singleShot(m_hideTimer->interval(), this, [this] { setIcon(QStringLiteral("import")); });
}

void ImportProgressWidget::setIcon(const QString& name)
{
    m_iconName = name;
    m_icon->setPixmap(icons::themed(name).pixmap(20, 20));
}

void ImportProgressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_iconName.isEmpty())
        setIcon(m_iconName);  // icons follow the theme's text colour
    QFrame::changeEvent(event);
}

void ImportProgressWidget::onCancel()
{
    m_importer.cancelAll();
    m_cancel->setEnabled(false);
    m_title->setText(tr("Cancelling…"));
}

QString ImportProgressWidget::etaText(double seconds)
{
    if (seconds < 0.0)
        return {};
    if (seconds < 5.0)
        return tr("A few seconds left");
    if (seconds < 90.0)
        return tr("About %n second(s) left", nullptr, static_cast<int>(std::lround(seconds / 5.0) * 5));
    return tr("About %n minute(s) left", nullptr, static_cast<int>(std::lround(seconds / 60.0)));
}

}  // namespace reelforge::ui
