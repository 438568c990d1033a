#pragma once

#include "application/interfaces/i_publication_repository.h"
#include "application/interfaces/i_publisher_factory.h"
#include "application/services/publishing_retry_policy.h"

#include <functional>

namespace reelforge::application {

// Runs one publication to the end on the calling (worker) thread: creates the publisher,
// begins or continues the saved upload session, saves the session each time the server
// confirms more, retries transient failures with backoff and jitter (the counter restarts
// whenever the upload advanced), starts over when the server forgot the session, then
// finishes (metadata, thumbnail). Blocking; cancel is honoured between steps and in waits.
// What leaves it (the error it returns, the log lines) is redacted (redactSecrets) and short:
// it is stored in publications.error, logged and shown.
class PublishingWorker {
public:
    using Log = std::function<void(const QString& line)>;

    PublishingWorker(IPublicationRepository& publications, const IPublisherFactory& publishers,
        RetryPolicy policy, std::function<double()> random);

    domain::Result<PublishedRef> run(const PublishRequest& request, CancellationToken& cancel,
        ProgressSink& progress, BandwidthLimiter* limiter, const Log& log);

    // The creator cancelled: asks the server to drop the unfinished upload (tus termination,
    // S3 AbortMultipartUpload, DELETE of a resumable session, ...; best effort: a server that
    // cannot is left to expire it) and forgets the saved session, so that a later retry starts
    // a new upload. Blocking, on a worker thread; the caller holds the publication's lock.
    void discard(const PublishRequest& request, const Log& log);

private:
    domain::Result<PublishedRef> upload(const PublishRequest& request, CancellationToken& cancel,
        ProgressSink& progress, BandwidthLimiter* limiter, const Log& log);
    // Waits out the backoff for this failure; false when the error is final or retries are
    // used up or the wait was cancelled.
    bool backoff(const domain::Error& error, int& failures, CancellationToken& cancel, const Log& log);

    IPublicationRepository& m_publications;
    const IPublisherFactory& m_publishers;
    RetryPolicy m_policy;
    std::function<double()> m_random;
};

}  // namespace reelforge::application
