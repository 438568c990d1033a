#pragma once

#include <QString>
#include <QStringList>

namespace reelforge::testing {

// Test media made at test time with the ffmpeg CLI from lavfi sources: nothing binary is
// kept in the repository. Each function QFAILs-friendly: returns false and prints ffmpeg's
// output when generation fails.
bool runFfmpeg(const QStringList& args);

struct ClipSpec {
    double seconds = 2.0;
    int width = 320;
    int height = 240;
    QString frameRate = QStringLiteral("25");
    bool audio = true;
    bool video = true;
    QString videoCodec = QStringLiteral("libx264");
    QString audioCodec = QStringLiteral("aac");
    QString pixelFormat = QStringLiteral("yuv420p");
    int sampleRate = 48000;
    int channels = 2;
    QString source = QStringLiteral("testsrc2");  // any lavfi video source
    QStringList extraOutputArgs;  // e.g. {"-metadata:s:v", "rotate=90"}
};

bool makeClip(const QString& path, const ClipSpec& spec = {});

// Runs `ffprobe -show_format -show_streams -of json` and returns the parsed document text.
QByteArray ffprobeJson(const QString& path);

// Path to the reelforge-cli binary under test (from the environment set by CTest).
QString cliPath();

}  // namespace reelforge::testing
