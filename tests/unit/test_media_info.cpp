#include "domain/models/media_info.h"

#include <QTest>

using namespace reelforge::domain;

class TestMediaInfo final : public QObject {
    Q_OBJECT

    static MediaInfo video1080p()
    {
        MediaInfo info;
        info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
        info.duration = std::chrono::milliseconds(12'500);
        VideoStream v;
        v.index = 0;
        v.codec = QStringLiteral("h264");
        v.width = 1920;
        v.height = 1080;
        v.frameRate = { 30000, 1001 };
        info.video.push_back(v);
        return info;
    }

private slots:
    void rationalParsesAndPrintsExactly()
    {
        const Rational ntsc = *Rational::parse(QStringLiteral("30000/1001"));
        QCOMPARE(ntsc.num, 30000);
        QCOMPARE(ntsc.den, 1001);
        QCOMPARE(ntsc.toString(), QStringLiteral("30000/1001"));
        QVERIFY(qAbs(ntsc.toDouble() - 29.97003) < 1e-5);
        QCOMPARE(Rational::parse(QStringLiteral("25"))->toString(), QStringLiteral("25/1"));
        QVERIFY(!Rational::parse(QStringLiteral("1/0")));
        QVERIFY(!Rational::parse(QStringLiteral("abc")));
        QVERIFY(!Rational::parse(QStringLiteral("1/2/3")));
    }

    void validVideoPasses()
    {
        const MediaInfo info = video1080p();
        QVERIFY(info.validate());
        QCOMPARE(info.durationSeconds(), 12.5);
        QVERIFY(info.hasVideo());
        QVERIFY(!info.hasAudio());
    }

    void noStreamsIsUnsupported()
    {
        MediaInfo info;
        QCOMPARE(info.validate().error().code, ErrorCode::UnsupportedMedia);
    }

    void videoWithoutSizeOrAudioWithoutRateIsRejected()
    {
        MediaInfo info = video1080p();
        info.video[0].width = 0;
        QVERIFY(!info.validate());
        MediaInfo audio;
        audio.audio.push_back(AudioStream { 1, QStringLiteral("aac"), 0, 2, QStringLiteral("stereo"), {} });
        QVERIFY(!audio.validate());
        audio.audio[0].sampleRate = 48000;
        QVERIFY(audio.validate());
    }

    void rotationSwapsTheDisplaySize()
    {
        MediaInfo info = video1080p();
        info.video[0].rotation = 90;
        QVERIFY(info.validate());
        QCOMPARE(info.video[0].displayWidth(), 1080);
        QCOMPARE(info.video[0].displayHeight(), 1920);
        info.video[0].rotation = 45;
        QVERIFY(!info.validate());
    }

    void hdrIsRecognisedFromTheTransfer()
    {
        ColorInfo c;
        c.transfer = QStringLiteral("smpte2084");
        QVERIFY(c.isHdr());
        c.transfer = QStringLiteral("arib-std-b67");
        QVERIFY(c.isHdr());
        c.transfer = QStringLiteral("bt709");
        QVERIFY(!c.isHdr());
    }
};

QTEST_GUILESS_MAIN(TestMediaInfo)
#include "test_media_info.moc"
