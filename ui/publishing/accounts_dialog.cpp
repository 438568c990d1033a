#include "ui/publishing/accounts_dialog.h"

#include "ui/publishing/add_account_dialog.h"
#include "ui/publishing/publishing_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace reelforge::ui {

using domain::Platform;

namespace {

enum Column { NameColumn, PlatformColumn, StatusColumn, WhereColumn };

bool oauth(Platform p)
{
    return p == Platform::YouTube || p == Platform::Vimeo || p == Platform::TikTok;
}

}  // namespace

AccountsDialog::AccountsDialog(
    application::AccountService& accounts, AccountChecks& checks, BrowserSignIn& signIn, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_checks(checks)
    , m_signIn(signIn)
    , m_list(new QTreeWidget(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    resize(760, 420);
    auto* intro = new QLabel(tr("The places ReelForge publishes to. Sign-ins, passwords and keys are kept "
                                "in the system keychain, never in ReelForge's own files."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    m_list->setObjectName(QStringLiteral("accounts"));
    m_list->setHeaderLabels({ tr("Name"), tr("Platform"), tr("Status"), tr("Where") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 5px 2px; }"));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, 200);
    m_list->setColumnWidth(PlatformColumn, 160);
    m_list->setColumnWidth(StatusColumn, 150);
    for (QLabel* label : { m_notice, m_message }) {
        label->setWordWrap(true);
        label->hide();
    }
    m_notice->setObjectName(QStringLiteral("notice"));
    m_message->setObjectName(QStringLiteral("message"));
    m_add->setObjectName(QStringLiteral("add"));
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_reconnect->setToolTip(tr("Sign in again (or enter the password or keys again)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_reconnect, &QPushButton::clicked, this, &AccountsDialog::reconnectSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(&m_checks, &AccountChecks::checked, this, &AccountsDialog::showState);
    connect(&m_signIn, &BrowserSignIn::finished, this, &AccountsDialog::onReconnected);
    reload();
}

void AccountsDialog::reload()
{
    const QString current = selected() ? selected()->id : QString();
    m_list->clear();
    auto all = m_accounts.list();
    m_all = all ? *all : std::vector<domain::Account> {};
    if (!all) {
        m_message->setText(tr("The accounts could not be read: %1").arg(all.error().toString()));
        m_message->show();
    }
    bool tiktok = false;
    for (const domain::Account& a : m_all) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, a.id);
        item->setText(NameColumn, a.name);
        item->setText(PlatformColumn, publishing_text::platform(a.platform));
        item->setText(
            WhereColumn, a.platform == Platform::Folder ? QDir::toNativeSeparators(a.endpoint) : a.endpoint);
        item->setToolTip(WhereColumn, item->text(WhereColumn));
        tiktok = tiktok || a.platform == Platform::TikTok;
        showState(a.id, m_checks.state(a.id));
        if (m_checks.state(a.id) == AccountChecks::State::Unknown)
            m_checks.check(a);
    }
    m_notice->setText(publishing_text::platformNotice(Platform::TikTok));
    m_notice->setVisible(tiktok);
    if (!current.isEmpty())
        select(current);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void AccountsDialog::select(const QString& accountId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == accountId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

std::optional<domain::Account> AccountsDialog::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString id = item->data(NameColumn, Qt::UserRole).toString();
    for (const domain::Account& a : m_all) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void AccountsDialog::showState(const QString& accountId, AccountChecks::State state)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() != accountId)
            continue;
        QString text;
        QColor color = palette().color(QPalette::Text);
        switch (state) {
        case AccountChecks::State::Unknown:
        case AccountChecks::State::Checking:
            text = tr("Checking…");
            color = palette().color(QPalette::PlaceholderText);
            break;
        case AccountChecks::State::Ready:
            text = tr("Connected");
            color = QColor(0x2e, 0x7d, 0x32);
            break;
        case AccountChecks::State::Expired:
            text = tr("Sign-in expired");
            color = QColor(0xc6, 0x28, 0x28);
            break;
        case AccountChecks::State::Unreachable:
            text = tr("Not reachable now");
            color = QColor(0xb2, 0x6a, 0x00);
            break;
        }
        item->setText(StatusColumn, text);
        item->setForeground(StatusColumn, color);
        item->setToolTip(StatusColumn,
            state == AccountChecks::State::Expired ? tr("Reconnect this account before publishing to it.")
                                                   : m_checks.detail(accountId));
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const auto account = selected();
    m_remove->setEnabled(account.has_value() && !m_signIn.isRunning());
    m_reconnect->setEnabled(account && account->platform != Platform::Folder
        && account->platform != Platform::Tus && !m_signIn.isRunning());
    m_add->setEnabled(!m_signIn.isRunning());
}

void AccountsDialog::addAccount()
{
    AddAccountDialog dialog(m_accounts, m_signIn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.added().id);
    emit accountsChanged();
}

void AccountsDialog::removeSelected(bool ask)
{
    const auto account = selected();
    if (!account)
        return;
    if (ask
        && QMessageBox::question(this, tr("Remove Account"),
               tr("Remove “%1”? Its sign-in is deleted from the keychain and its publications leave "
                  "the list. Videos already published stay online.")
                   .arg(account->name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    if (domain::Status s = m_accounts.remove(account->id); !s) {
        m_message->setText(tr("“%1” could not be removed: %2").arg(account->name, s.error().toString()));
        m_message->show();
        return;
    }
    m_checks.forget(account->id);
    reload();
    emit accountsChanged();
}

void AccountsDialog::reconnectSelected()
{
    const auto account = selected();
    if (!account)
        return;
    if (!oauth(account->platform)) {
        const QByteArray secret = askSecret(*account);
        if (secret.isEmpty())
            return;
        if (domain::Status s = m_accounts.storeSecret(*account, secret); !s) {
            m_message->setText(tr("The new sign-in could not be saved: %1").arg(s.error().toString()));
            m_message->show();
            return;
        }
        m_checks.forget(account->id);
        m_checks.check(*account);
        emit accountsChanged();
        return;
    }
    m_reconnecting = account;
    m_message->setText(tr("Sign in to “%1” in your browser; ReelForge continues by itself when you are done.")
                           .arg(account->name));
    m_message->show();
    // The app's client secret, kept with the old tokens, goes with the new ones. Read here: the
    // keychain client works on this thread only.
    QString clientSecret;
    if (auto stored = m_accounts.secret(*account))
        clientSecret
            = QJsonDocument::fromJson(*stored).object().value(QStringLiteral("clientSecret")).toString();
    m_signIn.start(*account, clientSecret);
    updateButtons();
}

void AccountsDialog::onReconnected(const SignInResult& secret)
{
    if (!m_reconnecting)
        return;
    const domain::Account account = *std::exchange(m_reconnecting, std::nullopt);
    domain::Status saved
        = secret ? m_accounts.storeSecret(account, secret.secret) : tl::unexpected(*secret.error);
    m_message->setText(saved
            ? tr("“%1” is connected again.").arg(account.name)
            : tr("“%1” was not reconnected: %2").arg(account.name, saved.error().toString()));
    m_message->show();
    if (saved) {
        m_checks.forget(account.id);
        m_checks.check(account);
        emit accountsChanged();
    }
    updateButtons();
}

QByteArray AccountsDialog::askSecret(const domain::Account& account)
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Reconnect “%1”").arg(account.name));
    auto* form = new QFormLayout(&ask);
    auto* first = new QLineEdit(&ask);
    auto* second = new QLineEdit(&ask);
    second->setEchoMode(QLineEdit::Password);
    const bool s3 = account.platform == Platform::S3;
    if (s3) {
        form->addRow(tr("Access key ID"), first);
        form->addRow(tr("Secret access key"), second);
    } else {
        first->hide();
        form->addRow(tr("Password"), second);
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted || second->text().isEmpty())
        return {};
    QJsonObject secret;
    if (s3) {
        secret.insert(QStringLiteral("accessKeyId"), first->text().trimmed());
        secret.insert(QStringLiteral("secretAccessKey"), second->text().trimmed());
    } else {
        secret.insert(QStringLiteral("password"), second->text());
    }
    return QJsonDocument(secret).toJson(QJsonDocument::Compact);
}

}  // namespace reelforge::ui
