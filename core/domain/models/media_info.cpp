#include "domain/models/media_info.h"

#include <QStringList>

namespace reelforge::domain {

QString Rational::toString() const
{
    return QStringLiteral("%1/%2").arg(num).arg(den);
}

Result<Rational> Rational::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool okNum = false;
    bool okDen = true;
    Rational r;
    r.num = parts.value(0).toLongLong(&okNum);
    if (parts.size() == 2)
        r.den = parts.value(1).toLongLong(&okDen);
    if (parts.size() > 2 || !okNum || !okDen || r.den == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a rational number"), text);
    return r;
}

bool ColorInfo::isHdr() const
{
    return transfer == QLatin1String("smpte2084") || transfer == QLatin1String("arib-std-b67");
}

Status MediaInfo::validate() const
{
    if (video.empty() && audio.empty())
        return fail(ErrorCode::UnsupportedMedia, QStringLiteral("no audio or video stream"));
    if (duration.count() < 0)
        return fail(ErrorCode::MediaUnreadable, QStringLiteral("negative duration"));
    for (const VideoStream& v : video) {
        if (v.width <= 0 || v.height <= 0)
            return fail(ErrorCode::UnsupportedMedia, QStringLiteral("video stream without dimensions"),
                QString::number(v.index));
        if (v.rotation % 90 != 0)
            return fail(ErrorCode::UnsupportedMedia, QStringLiteral("rotation is not a multiple of 90"),
                QString::number(v.rotation));
    }
    for (const AudioStream& a : audio) {
        if (a.sampleRate <= 0 || a.channels <= 0)
            return fail(ErrorCode::UnsupportedMedia, QStringLiteral("audio stream without samples"),
                QString::number(a.index));
    }
    return ok();
}

}  // namespace reelforge::domain
