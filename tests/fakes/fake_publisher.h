#pragma once

#include "application/interfaces/i_publisher_factory.h"

#include <QThread>

#include <atomic>
#include <deque>
#include <map>
#include <mutex>

namespace reelforge::testing {

// A scriptable remote end shared by the fake publishers of a test: it keeps each upload's
// offset like a server does, and fails the way a test asks (after some bytes went through).
struct FakeUploadServer {
    std::mutex mutex;
    std::map<QString, qint64> offsets;  // upload URL -> bytes received
    std::deque<domain::Error> beginFailures;
    std::deque<domain::Error> resumeFailures;  // each fails one resume() after one chunk
    std::deque<domain::Error> finishFailures;
    bool forgetNextSession = false;
    qint64 chunk = 1000;
    int chunkDelayMs = 0;
    int begins = 0;
    int resumes = 0;
    int finishes = 0;
    int aborts = 0;
    int abortDelayMs = 0;
    std::atomic<int> running { 0 };
    std::atomic<int> maxRunning { 0 };

    template<typename T> static std::optional<T> take(std::deque<T>& q)
    {
        if (q.empty())
            return std::nullopt;
        T v = q.front();
        q.pop_front();
        return v;
    }
};

class FakePublisher final : public application::IPublisher {
public:
    explicit FakePublisher(FakeUploadServer& server)
        : m_server(server)
    {
    }

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override
    {
        std::lock_guard lock(m_server.mutex);
        ++m_server.begins;
        if (auto e = FakeUploadServer::take(m_server.beginFailures))
            return tl::unexpected(*e);
        application::UploadSession s;
        s.url = QStringLiteral("fake://upload/%1").arg(m_server.begins);  // unique, like a server's id
        s.total = request.fileSize;
        m_server.offsets[s.url] = 0;
        return s;
    }

    domain::Result<application::UploadSession> resume(const application::PublishRequest&,
        const application::UploadSession& saved, application::UploadContext& context) override
    {
        const int now = ++m_server.running;
        int seen = m_server.maxRunning.load();
        while (now > seen && !m_server.maxRunning.compare_exchange_weak(seen, now)) { }
        auto result = send(saved, context);
        --m_server.running;
        return result;
    }

    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest&, const application::UploadSession& session) override
    {
        std::lock_guard lock(m_server.mutex);
        ++m_server.finishes;
        if (auto e = FakeUploadServer::take(m_server.finishFailures))
            return tl::unexpected(*e);
        return application::PublishedRef { session.url.section(QLatin1Char('/'), -1), session.url, false };
    }

    domain::Status abort(const application::UploadSession& session) override
    {
        if (m_server.abortDelayMs > 0)
            QThread::msleep(static_cast<unsigned long>(m_server.abortDelayMs));
        std::lock_guard lock(m_server.mutex);
        ++m_server.aborts;
        m_server.offsets.erase(session.url);  // the server drops the bytes
        return domain::ok();
    }

private:
    domain::Result<application::UploadSession> send(
        application::UploadSession session, application::UploadContext& context)
    {
        std::optional<domain::Error> failure;
        {
            std::lock_guard lock(m_server.mutex);
            ++m_server.resumes;
            if (m_server.forgetNextSession) {
                m_server.forgetNextSession = false;
                m_server.offsets.erase(session.url);
            }
            const auto it = m_server.offsets.find(session.url);
            if (it == m_server.offsets.end())
                return domain::fail(
                    domain::ErrorCode::NotFound, QStringLiteral("unknown upload"), session.url);
            session.offset = it->second;  // the server's offset wins
            failure = FakeUploadServer::take(m_server.resumeFailures);
        }
        int chunks = 0;
        while (session.offset < session.total) {
            if (context.cancel.isCancelled())
                return domain::fail(domain::ErrorCode::Cancelled, QStringLiteral("cancelled"));
            if (failure && chunks == 1)
                return tl::unexpected(*failure);
            if (m_server.chunkDelayMs > 0)
                QThread::msleep(static_cast<unsigned long>(m_server.chunkDelayMs));
            {
                std::lock_guard lock(m_server.mutex);
                session.offset = qMin(session.total, session.offset + m_server.chunk);
                m_server.offsets[session.url] = session.offset;
            }
            ++chunks;
            context.saved(session);
            application::Progress progress;
            progress.fraction = static_cast<double>(session.offset) / static_cast<double>(session.total);
            context.progress.report(progress);
        }
        if (failure)
            return tl::unexpected(*failure);
        return session;
    }

    FakeUploadServer& m_server;
};

class FakePublisherFactory final : public application::IPublisherFactory {
public:
    explicit FakePublisherFactory(FakeUploadServer& server)
        : m_server(server)
    {
    }

    domain::Result<std::unique_ptr<application::IPublisher>> create(const domain::Account&) const override
    {
        return std::make_unique<FakePublisher>(m_server);
    }
    application::PublisherLimits limits(domain::Platform) const override { return m_limits; }
    void setLimits(application::PublisherLimits limits) { m_limits = limits; }

private:
    FakeUploadServer& m_server;
    application::PublisherLimits m_limits { 0, 2 };
};

}  // namespace reelforge::testing
