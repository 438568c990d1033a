#pragma once

#include "application/progress.h"
#include "domain/models/account.h"
#include "domain/models/publication.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <vector>

namespace reelforge::ui {

// Publications as table rows, newest first: title, destination, state (with the time of a
// scheduled one), progress with speed and time left, and the link or the reason it failed.
// Upload progress arrives up to ten times a second per upload; the model repaints at most
// four times a second.
class PublicationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DestinationColumn, StateColumn, ProgressColumn, LinkColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, UrlRole, FractionRole, ErrorRole };
    using AccountLookup = std::function<std::optional<domain::Account>(const QString& id)>;

    explicit PublicationsModel(AccountLookup accounts, QObject* parent = nullptr);

    void setPublications(std::vector<domain::Publication> publications);
    void upsert(const domain::Publication& publication);
    void setProgress(const QString& id, const application::Progress& progress);
    const domain::Publication* publication(int row) const;
    QModelIndex indexOfId(const QString& id, int column = 0) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString destination(const domain::Publication& p) const;
    QString stateText(const domain::Publication& p) const;
    QString progressText(const domain::Publication& p) const;
    double fraction(const domain::Publication& p) const;
    void flush();

    AccountLookup m_accounts;
    std::vector<domain::Publication> m_rows;
    QHash<QString, application::Progress> m_progress;
    QSet<QString> m_dirty;
    QTimer m_repaint;
};

}  // namespace reelforge::ui
