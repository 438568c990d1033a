#include "ui/presets/preset_field_text.h"

#include "ui/common/error_text.h"

#include <QCoreApplication>

namespace reelforge::ui {

namespace {

// The context is the one the translation tools file these strings under (the enclosing
// scope), so the translations are found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("reelforge::ui", text);
}

}  // namespace

QString presetFieldText(const QString& field)
{
    if (field == QLatin1String("name"))
        return tr("Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.");
    if (field == QLatin1String("container"))
        return tr("Choose a container.");
    if (field == QLatin1String("extension"))
        return tr("Enter a file extension without a dot, e.g. “mp4”.");
    if (field == QLatin1String("video") || field == QLatin1String("audio"))
        return tr("Keep video, audio or both.");
    if (field == QLatin1String("video.codec"))
        return tr("Enter a video codec, e.g. “h264”.");
    if (field == QLatin1String("video.width") || field == QLatin1String("video.height"))
        return tr("Width and height must both be even numbers up to 16384, or both “Source”.");
    if (field == QLatin1String("video.fit"))
        return tr("Choose how the picture fits the frame.");
    if (field == QLatin1String("video.frameRate"))
        return tr("Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.");
    if (field == QLatin1String("video.crf"))
        return tr("Quality must be between 0 and 63.");
    if (field == QLatin1String("video.bitRate") || field == QLatin1String("video.maxBitRate")
        || field == QLatin1String("audio.bitRate"))
        return tr("Enter a bit rate such as “8M” or “192k”, or leave it empty.");
    if (field == QLatin1String("audio.codec"))
        return tr("Enter an audio codec, e.g. “aac”.");
    if (field == QLatin1String("audio.sampleRate"))
        return tr("The sample rate must be at most 384000 Hz.");
    if (field == QLatin1String("audio.channels"))
        return tr("Use between 1 and 16 channels, or “Source”.");
    return {};
}

QString presetErrorText(const domain::Error& error)
{
    if (error.code == domain::ErrorCode::Duplicate)
        return tr("A built-in preset is called “%1”. Give the preset another name.").arg(error.detail);
    if (error.code != domain::ErrorCode::InvalidArgument)
        return errorText(error.code);
    if (const QString field = presetFieldText(error.detail); !field.isEmpty())
        return tr("This preset is not valid: %1").arg(field);
    return tr("This file is not a valid preset.");
}

}  // namespace reelforge::ui
