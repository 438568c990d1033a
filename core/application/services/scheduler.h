#pragma once

#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_notifier.h"
#include "application/interfaces/i_publication_repository.h"
#include "application/services/publishing_service.h"

#include <QObject>
#include <QTimer>

namespace reelforge::application {

// Fires scheduled publications on time. The time source is the injected IClock; a timer wakes
// the scheduler at the next publishAt (at least once a minute, so a changed wall clock or a
// sleeping laptop is noticed). start() first looks for publications whose time passed while
// the app was closed: they fire at once, with a "publication.missed" notification each.
// Automatic retries (a publication that failed transiently waits until its publishAt, see
// RetryPolicy::later) fire the same way, without the "missed" notification.
// Call start() before PublishingService::start(), which would otherwise already have taken the
// missed ones. Lives on the owner thread, like the PublishingService it triggers.
class Scheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxSleepMs = 60000;

    Scheduler(IClock& clock, IPublicationRepository& publications, INotifier& notifier,
        PublishingService& publishing, QObject* parent = nullptr);

    void start();
    void stop();
    // Launches what is due now and re-arms the timer (the timer calls it; tests call it after
    // moving a fake clock).
    void tick();
    // When the timer fires next (invalid when stopped or nothing is scheduled).
    QDateTime nextWake() const { return m_nextWake; }

signals:
    void missed(const QStringList& publicationIds);
    void fired(const QStringList& publicationIds);

private:
    QStringList due() const;
    void arm();

    IClock& m_clock;
    IPublicationRepository& m_publications;
    INotifier& m_notifier;
    PublishingService& m_publishing;
    QTimer m_timer;
    QDateTime m_nextWake;
    bool m_running = false;
};

}  // namespace reelforge::application
