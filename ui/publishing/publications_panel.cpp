#include "ui/publishing/publications_panel.h"

#include "ui/publishing/publications_model.h"
#include "ui/publishing/publishing_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace reelforge::ui {

using domain::PublicationState;

namespace {

// A progress bar with its text in the progress column; links drawn as links.
class PublicationDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto state = static_cast<PublicationState>(index.data(PublicationsModel::StateRole).toInt());
        if (index.column() == PublicationsModel::ProgressColumn && state == PublicationState::Uploading) {
            QStyleOptionViewItem background = option;
            initStyleOption(&background, index);
            background.text.clear();
            QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);
            QStyleOptionProgressBar bar;
            bar.rect = option.rect.adjusted(4, 4, -4, -4);
            bar.minimum = 0;
            bar.maximum = 1000;
            bar.progress = static_cast<int>(index.data(PublicationsModel::FractionRole).toDouble() * 1000.0);
            bar.text = index.data(Qt::DisplayRole).toString();
            bar.textVisible = true;
            bar.state = option.state | QStyle::State_Horizontal;
            QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
            return;
        }
        QStyleOptionViewItem opt = option;
        if (index.column() == PublicationsModel::LinkColumn && state == PublicationState::Published) {
            opt.font.setUnderline(true);
            opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::Link));
        }
        QStyledItemDelegate::paint(painter, opt, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 14));
        return size;
    }
};

}  // namespace

PublicationsPanel::PublicationsPanel(
    application::PublishingService& publishing, application::AccountService& accounts, QWidget* parent)
    : QWidget(parent)
    , m_publishing(publishing)
    , m_accounts(accounts)
    , m_model(new PublicationsModel(
          [this](const QString& id) -> std::optional<domain::Account> {
              auto found = m_accounts.find(id);
              return found ? std::optional(*found) : std::nullopt;
          },
          this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_open(new QPushButton(tr("Open Link"), this))
    , m_copy(new QPushButton(tr("Copy Link"), this))
{
    setObjectName(QStringLiteral("publicationsPanel"));
    auto* title = new QLabel(tr("Publications"), this);
    title->setProperty("role", QStringLiteral("heading"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setProperty("role", QStringLiteral("muted"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_open->setObjectName(QStringLiteral("openLink"));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_retry->setToolTip(tr("Try a failed or cancelled publication again, continuing where it stopped"));
    m_cancel->setToolTip(tr("Stop this upload or scheduled publication"));

    m_view->setObjectName(QStringLiteral("publications"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PublicationDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(PublicationsModel::TitleColumn, 240);
    m_view->setColumnWidth(PublicationsModel::DestinationColumn, 200);
    m_view->setColumnWidth(PublicationsModel::StateColumn, 250);
    m_view->setColumnWidth(PublicationsModel::ProgressColumn, 280);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_summary, 1);
    for (QPushButton* b : { m_retry, m_cancel, m_open, m_copy })
        header->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(&m_publishing, &application::PublishingService::publicationChanged, this,
        [this](const domain::Publication& p) {
            m_model->upsert(p);
            updateButtons();
            updateSummary();
        });
    connect(&m_publishing, &application::PublishingService::publicationProgress, m_model,
        &PublicationsModel::setProgress);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PublicationsPanel::updateButtons);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == PublicationsModel::LinkColumn)
            openLink(index);
    });
    connect(m_view, &QTreeView::doubleClicked, this, &PublicationsPanel::openLink);
    connect(m_retry, &QPushButton::clicked, this, &PublicationsPanel::retryCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &PublicationsPanel::cancelCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] { openLink(m_view->currentIndex()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString url = m_view->currentIndex().data(PublicationsModel::UrlRole).toString();
        if (!url.isEmpty()) {
            QGuiApplication::clipboard()->setText(url);
            emit notice(tr("Link copied."));
        }
    });
    reload();
}

void PublicationsPanel::reload()
{
    const QString current = currentId();
    auto all = m_publishing.publications();
    if (!all) {
        emit notice(tr("The publications could not be read: %1").arg(all.error().toString()));
        return;
    }
    m_model->setPublications(std::move(*all));
    if (!current.isEmpty())
        selectPublication(current);
    updateButtons();
    updateSummary();
}

void PublicationsPanel::selectPublication(const QString& id)
{
    const QModelIndex at = m_model->indexOfId(id);
    if (at.isValid())
        m_view->setCurrentIndex(at);
}

QString PublicationsPanel::currentId() const
{
    return m_view->currentIndex().data(PublicationsModel::IdRole).toString();
}

void PublicationsPanel::retryCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (domain::Status s = m_publishing.retry(id); !s)
        emit notice(tr("This publication cannot be retried: %1").arg(s.error().toString()));
    else
        m_publishing.runDue();
}

void PublicationsPanel::cancelCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (domain::Status s = m_publishing.cancel(id); !s)
        emit notice(tr("This publication cannot be cancelled: %1").arg(s.error().toString()));
}

void PublicationsPanel::openLink(const QModelIndex& index)
{
    const QString url = index.data(PublicationsModel::UrlRole).toString();
    if (url.isEmpty())
        return;
    const QUrl target = QUrl::fromUserInput(url);
    if (!QDesktopServices::openUrl(target))
        emit notice(tr("No application could open %1.").arg(url));
}

void PublicationsPanel::updateButtons()
{
    const domain::Publication* p = m_model->publication(m_view->currentIndex().row());
    const auto state = p ? p->state : PublicationState::Published;
    m_retry->setEnabled(p && (state == PublicationState::Failed || state == PublicationState::Cancelled));
    m_cancel->setEnabled(p
        && (state == PublicationState::Scheduled || state == PublicationState::Uploading
            || state == PublicationState::Processing || state == PublicationState::Failed));
    m_open->setEnabled(p && !p->remoteUrl.isEmpty());
    m_copy->setEnabled(m_open->isEnabled());
}

void PublicationsPanel::updateSummary()
{
    int uploading = 0;
    int scheduled = 0;
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->publication(row)->state;
        uploading += state == PublicationState::Uploading ? 1 : 0;
        scheduled += state == PublicationState::Scheduled ? 1 : 0;
        failed += state == PublicationState::Failed ? 1 : 0;
    }
    QStringList parts;
    if (uploading > 0)
        parts << tr("%n uploading", nullptr, uploading);
    if (scheduled > 0)
        parts << tr("%n waiting or scheduled", nullptr, scheduled);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

}  // namespace reelforge::ui
