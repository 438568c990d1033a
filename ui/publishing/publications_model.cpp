#include "ui/publishing/publications_model.h"

#include "application/services/publishing_service.h"
#include "ui/common/format.h"
#include "ui/publishing/publishing_text.h"

#include <QColor>
#include <QLocale>

namespace reelforge::ui {

using domain::PublicationState;

PublicationsModel::PublicationsModel(AccountLookup accounts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_accounts(std::move(accounts))
{
    m_repaint.setInterval(250);
    m_repaint.setSingleShot(true);
    connect(&m_repaint, &QTimer::timeout, this, &PublicationsModel::flush);
}

void PublicationsModel::setPublications(std::vector<domain::Publication> publications)
{
    beginResetModel();
    m_rows = std::move(publications);
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const auto& a, const auto& b) { return a.createdAt > b.createdAt; });
    m_progress.clear();
    m_dirty.clear();
    endResetModel();
}

void PublicationsModel::upsert(const domain::Publication& publication)
{
    if (publication.state != PublicationState::Uploading)
        m_progress.remove(publication.id);
    const QModelIndex at = indexOfId(publication.id);
    if (at.isValid()) {
        m_rows[static_cast<std::size_t>(at.row())] = publication;
        emit dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), publication);
    endInsertRows();
}

void PublicationsModel::setProgress(const QString& id, const application::Progress& progress)
{
    m_progress.insert(id, progress);
    m_dirty.insert(id);
    if (!m_repaint.isActive())
        m_repaint.start();
}

void PublicationsModel::flush()
{
    for (const QString& id : std::as_const(m_dirty)) {
        const QModelIndex at = indexOfId(id, ProgressColumn);
        if (at.isValid())
            emit dataChanged(at, at);
    }
    m_dirty.clear();
}

const domain::Publication* PublicationsModel::publication(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

QModelIndex PublicationsModel::indexOfId(const QString& id, int column) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return index(static_cast<int>(i), column);
    }
    return {};
}

int PublicationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PublicationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PublicationsModel::destination(const domain::Publication& p) const
{
    const auto account = m_accounts ? m_accounts(p.accountId) : std::nullopt;
    if (!account)
        return tr("Removed account");
    return tr("%1 (%2)").arg(account->name, publishing_text::platform(account->platform));
}

QString PublicationsModel::stateText(const domain::Publication& p) const
{
    if (application::PublishingService::isWaitingToRetry(p) && p.publishAt)
        return tr("Retrying at %1")
            .arg(QLocale().toString(p.publishAt->toLocalTime().time(), QLocale::ShortFormat));
    if (p.state == PublicationState::Scheduled && p.publishAt)
        return tr("Scheduled for %1")
            .arg(QLocale().toString(p.publishAt->toLocalTime(), QLocale::ShortFormat));
    if (p.state == PublicationState::Scheduled)
        return tr("Waiting");
    if (p.state == PublicationState::Published && p.privacy == domain::Privacy::Private)
        return tr("Published (private)");
    return publishing_text::state(p.state);
}

double PublicationsModel::fraction(const domain::Publication& p) const
{
    if (p.state == PublicationState::Published)
        return 1.0;
    if (const auto it = m_progress.constFind(p.id); it != m_progress.constEnd())
        return it->fraction;
    return p.bytesTotal > 0 ? static_cast<double>(p.bytesSent) / static_cast<double>(p.bytesTotal) : 0.0;
}

QString PublicationsModel::progressText(const domain::Publication& p) const
{
    if (p.state == PublicationState::Published)
        return format::bytes(p.bytesTotal);
    const int percent = static_cast<int>(fraction(p) * 100.0);
    if (p.state != PublicationState::Uploading)
        return p.bytesSent > 0 ? tr("%1% sent").arg(percent) : QString();
    QStringList parts { tr("%1%").arg(percent) };
    if (const auto it = m_progress.constFind(p.id); it != m_progress.constEnd()) {
        if (const QString speed = publishing_text::speed(it->rate); !speed.isEmpty())
            parts << speed;
        if (const QString eta = publishing_text::eta(it->etaSeconds); !eta.isEmpty())
            parts << eta;
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant PublicationsModel::data(const QModelIndex& index, int role) const
{
    const domain::Publication* p = publication(index.row());
    if (!p || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return p->id;
    case StateRole:
        return static_cast<int>(p->state);
    case UrlRole:
        return p->remoteUrl;
    case FractionRole:
        return fraction(*p);
    case ErrorRole:
        return publishing_text::failure(p->error);
    case Qt::ToolTipRole:
        if (index.column() == LinkColumn && !p->error.isEmpty() && p->remoteUrl.isEmpty())
            return p->error;
        if (index.column() == TitleColumn)
            return p->artifactPath;
        break;
    case Qt::ForegroundRole:
        if (index.column() == LinkColumn && p->state == PublicationState::Failed)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return p->title;
        case DestinationColumn:
            return destination(*p);
        case StateColumn:
            return stateText(*p);
        case ProgressColumn:
            return progressText(*p);
        case LinkColumn:
            // A failure, or the last one while an automatic retry waits.
            return p->state == PublicationState::Failed
                    || application::PublishingService::isWaitingToRetry(*p)
                ? publishing_text::failure(p->error)
                : p->remoteUrl;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PublicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DestinationColumn:
        return tr("Destination");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case LinkColumn:
        return tr("Link or problem");
    default:
        return {};
    }
}

}  // namespace reelforge::ui
