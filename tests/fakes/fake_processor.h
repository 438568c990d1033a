#pragma once

#include "application/interfaces/i_processor_factory.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>

namespace reelforge::testing {

// A processor that "renders" `frames` frames of `frameMs` each into a file that the fake probe
// reads as video. It honours cancel and pause at frame boundaries like a real one, and fails
// on demand (params {"fail": "reason"}).
class FakeProcessor final : public application::IProcessor {
public:
    struct Shared {
        std::atomic<int> runs { 0 };
        std::atomic<int> running { 0 };
        std::atomic<int> maxRunning { 0 };
        std::atomic<int> framesDone { 0 };
        std::atomic<int> frames { 10 };
        std::atomic<int> frameMs { 5 };
    };

    explicit FakeProcessor(Shared& shared, bool audioOnly)
        : m_shared(shared)
        , m_audioOnly(audioOnly)
    {
    }

    QString kind() const override { return QStringLiteral("transcode"); }
    bool accepts(const domain::MediaInfo& in) const override
    {
        return m_audioOnly ? !in.hasVideo() : in.hasVideo();
    }

    domain::Result<application::ProcessPlan> plan(const domain::Step& step, const QString& input,
        const domain::MediaInfo& info, const application::AnalysisView&) const override
    {
        if (step.params.value(QStringLiteral("preset")).toString() == QLatin1String("nope"))
            return domain::fail(
                domain::ErrorCode::InvalidArgument, QStringLiteral("unknown preset"), QStringLiteral("nope"));
        application::ProcessPlan p;
        p.kind = kind();
        p.inputPath = input;
        p.input = info;
        p.outputName
            = QStringLiteral("out.%1").arg(m_audioOnly ? QStringLiteral("m4a") : QStringLiteral("mp4"));
        p.params = step.params;
        p.equivalentCommand = { QStringLiteral("ffmpeg"), QStringLiteral("-i"), input, p.outputName };
        return p;
    }

    domain::Result<std::vector<domain::Artifact>> run(
        const application::ProcessPlan& plan, application::JobContext& ctx) override
    {
        ++m_shared.runs;
        const int now = ++m_shared.running;
        int prev = m_shared.maxRunning.load();
        while (now > prev && !m_shared.maxRunning.compare_exchange_weak(prev, now)) { }
        struct Leave {
            std::atomic<int>& n;
            ~Leave() { --n; }
        } leave { m_shared.running };

        auto path = ctx.outputs.reserve(plan.outputName);
        if (!path)
            return tl::unexpected(path.error());
        QFile out(*path);
        if (!out.open(QIODevice::WriteOnly))
            return domain::fail(domain::ErrorCode::PermissionDenied, QStringLiteral("cannot write"), *path);
        out.write(m_audioOnly ? "AUDIO" : "VIDEO");
        const int frames = m_shared.frames;
        for (int i = 0; i < frames; ++i) {
            if (!ctx.waitWhilePaused() || ctx.cancel.isCancelled())
                return domain::fail(domain::ErrorCode::Cancelled, QStringLiteral("cancelled"));
            QThread::msleep(static_cast<unsigned long>(m_shared.frameMs.load()));
            out.write("frame");
            out.flush();
            ++m_shared.framesDone;
            ctx.progress.report({ static_cast<double>(i + 1) / frames, -1.0, 100.0, i + 1, frames, {} });
        }
        const QString fail = plan.params.value(QStringLiteral("fail")).toString();
        if (!fail.isEmpty())
            return domain::fail(domain::ErrorCode::UnsupportedCodec, fail);
        domain::Artifact a;
        a.kind = m_audioOnly ? QStringLiteral("audio") : QStringLiteral("video");
        a.path = *path;
        return std::vector<domain::Artifact> { a };
    }

private:
    Shared& m_shared;
    bool m_audioOnly;
};

class FakeProcessorFactory final : public application::IProcessorFactory {
public:
    FakeProcessorFactory(FakeProcessor::Shared& shared, bool audioOnly)
        : m_shared(shared)
        , m_audioOnly(audioOnly)
    {
    }
    QString kind() const override { return QStringLiteral("transcode"); }
    std::unique_ptr<application::IProcessor> create() const override
    {
        return std::make_unique<FakeProcessor>(m_shared, m_audioOnly);
    }

private:
    FakeProcessor::Shared& m_shared;
    bool m_audioOnly;
};

// A step that writes no file, like analysis: it records the input it was given and returns no
// artifact.
class FakeNoOutputProcessor final : public application::IProcessor {
public:
    explicit FakeNoOutputProcessor(QStringList& seenInputs)
        : m_seen(seenInputs)
    {
    }

    QString kind() const override { return QStringLiteral("note"); }
    bool accepts(const domain::MediaInfo&) const override { return true; }
    domain::Result<application::ProcessPlan> plan(const domain::Step&, const QString& input,
        const domain::MediaInfo& info, const application::AnalysisView&) const override
    {
        application::ProcessPlan p;
        p.kind = kind();
        p.inputPath = input;
        p.input = info;
        p.outputName = QStringLiteral("note");
        return p;
    }
    domain::Result<std::vector<domain::Artifact>> run(
        const application::ProcessPlan& plan, application::JobContext& ctx) override
    {
        m_seen << plan.inputPath;
        ctx.progress.report({ 1.0, -1.0, 0.0, 1, 1, {} }, true);
        return std::vector<domain::Artifact> {};
    }

private:
    QStringList& m_seen;
};

class FakeNoOutputProcessorFactory final : public application::IProcessorFactory {
public:
    explicit FakeNoOutputProcessorFactory(QStringList& seenInputs)
        : m_seen(seenInputs)
    {
    }
    QString kind() const override { return QStringLiteral("note"); }
    std::unique_ptr<application::IProcessor> create() const override
    {
        return std::make_unique<FakeNoOutputProcessor>(m_seen);
    }

private:
    QStringList& m_seen;
};

}  // namespace reelforge::testing
