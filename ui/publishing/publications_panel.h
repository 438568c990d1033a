#pragma once

#include "application/services/account_service.h"
#include "application/services/publishing_service.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace reelforge::ui {

class PublicationsModel;

// Every publication with its state, upload progress (speed, time left), link or problem, and
// Retry, Cancel, Open Link and Copy Link. Follows the service's signals live; reading the list
// is one quick SQLite query on the GUI thread.
class PublicationsPanel : public QWidget {
    Q_OBJECT
public:
    PublicationsPanel(application::PublishingService& publishing, application::AccountService& accounts,
        QWidget* parent = nullptr);

    PublicationsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* cancelButton() const { return m_cancel; }
    void reload();
    void selectPublication(const QString& id);
    QString currentId() const;
    void retryCurrent();
    void cancelCurrent();

signals:
    void notice(const QString& text);

private:
    void updateButtons();
    void openLink(const QModelIndex& index);
    void updateSummary();

    application::PublishingService& m_publishing;
    application::AccountService& m_accounts;
    PublicationsModel* m_model;
    QTreeView* m_view;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_open;
    QPushButton* m_copy;
};

}  // namespace reelforge::ui
