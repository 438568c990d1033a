#include "adapters/media/hardware_encoders.h"

#include "adapters/media/av_handles.h"
#include "adapters/media/transcode_handles.h"

#include <QLoggingCategory>

#include <array>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/hwcontext.h>
}

// Detection results are info (QT_LOGGING_RULES="reelforge.transcode.hardware.info=true").
Q_LOGGING_CATEGORY(lcHardware, "reelforge.transcode.hardware", QtWarningMsg)

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

struct Known {
    const char* name;
    const char* codec;
    HardwareApi api;
};

constexpr std::array<Known, 6> kKnown { {
    { "h264_nvenc", "h264", HardwareApi::Nvenc },
    { "hevc_nvenc", "hevc", HardwareApi::Nvenc },
    { "h264_vaapi", "h264", HardwareApi::Vaapi },
    { "hevc_vaapi", "hevc", HardwareApi::Vaapi },
    { "h264_qsv", "h264", HardwareApi::Qsv },
    { "hevc_qsv", "hevc", HardwareApi::Qsv },
} };

AVHWDeviceType deviceType(HardwareApi api)
{
    switch (api) {
    case HardwareApi::Nvenc:
        return AV_HWDEVICE_TYPE_CUDA;
    case HardwareApi::Vaapi:
        return AV_HWDEVICE_TYPE_VAAPI;
    case HardwareApi::Qsv:
        return AV_HWDEVICE_TYPE_QSV;
    }
    return AV_HWDEVICE_TYPE_NONE;
}

// Why an API cannot be used when its device does not open, in the creator's terms.
QString missingDeviceReason(HardwareApi api)
{
    switch (api) {
    case HardwareApi::Nvenc:
        return QStringLiteral("no NVIDIA GPU/driver");
    case HardwareApi::Vaapi:
        return QStringLiteral("no VAAPI device (/dev/dri render node and driver)");
    case HardwareApi::Qsv:
        return QStringLiteral("no Intel Quick Sync device/driver");
    }
    return {};
}

// A device open is the cheap, reliable test: a wrapper without a device or driver can only fail.
BufferRefPtr openDevice(HardwareApi api)
{
    AVBufferRef* raw = nullptr;
    const char* device = api == HardwareApi::Qsv ? "auto" : nullptr;
    if (av_hwdevice_ctx_create(&raw, deviceType(api), device, nullptr, 0) < 0)
        return nullptr;
    return BufferRefPtr(raw);
}

// Opens a small encoder on the device: a driver may exist without support for this codec.
QString trialOpen(const AVCodec& codec, HardwareApi api, AVBufferRef* device)
{
    constexpr int kSize = 256;
    CodecContextPtr ctx(avcodec_alloc_context3(&codec));
    if (!ctx)
        return QStringLiteral("out of memory");
    ctx->width = kSize;
    ctx->height = kSize;
    ctx->time_base = { 1, 25 };
    ctx->framerate = { 25, 1 };
    ctx->pix_fmt = AV_PIX_FMT_YUV420P;
    BufferRefPtr frames;
    if (api == HardwareApi::Qsv) {
        ctx->pix_fmt = AV_PIX_FMT_NV12;
    } else if (api == HardwareApi::Vaapi) {
        frames.reset(av_hwframe_ctx_alloc(device));
        if (!frames)
            return QStringLiteral("out of memory");
        auto* fc = reinterpret_cast<AVHWFramesContext*>(frames->data);
        fc->format = AV_PIX_FMT_VAAPI;
        fc->sw_format = AV_PIX_FMT_NV12;
        fc->width = kSize;
        fc->height = kSize;
        if (const int err = av_hwframe_ctx_init(frames.get()); err < 0)
            return QStringLiteral("cannot allocate VAAPI surfaces: ") + avErrorText(err);
        ctx->pix_fmt = AV_PIX_FMT_VAAPI;
        ctx->hw_frames_ctx = av_buffer_ref(frames.get());
    }
    if (const int err = avcodec_open2(ctx.get(), &codec, nullptr); err < 0)
        return QStringLiteral("the driver refused a trial encode: ") + avErrorText(err);
    return {};
}

const HardwareEncoder* findEncoder(
    const std::vector<HardwareEncoder>& hardware, const QString& codec, HardwareApi api)
{
    for (const HardwareEncoder& e : hardware) {
        if (e.codec == codec && e.api == api)
            return &e;
    }
    return nullptr;
}

std::optional<HardwareApi> forcedApi(HardwareMode mode)
{
    switch (mode) {
    case HardwareMode::Nvenc:
        return HardwareApi::Nvenc;
    case HardwareMode::Vaapi:
        return HardwareApi::Vaapi;
    case HardwareMode::Qsv:
        return HardwareApi::Qsv;
    case HardwareMode::Auto:
    case HardwareMode::Off:
        break;
    }
    return std::nullopt;
}

}  // namespace

QString hardwareApiName(HardwareApi api)
{
    switch (api) {
    case HardwareApi::Nvenc:
        return QStringLiteral("nvenc");
    case HardwareApi::Vaapi:
        return QStringLiteral("vaapi");
    case HardwareApi::Qsv:
        return QStringLiteral("qsv");
    }
    return {};
}

QString hardwareModeName(HardwareMode mode)
{
    if (mode == HardwareMode::Auto)
        return QStringLiteral("auto");
    if (mode == HardwareMode::Off)
        return QStringLiteral("off");
    return hardwareApiName(*forcedApi(mode));
}

domain::Result<HardwareMode> parseHardwareMode(const QString& text)
{
    for (const HardwareMode mode : { HardwareMode::Auto, HardwareMode::Off, HardwareMode::Nvenc,
             HardwareMode::Vaapi, HardwareMode::Qsv }) {
        if (text.compare(hardwareModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return domain::fail(
        ErrorCode::InvalidArgument, QStringLiteral("hardware must be auto, off, nvenc, vaapi or qsv"), text);
}

std::vector<HardwareEncoder> detectHardwareEncoders()
{
    installLibavLogging();
    std::vector<HardwareEncoder> found;
    for (const HardwareApi api : { HardwareApi::Nvenc, HardwareApi::Vaapi, HardwareApi::Qsv }) {
        BufferRefPtr device;  // opened once per API, only if this build has one of its wrappers
        bool deviceTried = false;
        for (const Known& known : kKnown) {
            if (known.api != api)
                continue;
            HardwareEncoder e { known.name, QString::fromLatin1(known.codec), api, false, false, {} };
            const AVCodec* codec = avcodec_find_encoder_by_name(known.name);
            e.compiledIn = codec != nullptr;
            if (!codec) {
                e.reason = QStringLiteral("not compiled into this FFmpeg build");
            } else {
                if (!deviceTried) {
                    device = openDevice(api);
                    deviceTried = true;
                }
                e.reason = device ? trialOpen(*codec, api, device.get()) : missingDeviceReason(api);
                e.usable = e.reason.isEmpty();
            }
            qCInfo(lcHardware).noquote() << known.name << (e.usable ? QStringLiteral("usable") : e.reason);
            found.push_back(e);
        }
    }
    return found;
}

const std::vector<HardwareEncoder>& availableHardwareEncoders()
{
    static const std::vector<HardwareEncoder> cached = detectHardwareEncoders();  // thread-safe init
    return cached;
}

domain::Result<QByteArray> pickSoftwareEncoder(const QString& codec, const QStringList& preferred)
{
    for (const QString& name : preferred) {
        if (avcodec_find_encoder_by_name(name.toUtf8().constData()))
            return name.toUtf8();
    }
    const AVCodecDescriptor* desc = avcodec_descriptor_get_by_name(codec.toUtf8().constData());
    const AVCodec* fallback = desc ? avcodec_find_encoder(desc->id) : nullptr;
    if (!fallback) {
        const QString wanted = preferred.isEmpty() ? codec : preferred.join(QStringLiteral(", "));
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("no %1 encoder in this FFmpeg build (wanted %2)").arg(codec, wanted), wanted);
    }
    return QByteArray(fallback->name);
}

domain::Result<VideoEncoderPick> pickVideoEncoder(const domain::VideoPreset& preset, HardwareMode mode,
    bool allowFallback, const std::vector<HardwareEncoder>& hardware)
{
    if (mode == HardwareMode::Auto && preset.allowHardware) {
        for (const HardwareEncoder& e : hardware) {
            if (e.usable && e.codec == preset.codec)
                return VideoEncoderPick { e.name, e.api, {} };
        }
    }
    QString note;
    if (const auto api = forcedApi(mode)) {
        const HardwareEncoder* e = findEncoder(hardware, preset.codec, *api);
        if (e && e->usable)
            return VideoEncoderPick { e->name, e->api, {} };
        const QString name
            = e ? QString::fromLatin1(e->name) : preset.codec + QLatin1Char('_') + hardwareApiName(*api);
        const QString why = e
            ? e->reason
            : QStringLiteral("FFmpeg has no %1 encoder for %2").arg(hardwareApiName(*api), preset.codec);
        note = QStringLiteral("%1 is not available on this machine: %2").arg(name, why);
        if (!allowFallback)
            return domain::fail(ErrorCode::UnsupportedCodec, note, name);
    }
    auto software = pickSoftwareEncoder(preset.codec, preset.encoders);
    if (!software)
        return tl::unexpected(software.error());
    if (!note.isEmpty())
        note += QStringLiteral("; using %1 instead").arg(QString::fromLatin1(*software));
    return VideoEncoderPick { *software, std::nullopt, note };
}

}  // namespace reelforge::adapters
