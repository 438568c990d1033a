#include "application/services/publishing_worker.h"

#include "application/secrets/secret_redactor.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>

namespace reelforge::application {

using domain::ErrorCode;

namespace {

constexpr int kMaxRestarts = 2;  // times the server may forget a session before we give up
constexpr int kMaxMessage = 300;
constexpr int kMaxDetail = 700;

// Redacted before it is cut: a cut could leave a piece of a secret that no rule recognises.
QString safeText(const QString& text, int maxLength)
{
    const QString clean = redactSecrets(text);
    return clean.size() > maxLength ? clean.left(maxLength - 1) + QChar(0x2026) : clean;
}

domain::Error safeError(const domain::Error& error)
{
    return { error.code, safeText(error.message, kMaxMessage), safeText(error.detail, kMaxDetail) };
}

PublishingWorker::Log safeLog(const PublishingWorker::Log& log)
{
    return [&log](const QString& line) { log(safeText(line, kMaxMessage + kMaxDetail)); };
}

domain::Error cancelled()
{
    return { ErrorCode::Cancelled, QStringLiteral("publication cancelled"), {} };
}

}  // namespace

PublishingWorker::PublishingWorker(IPublicationRepository& publications, const IPublisherFactory& publishers,
    RetryPolicy policy, std::function<double()> random)
    : m_publications(publications)
    , m_publishers(publishers)
    , m_policy(policy)
    , m_random(std::move(random))
{
}

bool PublishingWorker::backoff(
    const domain::Error& error, int& failures, CancellationToken& cancel, const Log& log)
{
    if (cancel.isCancelled() || !RetryPolicy::isTransient(error))
        return false;
    ++failures;
    if (failures >= m_policy.maxAttempts) {
        log(QStringLiteral("giving up after %1 failed attempts: %2").arg(failures).arg(error.toString()));
        return false;
    }
    const auto wait = m_policy.delay(failures, m_random ? m_random() : 0.5);
    log(QStringLiteral("attempt %1 failed (%2); retrying in %3 ms")
            .arg(failures)
            .arg(error.toString())
            .arg(wait.count()));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < wait.count()) {
        if (cancel.isCancelled())
            return false;
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(50, wait.count() - waited.elapsed() + 1)));
    }
    return !cancel.isCancelled();
}

domain::Result<PublishedRef> PublishingWorker::run(const PublishRequest& request, CancellationToken& cancel,
    ProgressSink& progress, BandwidthLimiter* limiter, const Log& log)
{
    auto published = upload(request, cancel, progress, limiter, safeLog(log));
    if (!published)
        return tl::unexpected(safeError(published.error()));
    return published;
}

domain::Result<PublishedRef> PublishingWorker::upload(const PublishRequest& request,
    CancellationToken& cancel, ProgressSink& progress, BandwidthLimiter* limiter, const Log& log)
{
    const QString id = request.publication.id;
    auto publisher = m_publishers.create(request.account);
    if (!publisher)
        return tl::unexpected(publisher.error());

    auto saved = m_publications.session(id);
    if (!saved)
        return tl::unexpected(saved.error());
    std::optional<UploadSession> session = *saved;
    if (session && session->total != request.fileSize) {
        log(QStringLiteral("the file changed since the upload began; starting over"));
        session.reset();
        (void)m_publications.clearSession(id);
    }

    int failures = 0;
    int restarts = 0;
    qint64 offsetAtFailure = -1;
    const auto save = [&](const UploadSession& s) {
        session = s;
        (void)m_publications.saveSession(id, s);
        (void)m_publications.setProgress(id, s.offset, request.fileSize);
    };
    while (true) {
        if (cancel.isCancelled())
            return tl::unexpected(cancelled());
        if (!session || !session->isStarted()) {
            auto begun = (*publisher)->begin(request);
            if (!begun) {
                if (backoff(begun.error(), failures, cancel, log))
                    continue;
                return tl::unexpected(cancel.isCancelled() ? cancelled() : begun.error());
            }
            begun->total = request.fileSize;
            save(*begun);
            log(QStringLiteral("upload session created"));
        } else {
            log(QStringLiteral("continuing the saved upload session at byte %1").arg(session->offset));
        }
        UploadContext context { cancel, progress, save, limiter };
        auto sent = (*publisher)->resume(request, *session, context);
        if (sent) {
            save(*sent);
            break;
        }
        if (cancel.isCancelled() || sent.error().code == ErrorCode::Cancelled)
            return tl::unexpected(cancelled());
        if (sent.error().code == ErrorCode::NotFound && restarts < kMaxRestarts) {
            ++restarts;
            log(QStringLiteral("the server no longer knows the upload session; starting over"));
            session.reset();
            (void)m_publications.clearSession(id);
            continue;
        }
        if (session && session->offset > offsetAtFailure) {
            offsetAtFailure = session->offset;  // it advanced since the last failure
            failures = 0;
        }
        if (!backoff(sent.error(), failures, cancel, log))
            return tl::unexpected(cancel.isCancelled() ? cancelled() : sent.error());
    }

    failures = 0;
    while (true) {
        auto ref = (*publisher)->finish(request, *session);
        if (ref) {
            log(QStringLiteral("published: ") + ref->url);
            return ref;
        }
        if (!backoff(ref.error(), failures, cancel, log))
            return tl::unexpected(cancel.isCancelled() ? cancelled() : ref.error());
    }
}

void PublishingWorker::discard(const PublishRequest& request, const Log& unsafeLog)
{
    const Log log = safeLog(unsafeLog);
    const QString id = request.publication.id;
    auto saved = m_publications.session(id);
    if (!saved || !saved->has_value())
        return;
    if ((*saved)->isStarted()) {
        auto publisher = m_publishers.create(request.account);
        domain::Status aborted
            = publisher ? (*publisher)->abort(**saved) : domain::Status(tl::unexpected(publisher.error()));
        if (aborted)
            log(QStringLiteral("the server dropped the cancelled upload"));
        else
            log(QStringLiteral("could not abort the upload on the server (it expires there): ")
                + aborted.error().toString());
    }
    (void)m_publications.clearSession(id);
    (void)m_publications.setProgress(id, 0, request.fileSize);
}

}  // namespace reelforge::application
