#pragma once

#include "application/services/account_service.h"
#include "application/services/publishing_service.h"
#include "domain/models/analysis.h"
#include "ui/publishing/account_checks.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace reelforge::ui {

// What is being published: the file, the name its title is guessed from (the creator's
// original file name, not the library's stored copy), and what the analysis knows about it.
struct PublishSource {
    QString filePath;
    QString nameForTitle;
    QString artifactId;
    std::optional<domain::Analysis> analysis;
    QString suggestedTitle = {};  // empty: guessed from nameForTitle
};

// Publish…: the destinations (the accounts, ticked), title, description and tags (guessed from
// the file name, the transcript and the scenes), privacy, an optional thumbnail, and now or a
// date and time. An account whose sign-in expired says so as soon as it is ticked, with a
// Reconnect button, and blocks publishing to it; the service's refusals (size limits, quota,
// already published) are shown in plain words and the dialog stays open. Accepted once every
// ticked destination has its publication.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(application::PublishingService& publishing, application::AccountService& accounts,
        AccountChecks& checks, PublishSource source, QWidget* parent = nullptr);

    QStringList submittedIds() const { return m_submitted; }
    void setDestinationChecked(const QString& accountId, bool checked);
    void setSchedule(const QDateTime& at);  // invalid: publish now
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QLineEdit* thumbnailEdit() const { return m_thumbnail; }
    QComboBox* privacyBox() const { return m_privacy; }
    void reloadAccounts();
    void submit();

signals:
    void reconnectRequested(const QString& accountId);
    void addAccountRequested();

private:
    QWidget* buildDestinations();
    QWidget* buildForm();
    void onChecked(const QString& accountId, AccountChecks::State state);
    void updateNotices();
    std::vector<domain::Account> ticked() const;
    QString destinationFor(const domain::Account& account) const;
    application::PublishOrder orderFor(const domain::Account& account) const;
    void showError(const QString& text);

    application::PublishingService& m_publishing;
    application::AccountService& m_accounts;
    AccountChecks& m_checks;
    PublishSource m_source;
    std::vector<domain::Account> m_all;
    QListWidget* m_destinations = nullptr;
    QPushButton* m_addAccount = nullptr;
    QFrame* m_expired = nullptr;
    QLabel* m_expiredText = nullptr;
    QPushButton* m_reconnect = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_privacy = nullptr;
    QLineEdit* m_thumbnail = nullptr;
    QRadioButton* m_now = nullptr;
    QRadioButton* m_later = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_expiredAccount;
    QStringList m_submitted;
};

}  // namespace reelforge::ui
