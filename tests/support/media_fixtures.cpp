#include "support/media_fixtures.h"

#include <QProcess>
#include <QtDebug>

namespace reelforge::testing {

bool runFfmpeg(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ffmpeg"),
        QStringList { QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
            QStringLiteral("-y") }
            + args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "ffmpeg failed:" << args.join(QLatin1Char(' ')) << "\n" << p.readAll();
        return false;
    }
    return true;
}

bool makeClip(const QString& path, const ClipSpec& s)
{
    QStringList args;
    const QString dur = QString::number(s.seconds);
    if (s.video) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("%1=size=%2x%3:rate=%4")
                    .arg(s.source)
                    .arg(s.width)
                    .arg(s.height)
                    .arg(s.frameRate);
    }
    if (s.audio) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:sample_rate=%1:duration=%2").arg(s.sampleRate).arg(dur);
    }
    if (s.video)
        args << QStringLiteral("-c:v") << s.videoCodec << QStringLiteral("-pix_fmt") << s.pixelFormat;
    if (s.audio) {
        args << QStringLiteral("-c:a") << s.audioCodec << QStringLiteral("-ac")
             << QString::number(s.channels);
    }
    // -t rather than a source option: not every lavfi source takes a duration.
    args << QStringLiteral("-t") << dur << s.extraOutputArgs << path;
    return runFfmpeg(args);
}

QByteArray ffprobeJson(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_format"),
            QStringLiteral("-show_streams"), QStringLiteral("-of"), QStringLiteral("json"), path });
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

QString cliPath()
{
    return qEnvironmentVariable("REELFORGE_CLI");
}

}  // namespace reelforge::testing
