#pragma once

#include "application/cancellation_token.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace reelforge::application {

// Why a running item was told to stop; what its completion records depends on it.
enum class StopReason {
    None,
    Cancelled,  // the creator cancelled it: record Cancelled, drop partial work
    Quit,  // this process is closing: hand it back for the next start
    LeaseLost,  // another process took it over: record nothing, keep nothing
};

// What a running item's work sees: its cancel/pause token and why it was stopped.
class RunningItem {
public:
    CancellationToken& token() { return m_token; }
    StopReason reason() const { return m_reason.load(); }
    // Asks the work to stop; the first reason given is the one kept.
    void stop(StopReason reason);

private:
    CancellationToken m_token;
    std::atomic<StopReason> m_reason { StopReason::None };
};

// One engine for the persisted background work of this process: processing jobs and
// publications. It is the single owner of what runs here: the running set (each item's token
// and stop reason, in a group such as an account), the worker pool and its concurrency, and a
// poll on the owner thread for changes other processes make (controls, cancels, lost leases).
// The service that uses it decides what to run and how an item is taken (a conditional write:
// the lease) and records the outcome.
//
// Threading: lives on the thread that created it. Work runs on the pool; the completion it
// returns runs on the owner thread, and the item stays registered (isRunning) until it has.
class WorkEngine : public QObject {
    Q_OBJECT
public:
    // Runs on a pool thread; returns the completion to run on the owner thread.
    using Work = std::function<std::function<void()>(RunningItem& item)>;
    using Poll = std::function<void(const QString& id, RunningItem& item)>;

    explicit WorkEngine(int concurrency, QObject* parent = nullptr);
    ~WorkEngine() override;  // stops everything (StopReason::Quit) and waits

    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    bool hasRoom() const { return static_cast<int>(m_running.size()) < m_concurrency; }
    bool isRunning(const QString& id) const { return m_running.count(id) > 0; }
    bool isEmpty() const { return m_running.empty(); }
    int runningIn(const QString& group) const;
    QStringList runningIds() const;
    RunningItem* item(const QString& id);

    // Registers `id` and starts `work`. The caller has taken the item (its lease) already.
    void launch(const QString& id, const QString& group, Work work);
    void stop(const QString& id, StopReason reason);
    void stopAll(StopReason reason);
    // Waits for every work to return and runs the completions still pending, here and now
    // (a closing service calls it while it can still record the outcomes).
    void waitForDone();

    // Calls `poll` for every running item every `intervalMs` on the owner thread.
    void startPolling(int intervalMs, Poll poll);

signals:
    // After an item's completion ran and the item left the running set.
    void completed(const QString& id);

private:
    struct Entry {
        QString group;
        RunningItem item;
        std::mutex mutex;
        std::function<void()> completion;  // set by the pool thread when the work returned
    };
    void complete(const QString& id);

    QThreadPool m_pool;
    QTimer m_pollTimer;
    Poll m_poll;
    std::map<QString, std::shared_ptr<Entry>> m_running;
    int m_concurrency;
};

}  // namespace reelforge::application
