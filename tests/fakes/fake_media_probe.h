#pragma once

#include "application/interfaces/i_media_probe.h"
#include "application/interfaces/i_thumbnail_grabber.h"

#include <QFile>
#include <QFileInfo>

#include <functional>

namespace reelforge::testing {

// Treats a file as media when its first bytes are "VIDEO" (a video stream) or "AUDIO" (audio
// only); anything else is NotMedia. onProbe runs after a successful probe (to simulate a file
// vanishing mid-import, say).
class FakeMediaProbe final : public application::IMediaProbe {
public:
    domain::Result<domain::MediaInfo> probe(const QString& path) const override
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return domain::fail(domain::ErrorCode::FileMissing, QStringLiteral("cannot open"), path);
        const QByteArray head = f.read(5);
        domain::MediaInfo info;
        info.container = QStringLiteral("fake");
        info.sizeBytes = f.size();
        info.duration = std::chrono::seconds(3);
        if (head == "VIDEO") {
            domain::VideoStream v;
            v.index = 0;
            v.codec = QStringLiteral("h264");
            v.width = 1920;
            v.height = 1080;
            v.frameRate = { 30, 1 };
            info.video.push_back(v);
        } else if (head != "AUDIO") {
            return domain::fail(domain::ErrorCode::NotMedia, QStringLiteral("not a media file"), path);
        }
        domain::AudioStream a;
        a.index = 1;
        a.codec = QStringLiteral("aac");
        a.sampleRate = 48000;
        a.channels = 2;
        info.audio.push_back(a);
        if (onProbe)
            onProbe(path);
        return info;
    }

    std::function<void(const QString&)> onProbe;
};

class FakeThumbnailGrabber final : public application::IThumbnailGrabber {
public:
    domain::Result<QByteArray> grab(const QString&, const domain::MediaInfo&, int) const override
    {
        return QByteArray("\xFF\xD8\xFF\xE0jpeg", 8);
    }
    domain::Result<QByteArray> grabAt(
        const QString&, const domain::MediaInfo&, std::chrono::microseconds, int) const override
    {
        return QByteArray("\xFF\xD8\xFF\xE0jpeg", 8);
    }
};

}  // namespace reelforge::testing
