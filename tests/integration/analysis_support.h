#pragma once

// Shared by the test_analysis_* integration tests (header-only: each test is its own exe).

#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtDebug>

#include <cmath>
#include <vector>

namespace reelforge::testing {

// Analyses `path` through the real AppContext (FFmpeg decode pass, SQLite cache) in a
// library of its own, without using earlier results.
inline domain::Result<application::AnalysisOutcome> analyse(
    const QString& path, const QStringList& only, application::AnalysisSettings settings = {})
{
    static QTemporaryDir library;
    static std::unique_ptr<app::AppContext> context;
    if (!context) {
        auto opened = app::AppContext::open(library.path());
        if (!opened)
            return tl::unexpected(opened.error());
        context = std::move(*opened);
        // The context's database connections must close while the application still exists.
        qAddPostRoutine([] { context.reset(); });
    }
    settings.only = only;
    application::CancellationToken cancel;
    return context->analysis().run({ {}, path, settings, false }, cancel);
}

// A 32-bit float WAV file (WAVE_FORMAT_IEEE_FLOAT), interleaved samples.
inline bool writeWav(const QString& path, int rate, int channels, const std::vector<float>& samples)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    const quint32 dataBytes = static_cast<quint32>(samples.size() * 4);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(3) << quint16(channels) << quint32(rate) << quint32(rate * channels * 4)
        << quint16(channels * 4) << quint16(32);
    out.writeRawData("data", 4);
    out << dataBytes;
    // Little-endian hosts only (all the studio's targets): the floats go in as they are.
    bytes.append(reinterpret_cast<const char*>(samples.data()), static_cast<qsizetype>(dataBytes));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Appends `seconds` of a sine at `dbfs` (peak) to every channel.
inline void appendSine(std::vector<float>& samples, int rate, int channels, double seconds, double dbfs,
    double hz = 1000.0, const std::vector<double>& channelDb = {})
{
    const auto n = static_cast<std::int64_t>(std::llround(seconds * rate));
    const std::int64_t offset = static_cast<std::int64_t>(samples.size()) / channels;
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = std::sin(2.0 * M_PI * hz * static_cast<double>(offset + i) / rate);
        for (int c = 0; c < channels; ++c) {
            const double db = channelDb.empty() ? dbfs : channelDb[static_cast<std::size_t>(c)];
            samples.push_back(static_cast<float>(std::pow(10.0, db / 20.0) * v));
        }
    }
}

// Runs the ffmpeg CLI and returns what it wrote to stderr (for filters that log results).
inline QString ffmpegLog(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ffmpeg"),
        QStringList { QStringLiteral("-hide_banner"), QStringLiteral("-nostats") } + args);
    p.waitForFinished(300000);
    return QString::fromUtf8(p.readAll());
}

}  // namespace reelforge::testing
