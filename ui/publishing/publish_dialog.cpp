#include "ui/publishing/publish_dialog.h"

#include "ui/common/format.h"
#include "ui/publishing/publish_metadata.h"
#include "ui/publishing/publishing_text.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace reelforge::ui {

using domain::Platform;

namespace {

constexpr int kAccountRole = Qt::UserRole + 1;

QString stateSuffix(AccountChecks::State state)
{
    switch (state) {
    case AccountChecks::State::Expired:
        return PublishDialog::tr("sign-in expired");
    case AccountChecks::State::Unreachable:
        return PublishDialog::tr("not reachable now");
    case AccountChecks::State::Unknown:
    case AccountChecks::State::Checking:
    case AccountChecks::State::Ready:
        break;
    }
    return {};
}

}  // namespace

PublishDialog::PublishDialog(application::PublishingService& publishing,
    application::AccountService& accounts, AccountChecks& checks, PublishSource source, QWidget* parent)
    : QDialog(parent)
    , m_publishing(publishing)
    , m_accounts(accounts)
    , m_checks(checks)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("publishDialog"));
    const QFileInfo file(m_source.filePath);
    setWindowTitle(tr("Publish “%1”").arg(QFileInfo(m_source.nameForTitle).fileName()));
    resize(900, 620);
    auto* heading = new QLabel(
        tr("<b>%1</b> · %2")
            .arg(QFileInfo(m_source.nameForTitle).fileName().toHtmlEscaped(), format::bytes(file.size())),
        this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("publish"));

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildDestinations(), 2);
    columns->addWidget(buildForm(), 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_checks, &AccountChecks::checked, this, &PublishDialog::onChecked);

    const PublishMetadata guess = PublishMetadata::suggest(m_source.nameForTitle, m_source.analysis);
    m_title->setText(m_source.suggestedTitle.isEmpty() ? guess.title : m_source.suggestedTitle);
    m_description->setPlainText(guess.description);
    m_tags->setText(guess.tags.join(QStringLiteral(", ")));
    reloadAccounts();
}

QWidget* PublishDialog::buildDestinations()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Destinations"), box);
    m_destinations = new QListWidget(box);
    m_destinations->setObjectName(QStringLiteral("destinations"));
    m_destinations->setSpacing(2);
    m_addAccount = new QPushButton(tr("Add Account…"), box);
    m_addAccount->setObjectName(QStringLiteral("addAccount"));
    m_expired = new QFrame(box);
    m_expired->setObjectName(QStringLiteral("expiredMessage"));
    m_expired->setFrameShape(QFrame::StyledPanel);
    m_expired->setStyleSheet(QStringLiteral("#expiredMessage { background: rgba(198, 40, 40, 0.10); border: "
                                            "1px solid rgba(198, 40, 40, 0.5); border-radius: 4px; }"));
    m_expiredText = new QLabel(m_expired);
    m_expiredText->setWordWrap(true);
    m_reconnect = new QPushButton(tr("Reconnect"), m_expired);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    auto* expiredLayout = new QHBoxLayout(m_expired);
    expiredLayout->addWidget(m_expiredText, 1);
    expiredLayout->addWidget(m_reconnect, 0, Qt::AlignTop);
    m_expired->hide();
    m_notice = new QLabel(box);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setProperty("role", QStringLiteral("muted"));
    m_notice->hide();
    layout->addWidget(label);
    layout->addWidget(m_destinations, 1);
    layout->addWidget(m_expired);
    layout->addWidget(m_notice);
    layout->addWidget(m_addAccount, 0, Qt::AlignLeft);

    connect(m_destinations, &QListWidget::itemChanged, this, &PublishDialog::updateNotices);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (!m_expiredAccount.isEmpty())
            emit reconnectRequested(m_expiredAccount);
    });
    connect(m_addAccount, &QPushButton::clicked, this, &PublishDialog::addAccountRequested);
    return box;
}

QWidget* PublishDialog::buildForm()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(100);  // the strictest platform (YouTube)
    m_description = new QPlainTextEdit(box);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What the video is about"));
    m_tags = new QLineEdit(box);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_privacy = new QComboBox(box);
    m_privacy->setObjectName(QStringLiteral("privacy"));
    for (domain::Privacy p : { domain::Privacy::Private, domain::Privacy::Unlisted, domain::Privacy::Public })
        m_privacy->addItem(publishing_text::privacy(p), static_cast<int>(p));
    m_thumbnail = new QLineEdit(box);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setPlaceholderText(tr("Optional: a JPEG or PNG image; the platform picks one otherwise"));
    QAction* browse = m_thumbnail->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), QLineEdit::TrailingPosition);
    browse->setToolTip(tr("Choose Image…"));
    connect(browse, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Thumbnail"),
            QFileInfo(m_source.filePath).absolutePath(), tr("Images (*.jpg *.jpeg *.png)"));
        if (!file.isEmpty())
            m_thumbnail->setText(QDir::toNativeSeparators(file));
    });

    m_now = new QRadioButton(tr("Publish now"), box);
    m_now->setObjectName(QStringLiteral("now"));
    m_later = new QRadioButton(tr("Schedule for"), box);
    m_later->setObjectName(QStringLiteral("later"));
    m_when = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), box);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setEnabled(false);
    m_now->setChecked(true);
    connect(m_later, &QRadioButton::toggled, m_when, &QWidget::setEnabled);
    auto* when = new QHBoxLayout;
    when->addWidget(m_now);
    when->addSpacing(16);
    when->addWidget(m_later);
    when->addWidget(m_when);
    when->addStretch(1);

    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Privacy"), m_privacy);
    form->addRow(tr("Thumbnail"), m_thumbnail);
    form->addRow(tr("When"), when);
    return box;
}

void PublishDialog::reloadAccounts()
{
    QSet<QString> checked;
    for (const domain::Account& a : ticked())
        checked.insert(a.id);
    auto all = m_accounts.list();
    m_all = all ? *all : std::vector<domain::Account> {};
    const QSignalBlocker block(m_destinations);
    m_destinations->clear();
    for (const domain::Account& a : m_all) {
        auto* item = new QListWidgetItem(m_destinations);
        item->setData(kAccountRole, a.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(a.id) || m_all.size() == 1 ? Qt::Checked : Qt::Unchecked);
        m_checks.forget(a.id);  // the sign-in may have changed since the last look
        m_checks.check(a);
        onChecked(a.id, m_checks.state(a.id));
    }
    m_addAccount->setVisible(true);
    if (m_all.empty())
        showError(tr("There is no account to publish to yet. Add one first."));
    updateNotices();
}

void PublishDialog::onChecked(const QString& accountId, AccountChecks::State state)
{
    for (int i = 0; i < m_destinations->count(); ++i) {
        QListWidgetItem* item = m_destinations->item(i);
        if (item->data(kAccountRole).toString() != accountId)
            continue;
        for (const domain::Account& a : m_all) {
            if (a.id != accountId)
                continue;
            QString text = tr("%1 — %2").arg(a.name, publishing_text::platform(a.platform));
            if (const QString suffix = stateSuffix(state); !suffix.isEmpty())
                text += QStringLiteral(" (%1)").arg(suffix);
            const QSignalBlocker block(m_destinations);
            item->setText(text);
            item->setForeground(state == AccountChecks::State::Expired ? QColor(0xc6, 0x28, 0x28)
                                                                       : palette().color(QPalette::Text));
        }
    }
    updateNotices();
}

std::vector<domain::Account> PublishDialog::ticked() const
{
    std::vector<domain::Account> out;
    for (int i = 0; i < m_destinations->count(); ++i) {
        const QListWidgetItem* item = m_destinations->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const domain::Account& a : m_all) {
            if (a.id == item->data(kAccountRole).toString())
                out.push_back(a);
        }
    }
    return out;
}

void PublishDialog::setDestinationChecked(const QString& accountId, bool checked)
{
    for (int i = 0; i < m_destinations->count(); ++i) {
        if (m_destinations->item(i)->data(kAccountRole).toString() == accountId)
            m_destinations->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void PublishDialog::setSchedule(const QDateTime& at)
{
    (at.isValid() ? m_later : m_now)->setChecked(true);
    if (at.isValid())
        m_when->setDateTime(at.toLocalTime());
}

void PublishDialog::updateNotices()
{
    QStringList expired;
    m_expiredAccount.clear();
    bool tiktok = false;
    for (const domain::Account& a : ticked()) {
        tiktok = tiktok || a.platform == Platform::TikTok;
        if (m_checks.state(a.id) == AccountChecks::State::Expired) {
            expired << QStringLiteral("“%1”").arg(a.name);
            if (m_expiredAccount.isEmpty())
                m_expiredAccount = a.id;
        }
    }
    m_expiredText->setText(tr("The sign-in of %1 has expired. Reconnect before publishing there.", nullptr,
        static_cast<int>(expired.size()))
                               .arg(expired.join(QStringLiteral(", "))));
    m_expired->setVisible(!expired.isEmpty());
    m_notice->setText(publishing_text::platformNotice(Platform::TikTok));
    m_notice->setVisible(tiktok);
}

QString PublishDialog::destinationFor(const domain::Account& account) const
{
    const QString name = QFileInfo(m_source.nameForTitle).fileName();
    if (account.platform == Platform::S3)
        return account.settings.value(QStringLiteral("bucket")).toString() + QLatin1Char('/') + name;
    if (account.platform == Platform::WebDav) {
        QString folder = account.settings.value(QStringLiteral("folder")).toString();
        while (folder.endsWith(QLatin1Char('/')))
            folder.chop(1);
        return folder + QLatin1Char('/') + name;
    }
    return {};
}

application::PublishOrder PublishDialog::orderFor(const domain::Account& account) const
{
    application::PublishOrder order;
    order.filePath = m_source.filePath;
    order.artifactId = m_source.artifactId;
    order.accountId = account.id;
    order.destination = destinationFor(account);
    order.title = m_title->text().trimmed();
    order.description = m_description->toPlainText().trimmed();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            order.tags << tag.trimmed();
    }
    order.privacy = static_cast<domain::Privacy>(m_privacy->currentData().toInt());
    if (m_later->isChecked())
        order.publishAt = m_when->dateTime().toUTC();
    // The library keeps its copy under a content hash: file-based destinations get the
    // creator's file name.
    if (const QString name = QFileInfo(m_source.nameForTitle).fileName();
        name != QFileInfo(m_source.filePath).fileName())
        order.options.insert(QStringLiteral("fileName"), name);
    if (const QString thumb = m_thumbnail->text().trimmed(); !thumb.isEmpty())
        order.options.insert(
            QStringLiteral("thumbnail"), QFileInfo(QDir::fromNativeSeparators(thumb)).absoluteFilePath());
    return order;
}

void PublishDialog::submit()
{
    m_error->hide();
    const std::vector<domain::Account> targets = ticked();
    if (targets.empty())
        return showError(tr("Tick at least one destination."));
    updateNotices();
    if (!m_expiredAccount.isEmpty())
        return;  // the message and its Reconnect button say what to do
    if (m_title->text().trimmed().isEmpty())
        return showError(tr("Give the video a title."));
    if (m_later->isChecked() && m_when->dateTime() <= QDateTime::currentDateTime())
        return showError(tr("The scheduled time has passed. Choose a time in the future, or publish now."));
    if (const QString thumb = m_thumbnail->text().trimmed(); !thumb.isEmpty() && !QFileInfo(thumb).isFile())
        return showError(tr("The thumbnail image could not be found."));
    QStringList problems;
    for (const domain::Account& account : targets) {
        auto made = m_publishing.publish(orderFor(account));
        if (!made) {
            problems << QStringLiteral("%1: %2").arg(
                account.name, publishing_text::publishError(made.error(), account));
            continue;
        }
        m_submitted << made->id;
        setDestinationChecked(account.id, false);  // done: submitting again must not repeat it
    }
    if (problems.isEmpty())
        return accept();
    showError(problems.join(QLatin1Char('\n')));
}

void PublishDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

}  // namespace reelforge::ui
