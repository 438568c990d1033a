#include "ui/publishing/browser_sign_in.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QPointer>

namespace reelforge::ui {

BrowserSignIn::BrowserSignIn(application::IAccountSignIn& signIn, QObject* parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_opener([](const QUrl& url) {
        // Only web addresses: one from an account's settings could name a file or a program.
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            return false;
        // Called on the sign-in thread: the browser is opened from the GUI thread.
        QMetaObject::invokeMethod(
            qApp, [url] { QDesktopServices::openUrl(url); }, Qt::QueuedConnection);
        return true;
    })
{
    m_pool.setMaxThreadCount(1);
}

BrowserSignIn::~BrowserSignIn()
{
    cancel();
    m_pool.waitForDone();
}

void BrowserSignIn::start(const domain::Account& account, const QString& clientSecret)
{
    cancel();
    m_cancel = std::make_shared<application::CancellationToken>();
    QPointer<BrowserSignIn> self(this);
    m_pool.start([self, account, clientSecret, cancel = m_cancel, opener = m_opener, &signIn = m_signIn] {
        const auto announce = [self, opener](const QUrl& url) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, url] {
                    if (self)
                        emit self->browserOpened(url);
                },
                Qt::QueuedConnection);
            return opener(url);
        };
        const domain::Result<QByteArray> made
            = signIn.signIn(account, clientSecret, announce, kTimeoutMs, *cancel);
        SignInResult secret;
        if (made)
            secret.secret = *made;
        else
            secret.error = made.error();
        QMetaObject::invokeMethod(
            self.data(),
            [self, cancel, secret] {
                if (!self || self->m_cancel != cancel)
                    return;  // cancelled and replaced by another sign-in
                self->m_cancel.reset();
                emit self->finished(secret);
            },
            Qt::QueuedConnection);
    });
}

void BrowserSignIn::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
}

}  // namespace reelforge::ui
