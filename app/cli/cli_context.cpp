#include "cli/cli_context.h"

#include "infrastructure/config/qsettings_preferences.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace reelforge::app::cli {

namespace {

std::atomic<application::CancellationToken*> g_interruptible { nullptr };

extern "C" void onInterrupt(int)
{
    if (application::CancellationToken* token = g_interruptible.load())
        token->cancel();
}

}  // namespace

InterruptGuard::InterruptGuard(application::CancellationToken& token)
{
    g_interruptible.store(&token);
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
    g_interruptible.store(nullptr);
}

QString libraryPathOf(const Invocation& inv)
{
    const infrastructure::QSettingsPreferences preferences;
    return resolveLibraryPath(inv.library, preferences);
}

domain::Result<std::unique_ptr<AppContext>> openLibrary(const Invocation& inv)
{
    return AppContext::open(libraryPathOf(inv));
}

int usageError(Output& out, const QString& message)
{
    return out.error({ domain::ErrorCode::InvalidArgument, message, {} }, kExitUsage);
}

void runQueueUntil(AppContext& context, Output& out, const std::function<bool()>& done)
{
    application::ProcessingQueue& queue = context.queue();
    QEventLoop loop;
    QObject::connect(&queue, &application::ProcessingQueue::jobChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&queue, &application::ProcessingQueue::idle, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&queue, &application::ProcessingQueue::jobProgress, &loop,
        [&](const QString& id, const application::Progress& p) {
            // Analysis jobs have no frame rate to show.
            const QString rate = p.rate > 0 ? QStringLiteral(" %1 fps").arg(p.rate, 0, 'f', 1) : QString();
            out.progress(QStringLiteral("%1 %2%%3%4")
                             .arg(id.left(8))
                             .arg(p.fraction * 100, 0, 'f', 1)
                             .arg(rate,
                                 p.etaSeconds >= 0 ? QStringLiteral(" ETA %1 s").arg(qRound(p.etaSeconds))
                                                   : QString()));
        });
    // Jobs may also be run (or cancelled) by another process sharing the library: look again
    // now and then rather than only when this process changes something.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(500);
    if (done())
        return;
    loop.exec();
    out.progress(QString());
}

QString shellJoin(const QStringList& argv)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    for (const QString& a : argv) {
        if (safe.match(a).hasMatch()) {
            quoted << a;
        } else {
            QString q = a;
            q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            quoted << QLatin1Char('\'') + q + QLatin1Char('\'');
        }
    }
    return quoted.join(QLatin1Char(' '));
}

}  // namespace reelforge::app::cli
