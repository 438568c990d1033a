// Accounts in the studio against the real keychain (a private D-Bus session with its own
// gnome-keyring, as the keychain integration test does): adding an account keeps its password
// in the keychain only, removing it removes both, and an account whose sign-in expired says so
// in the accounts list and in the publish dialog, with Reconnect, before anything is uploaded.
#include "servers/keyring_session.h"
#include "servers/local_server.h"
#include "ui/publishing/account_checks.h"
#include "ui/publishing/accounts_dialog.h"
#include "ui/publishing/add_account_dialog.h"
#include "ui/publishing/browser_sign_in.h"
#include "ui/publishing/publish_dialog.h"
#include "wiring/app_context.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace reelforge;

class TestPublishAccounts final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<app::AppContext> m_context;
    std::unique_ptr<ui::AccountChecks> m_checks;
    std::unique_ptr<ui::BrowserSignIn> m_signIn;

    static QString status(const ui::AccountsDialog& dialog, const QString& name)
    {
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            if (dialog.list()->topLevelItem(i)->text(0) == name)
                return dialog.list()->topLevelItem(i)->text(2);
        }
        return {};
    }

    // Every file of the library (database, WAL, settings) as bytes: a secret must be in none.
    QByteArray libraryBytes() const
    {
        QByteArray all;
        QDirIterator it(m_context->libraryPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    QString writeFile(const QString& name)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the test file");
        f.write(QByteArray(4096, 'x'));
        return f.fileName();
    }

    void expectExpiredInBothPlaces(const domain::Account& account)
    {
        ui::AccountsDialog accounts(m_context->accounts(), *m_checks, *m_signIn);
        QTRY_COMPARE_WITH_TIMEOUT(status(accounts, account.name), QStringLiteral("Sign-in expired"), 20000);

        const QString file = writeFile(QStringLiteral("clip.mp4"));
        ui::PublishDialog dialog(
            m_context->publishing(), m_context->accounts(), *m_checks, { file, file, {}, {}, {} });
        dialog.setDestinationChecked(account.id, true);
        auto* message = dialog.findChild<QFrame*>(QStringLiteral("expiredMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->isHidden(), 20000);
        QVERIFY(message->findChild<QLabel*>()->text().contains(account.name));
        auto* reconnect = dialog.findChild<QPushButton*>(QStringLiteral("reconnect"));
        QVERIFY(!reconnect->isHidden());
        QSignalSpy asked(&dialog, &ui::PublishDialog::reconnectRequested);
        reconnect->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), account.id);
        dialog.submit();
        QVERIFY(dialog.submittedIds().isEmpty());
        QVERIFY(m_context->publishing().publications()->empty());  // nothing was started
    }

private slots:
    void init()
    {
        auto opened = app::AppContext::open(
            m_dir.filePath(QStringLiteral("lib-%1").arg(QTest::currentTestFunction())));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_context = std::move(*opened);
        m_checks = std::make_unique<ui::AccountChecks>(m_context->signIn());
        m_signIn = std::make_unique<ui::BrowserSignIn>(m_context->signIn());
    }

    void cleanup()
    {
        m_signIn.reset();
        m_checks.reset();
        m_context.reset();
    }

    void anAddedAccountIsListedWithItsPasswordInTheKeychainAndRemovedAgain()
    {
        ui::AccountsDialog accounts(m_context->accounts(), *m_checks, *m_signIn);
        QCOMPARE(accounts.list()->topLevelItemCount(), 0);

        ui::AddAccountDialog add(m_context->accounts(), *m_signIn);
        add.setPlatform(domain::Platform::WebDav);
        add.field(QStringLiteral("name"))->setText(QStringLiteral("Home cloud"));
        add.field(QStringLiteral("endpoint"))->setText(QStringLiteral("not a url"));
        add.field(QStringLiteral("username"))->setText(QStringLiteral("ana"));
        add.field(QStringLiteral("password"))->setText(QStringLiteral("s3cret-Pa55"));
        add.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(add.result() != QDialog::Accepted);  // a bad address is refused in words, nothing stored
        QVERIFY(!add.findChild<QLabel*>(QStringLiteral("error"))->isHidden());
        QVERIFY(m_context->accounts().list()->empty());
        add.field(QStringLiteral("endpoint"))->setText(QStringLiteral("https://cloud.example.org/dav"));
        add.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(add.result(), int(QDialog::Accepted));

        accounts.reload();
        QCOMPARE(accounts.list()->topLevelItemCount(), 1);
        QTreeWidgetItem* row = accounts.list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Home cloud"));
        QCOMPARE(row->text(1), QStringLiteral("WebDAV server"));
        QTRY_COMPARE_WITH_TIMEOUT(row->text(2), QStringLiteral("Connected"), 10000);
        const domain::Account stored = add.added();
        const auto secret = m_context->credentials().read(stored.credentialKey);
        QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().toString()));
        QCOMPARE(QJsonDocument::fromJson(*secret).object().value(QStringLiteral("password")).toString(),
            QStringLiteral("s3cret-Pa55"));
        QVERIFY(!libraryBytes().contains("s3cret-Pa55"));

        accounts.select(stored.id);
        accounts.removeSelected(false);
        QCOMPARE(accounts.list()->topLevelItemCount(), 0);
        QVERIFY(m_context->accounts().list()->empty());
        QCOMPARE(
            m_context->credentials().read(stored.credentialKey).error().code, domain::ErrorCode::NotFound);
    }

    void anAccountWithoutItsSignInSaysExpiredBeforePublishing()
    {
        domain::Account draft;
        draft.name = QStringLiteral("My channel");
        draft.platform = domain::Platform::YouTube;
        draft.settings.insert(QStringLiteral("clientId"), QStringLiteral("app"));
        auto account = m_context->accounts().add(draft);  // no tokens in the keychain
        QVERIFY(account);
        expectExpiredInBothPlaces(*account);
    }

    void aRefusedRefreshSaysExpiredBeforePublishing()
    {
        testing::LocalServer provider;
        QString why;
        if (!provider.startNode(QStringLiteral("oidc_server.mjs"), {}, &why)) {
            if (testing::testServersRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        const QString issuer = provider.info().value(QStringLiteral("issuer")).toString();
        domain::Account draft;
        draft.name = QStringLiteral("Old channel");
        draft.platform = domain::Platform::YouTube;
        draft.settings.insert(QStringLiteral("clientId"), QStringLiteral("reelforge-test"));
        draft.settings.insert(QStringLiteral("tokenUrl"), issuer + QStringLiteral("/token"));
        const QJsonObject tokens { { QStringLiteral("accessToken"), QStringLiteral("old") },
            { QStringLiteral("refreshToken"), QStringLiteral("revoked-refresh-token") },
            { QStringLiteral("expiresAt"),
                QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate) } };
        auto account = m_context->accounts().add(draft, QJsonDocument(tokens).toJson(QJsonDocument::Compact));
        QVERIFY(account);
        expectExpiredInBothPlaces(*account);
    }
};

int main(int argc, char* argv[])
{
    if (const std::optional<int> outer = reelforge::testing::rerunInKeyringSession(argc, argv))
        return *outer;
    QApplication app(argc, argv);
    TestPublishAccounts test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_publish_accounts.moc"
