#include "integration/analysis_support.h"

#include <QFileInfo>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;

// Faces on a photo with a known face (OpenCV's own sample, package opencv-doc) and on a
// clip that moves that face across the frame (ground truth from the overlay position);
// thumbnails that prefer a sharp, well exposed frame with a face to black, blurred or
// washed-out ones.
class TestAnalysisFaces final : public QObject {
    Q_OBJECT

    static constexpr const char* kPhoto = "/usr/share/doc/opencv-doc/examples/data/messi5.jpg";
    // The face in messi5.jpg (548 x 342), pixels.
    static constexpr double kFaceX = 227, kFaceY = 93, kFaceW = 38, kFaceH = 38;
    static constexpr double kPhotoW = 548, kPhotoH = 342;

    QTemporaryDir m_dir;

    static double iou(const domain::FaceBox& a, double x, double y, double w, double h)
    {
        const double ix = std::max(0.0, std::min(a.x + a.w, x + w) - std::max(a.x, x));
        const double iy = std::max(0.0, std::min(a.y + a.h, y + h) - std::max(a.y, y));
        const double inter = ix * iy;
        return inter / (a.w * a.h + w * h - inter);
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QString::fromLatin1(kPhoto)))
            QSKIP("the face photo comes with the opencv-doc package (./dev deps test)");
    }

    void findsTheFaceInAPhoto()
    {
        const QString clip = m_dir.filePath(QStringLiteral("photo.mp4"));
        QVERIFY(runFfmpeg({ QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-i"),
            QString::fromLatin1(kPhoto), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-r"),
            QStringLiteral("25"), QStringLiteral("-vf"), QStringLiteral("format=yuv420p"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("faces") });
        QVERIFY(outcome && outcome->analysis.faces && !outcome->analysis.faces->empty());
        const auto& first = outcome->analysis.faces->front();
        double best = 0.0;
        for (const auto& b : first.boxes)
            best = std::max(
                best, iou(b, kFaceX / kPhotoW, kFaceY / kPhotoH, kFaceW / kPhotoW, kFaceH / kPhotoH));
        qInfo() << "photo: boxes" << first.boxes.size() << "best IoU with the known face" << best;
        QVERIFY(best >= 0.4);
        QVERIFY(first.boxes.size() <= 2);
    }

    void followsAFaceMovingAcrossTheFrame()
    {
        // The face region, doubled, slides across a busy 640x360 background at 120 px/s
        // (testsrc2: unlike gradients, the same picture on every run, seed or not).
        const QString clip = m_dir.filePath(QStringLiteral("moving.mp4"));
        const int cropX = 200, cropY = 70, scale = 2, y = 100;
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=640x360:rate=25"), QStringLiteral("-loop"), QStringLiteral("1"),
            QStringLiteral("-i"), QString::fromLatin1(kPhoto), QStringLiteral("-filter_complex"),
            QStringLiteral(
                "[1]crop=90:80:%1:%2,scale=180:160[f];[0][f]overlay=x='20+120*t':y=%3,format=yuv420p")
                .arg(cropX)
                .arg(cropY)
                .arg(y),
            QStringLiteral("-t"), QStringLiteral("4"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
            QStringLiteral("-preset"), QStringLiteral("ultrafast"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("faces") });
        QVERIFY(outcome && outcome->analysis.faces);
        int hits = 0;
        for (const auto& sample : *outcome->analysis.faces) {
            const double t = domain::toSeconds(sample.time);
            const double fx = (20 + 120 * t + (kFaceX - cropX) * scale) / 640.0;
            const double fy = (y + (kFaceY - cropY) * scale) / 360.0;
            bool hit = false;
            for (const auto& b : sample.boxes)
                hit = hit || iou(b, fx, fy, kFaceW * scale / 640.0, kFaceH * scale / 360.0) >= 0.4;
            hits += hit ? 1 : 0;
        }
        const double recall
            = static_cast<double>(hits) / static_cast<double>(outcome->analysis.faces->size());
        qInfo() << "moving face: recall" << recall << "over" << outcome->analysis.faces->size()
                << "sampled times";
        QVERIFY(outcome->analysis.faces->size() >= 18);  // every 200 ms
        QVERIFY(recall >= 0.9);
    }

    void thumbnailsPreferASharpFaceToBlackBlurredOrWashedOutFrames()
    {
        const QString clip = m_dir.filePath(QStringLiteral("thumbs.mp4"));
        const QString photo = QStringLiteral(
            "[2]scale=640:360,setsar=1,fps=25,trim=duration=3,setpts=PTS-STARTPTS,format=yuv420p[face];");
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("color=black:size=640x360:rate=25:d=3"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=640x360:rate=25:d=3"), QStringLiteral("-loop"), QStringLiteral("1"),
            QStringLiteral("-i"), QString::fromLatin1(kPhoto), QStringLiteral("-filter_complex"),
            photo
                + QStringLiteral(
                    "[1]boxblur=20,format=yuv420p[blur];[1]eq=brightness=0.6,format=yuv420p[white];"
                    "[0]format=yuv420p[black];[black][blur][face][white]concat=n=4:v=1:a=0"),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
            QStringLiteral("ultrafast"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("thumbnails") });
        QVERIFY(outcome && outcome->analysis.thumbnails && !outcome->analysis.thumbnails->empty());
        const double best = domain::toSeconds(outcome->analysis.thumbnails->front().time);
        qInfo() << "best thumbnail at" << best << "s, score" << outcome->analysis.thumbnails->front().score;
        QVERIFY(best >= 6.0 && best < 9.0);  // the face segment
    }
};

QTEST_GUILESS_MAIN(TestAnalysisFaces)
#include "test_analysis_faces.moc"
