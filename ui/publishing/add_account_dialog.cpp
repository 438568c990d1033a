#include "ui/publishing/add_account_dialog.h"

#include "ui/common/error_text.h"
#include "ui/publishing/publishing_text.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reelforge::ui {

using domain::Platform;

namespace {

const QList<Platform> kPlatforms { Platform::YouTube, Platform::Vimeo, Platform::PeerTube, Platform::TikTok,
    Platform::S3, Platform::WebDav, Platform::Tus, Platform::Folder };

bool oauth(Platform p)
{
    return p == Platform::YouTube || p == Platform::Vimeo || p == Platform::TikTok;
}

}  // namespace

AddAccountDialog::AddAccountDialog(
    application::AccountService& accounts, BrowserSignIn& signIn, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_signIn(signIn)
    , m_platform(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    setMinimumWidth(520);
    for (Platform p : kPlatforms)
        m_platform->addItem(publishing_text::platform(p), static_cast<int>(p));
    m_platform->setObjectName(QStringLiteral("platform"));
    for (QLabel* label : { m_hint, m_error, m_waiting }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    }
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->hide();

    auto* top = new QFormLayout;
    top->addRow(tr("Platform"), m_platform);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AddAccountDialog::rebuildForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
    connect(&m_signIn, &BrowserSignIn::finished, this, &AddAccountDialog::onSignedIn);
    connect(&m_signIn, &BrowserSignIn::browserOpened, this, [this](const QUrl& url) {
        m_waiting->setText(tr("Finish signing in in your browser; ReelForge continues by itself when you "
                              "are done. If no browser opened, <a href=\"%1\">open the sign-in page</a>.")
                               .arg(QString::fromLatin1(url.toEncoded()).toHtmlEscaped()));
    });
    m_waiting->setOpenExternalLinks(true);
    rebuildForm();
}

void AddAccountDialog::setPlatform(Platform platform)
{
    m_platform->setCurrentIndex(m_platform->findData(static_cast<int>(platform)));
}

QLineEdit* AddAccountDialog::field(const QString& key) const
{
    return m_fields.value(key);
}

void AddAccountDialog::addField(
    const QString& key, const QString& label, const QString& placeholder, bool secret)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    m_fields.insert(key, edit);
    m_form->addRow(label, edit);
}

void AddAccountDialog::rebuildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_error->hide();
    const auto p = static_cast<Platform>(m_platform->currentData().toInt());
    addField(QStringLiteral("name"), tr("Name"), tr("How this account appears in ReelForge"));
    QString hint;
    switch (p) {
    case Platform::YouTube:
    case Platform::Vimeo:
    case Platform::TikTok:
        addField(
            QStringLiteral("clientId"), tr("App client ID"), tr("From the platform's developer console"));
        addField(QStringLiteral("clientSecret"), tr("App client secret"),
            tr("Only if the platform issued one"), true);
        hint = tr("Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser "
                  "brings you back and the account is added. You sign in once; ReelForge keeps the "
                  "sign-in in the system keychain.")
                   .arg(publishing_text::platform(p));
        break;
    case Platform::PeerTube:
        addField(QStringLiteral("endpoint"), tr("Instance"), QStringLiteral("https://peertube.example.org"));
        addField(QStringLiteral("username"), tr("User name"), {});
        addField(QStringLiteral("password"), tr("Password"), {}, true);
        addField(QStringLiteral("channel"), tr("Channel"), tr("Optional: your first channel otherwise"));
        hint = tr("The password is kept in the system keychain.");
        break;
    case Platform::S3:
        addField(
            QStringLiteral("endpoint"), tr("Endpoint"), QStringLiteral("https://s3.eu-west-1.amazonaws.com"));
        addField(QStringLiteral("region"), tr("Region"), QStringLiteral("us-east-1"));
        addField(QStringLiteral("bucket"), tr("Bucket"), {});
        addField(QStringLiteral("accessKeyId"), tr("Access key ID"), {});
        addField(QStringLiteral("secretAccessKey"), tr("Secret access key"), {}, true);
        hint = tr("Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. "
                  "The keys are kept in the system keychain.");
        break;
    case Platform::WebDav:
        addField(QStringLiteral("endpoint"), tr("Server address"),
            QStringLiteral("https://cloud.example.org/remote.php/dav/files/me"));
        addField(QStringLiteral("username"), tr("User name"), tr("Leave empty if the server needs none"));
        addField(QStringLiteral("password"), tr("Password"), {}, true);
        addField(QStringLiteral("folder"), tr("Folder"), tr("Optional: where on the server, e.g. /Videos"));
        hint = tr(
            "Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.");
        break;
    case Platform::Tus:
        addField(QStringLiteral("endpoint"), tr("Upload address"),
            QStringLiteral("https://uploads.example.org/files/"));
        hint = tr("Any server speaking the tus resumable upload protocol.");
        break;
    case Platform::Folder: {
        addField(QStringLiteral("endpoint"), tr("Folder"), tr("A local, NAS or synced folder"));
        QAction* browse
            = m_fields.value(QStringLiteral("endpoint"))
                  ->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), QLineEdit::TrailingPosition);
        browse->setToolTip(tr("Choose Folder…"));
        connect(browse, &QAction::triggered, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Publish to Folder"));
            if (!dir.isEmpty())
                m_fields.value(QStringLiteral("endpoint"))->setText(QDir::toNativeSeparators(dir));
        });
        hint = tr("Published videos are copied into this folder; nothing is ever overwritten.");
        break;
    }
    }
    if (const QString notice = publishing_text::platformNotice(p); p == Platform::TikTok)
        hint += QStringLiteral("\n\n") + notice;
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(oauth(p) ? tr("Sign In…") : tr("Add"));
}

domain::Result<domain::Account> AddAccountDialog::draft() const
{
    domain::Account a;
    a.platform = static_cast<Platform>(m_platform->currentData().toInt());
    const auto text = [this](const QString& key) {
        const QLineEdit* e = m_fields.value(key);
        return e ? e->text().trimmed() : QString();
    };
    a.name = text(QStringLiteral("name"));
    if (a.name.isEmpty())
        return domain::fail(domain::ErrorCode::InvalidArgument, tr("Give the account a name."));
    a.endpoint = a.platform == Platform::Folder ? QDir::fromNativeSeparators(text(QStringLiteral("endpoint")))
                                                : text(QStringLiteral("endpoint"));
    if (m_fields.contains(QStringLiteral("endpoint")) && a.endpoint.isEmpty())
        return domain::fail(domain::ErrorCode::InvalidArgument,
            a.platform == Platform::Folder ? tr("Choose the folder to publish to.")
                                           : tr("Enter the server address."));
    if (a.platform != Platform::Folder && !a.endpoint.isEmpty()) {
        const QUrl url(a.endpoint);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return domain::fail(domain::ErrorCode::InvalidArgument,
                tr("The address must start with https:// (or http:// on your own network)."));
    }
    for (const QString& key :
        { QStringLiteral("clientId"), QStringLiteral("region"), QStringLiteral("bucket"),
            QStringLiteral("username"), QStringLiteral("channel"), QStringLiteral("folder") }) {
        if (!text(key).isEmpty())
            a.settings.insert(key, text(key));
    }
    if (oauth(a.platform) && text(QStringLiteral("clientId")).isEmpty())
        return domain::fail(domain::ErrorCode::InvalidArgument,
            tr("Enter the client ID of your app registration (see the publishing guide)."));
    if (a.platform == Platform::S3
        && (text(QStringLiteral("bucket")).isEmpty() || text(QStringLiteral("accessKeyId")).isEmpty()
            || text(QStringLiteral("secretAccessKey")).isEmpty()))
        return domain::fail(domain::ErrorCode::InvalidArgument, tr("Enter the bucket and both keys."));
    if (a.platform == Platform::PeerTube
        && (text(QStringLiteral("username")).isEmpty() || text(QStringLiteral("password")).isEmpty()))
        return domain::fail(domain::ErrorCode::InvalidArgument, tr("Enter your user name and password."));
    return a;
}

QByteArray AddAccountDialog::secret() const
{
    const auto text = [this](const QString& key) {
        const QLineEdit* e = m_fields.value(key);
        return e ? e->text() : QString();
    };
    QJsonObject s;
    if (!text(QStringLiteral("accessKeyId")).isEmpty()) {
        s.insert(QStringLiteral("accessKeyId"), text(QStringLiteral("accessKeyId")).trimmed());
        s.insert(QStringLiteral("secretAccessKey"), text(QStringLiteral("secretAccessKey")).trimmed());
    }
    if (!text(QStringLiteral("password")).isEmpty())
        s.insert(QStringLiteral("password"), text(QStringLiteral("password")));
    return s.isEmpty() ? QByteArray() : QJsonDocument(s).toJson(QJsonDocument::Compact);
}

void AddAccountDialog::submit()
{
    auto account = draft();
    if (!account) {
        showError(account.error().message);
        return;
    }
    if (!oauth(account->platform)) {
        store(*account, secret());
        return;
    }
    m_pending = *account;
    setWaiting(true);
    m_waiting->setText(tr("Opening your browser…"));
    m_signIn.start(*account, m_fields.value(QStringLiteral("clientSecret"))->text().trimmed());
}

void AddAccountDialog::onSignedIn(const SignInResult& secret)
{
    if (!m_signingIn)
        return;  // not ours
    setWaiting(false);
    if (!secret) {
        showError(secret.error->code == domain::ErrorCode::AuthExpired
                ? tr("The sign-in was not completed (refused in the browser, or started again). Try again.")
                : tr("The sign-in did not finish: %1").arg(secret.error->toString()));
        return;
    }
    store(m_pending, secret.secret);
}

void AddAccountDialog::store(const domain::Account& draft, const QByteArray& secret)
{
    auto added = m_accounts.add(draft, secret);
    if (!added) {
        showError(added.error().code == domain::ErrorCode::Duplicate
                ? tr("An account named “%1” exists already. Choose another name.").arg(draft.name)
                : tr("The account could not be saved: %1").arg(added.error().toString()));
        return;
    }
    m_added = *added;
    accept();
}

void AddAccountDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void AddAccountDialog::setWaiting(bool waiting)
{
    m_signingIn = waiting;
    m_waiting->setVisible(waiting);
    m_error->hide();
    m_platform->setEnabled(!waiting);
    for (QLineEdit* e : std::as_const(m_fields))
        e->setEnabled(!waiting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!waiting);
}

void AddAccountDialog::reject()
{
    if (m_signingIn) {  // Cancel while the browser is out: stop waiting, stay here
        m_signIn.cancel();
        setWaiting(false);
        showError(tr("Sign-in cancelled."));
        return;
    }
    QDialog::reject();
}

}  // namespace reelforge::ui
