#include "ui/detail/asset_detail_panel.h"

#include "ui/common/format.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace reelforge::ui {

namespace {

QString orUnknown(const QString& text)
{
    return text.isEmpty() ? AssetDetailPanel::tr("Unknown") : text;
}

QString hdrText(const domain::ColorInfo& color)
{
    if (color.transfer == QLatin1String("smpte2084"))
        return AssetDetailPanel::tr("HDR (PQ / HDR10)");
    if (color.transfer == QLatin1String("arib-std-b67"))
        return AssetDetailPanel::tr("HDR (HLG)");
    return AssetDetailPanel::tr("SDR");
}

QString colorText(const domain::ColorInfo& c)
{
    QStringList parts;
    if (!c.space.isEmpty())
        parts << c.space;
    if (!c.primaries.isEmpty() && c.primaries != c.space)
        parts << c.primaries;
    if (!c.transfer.isEmpty() && c.transfer != c.space)
        parts << c.transfer;
    if (c.range == QLatin1String("pc"))
        parts << AssetDetailPanel::tr("full range");
    else if (c.range == QLatin1String("tv"))
        parts << AssetDetailPanel::tr("limited range");
    return parts.isEmpty() ? AssetDetailPanel::tr("Not specified") : parts.join(QStringLiteral(" · "));
}

}  // namespace

AssetDetailPanel::AssetDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_placeholder(new QLabel(tr("Select an item in the library to see its details."), this))
{
    setObjectName(QStringLiteral("assetDetails"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("detail.title"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    m_subtitle->setWordWrap(true);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_placeholder, 1);
    clear();
}

void AssetDetailPanel::clear()
{
    resetContent();
    m_title->hide();
    m_subtitle->hide();
    m_scroll->hide();
    m_placeholder->show();
}

void AssetDetailPanel::showAsset(const domain::MediaAsset& asset)
{
    resetContent();
    const domain::MediaInfo& info = asset.info();
    m_title->setText(asset.title());
    QStringList summary;
    summary << format::duration(info.durationSeconds());
    if (const domain::VideoStream* v = info.primaryVideo())
        summary << format::resolution(v->displayWidth(), v->displayHeight());
    summary << format::bytes(info.sizeBytes);
    m_subtitle->setText(summary.join(QStringLiteral("  ·  ")));

    addFileSection(asset);
    for (std::size_t i = 0; i < info.video.size(); ++i)
        addVideoSection(static_cast<int>(i), info.video[i]);
    for (std::size_t i = 0; i < info.audio.size(); ++i)
        addAudioSection(static_cast<int>(i), info.audio[i]);
    for (std::size_t i = 0; i < info.subtitles.size(); ++i)
        addSubtitleSection(static_cast<int>(i), info.subtitles[i]);
    m_sections->addStretch(1);

    m_placeholder->hide();
    m_title->show();
    m_subtitle->show();
    m_scroll->show();
}

QString AssetDetailPanel::value(const QString& section, const QString& field) const
{
    if (!m_content)
        return {};
    const auto* label = m_content->findChild<QLabel*>(QStringLiteral("detail.%1.%2").arg(section, field));
    return label ? label->text() : QString();
}

void AssetDetailPanel::resetContent()
{
    delete m_content;
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_sections = new QVBoxLayout(m_content);
    m_sections->setContentsMargins(0, 0, 6, 0);
    m_sections->setSpacing(14);
    m_scroll->setWidget(m_content);
}

QGridLayout* AssetDetailPanel::addSection(const QString& title)
{
    auto* heading = new QLabel(title.toUpper(), m_content);
    heading->setProperty("role", QStringLiteral("section"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(5);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(
        0, m_content->fontMetrics().horizontalAdvance(QStringLiteral("Imported from")) + 24);
    auto* box = new QVBoxLayout;
    box->setSpacing(6);
    box->addWidget(heading);
    box->addLayout(grid);
    m_sections->addLayout(box);
    return grid;
}

void AssetDetailPanel::addRow(QGridLayout* grid, const QString& section, const QString& field,
    const QString& label, const QString& value)
{
    auto* key = new QLabel(label, m_content);
    key->setProperty("role", QStringLiteral("key"));
    auto* text = new QLabel(value, m_content);
    text->setObjectName(QStringLiteral("detail.%1.%2").arg(section, field));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    const int row = grid->rowCount();
    grid->addWidget(key, row, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(text, row, 1, Qt::AlignTop);
}

void AssetDetailPanel::addFileSection(const domain::MediaAsset& asset)
{
    const domain::MediaInfo& info = asset.info();
    const QString s = QStringLiteral("file");
    QGridLayout* grid = addSection(tr("File"));
    addRow(grid, s, QStringLiteral("container"), tr("Format"),
        info.container.isEmpty() ? tr("Unknown") : format::containerName(info.container));
    addRow(grid, s, QStringLiteral("duration"), tr("Duration"), format::duration(info.durationSeconds()));
    addRow(grid, s, QStringLiteral("size"), tr("Size"), format::bytes(info.sizeBytes));
    addRow(grid, s, QStringLiteral("bitrate"), tr("Bit rate"), format::bitRate(info.bitRate));
    const QDateTime imported = asset.importedAt().toLocalTime();
    addRow(grid, s, QStringLiteral("imported"), tr("Imported"),
        tr("%1 at %2")
            .arg(QLocale().toString(imported.date(), QLocale::LongFormat),
                QLocale().toString(imported.time(), QLocale::ShortFormat)));
    addRow(grid, s, QStringLiteral("mode"), tr("Storage"),
        asset.mode() == domain::ImportMode::Copy ? tr("Copied into the library")
                                                 : tr("Linked to the original file"));
    // A copy's own path is an internal, content-addressed name: show where it came from.
    addRow(grid, s, QStringLiteral("original"),
        asset.mode() == domain::ImportMode::Copy ? tr("Imported from") : tr("Location"),
        QDir::toNativeSeparators(asset.originalPath()));
}

void AssetDetailPanel::addVideoSection(int number, const domain::VideoStream& v)
{
    const QString s = QStringLiteral("video%1").arg(number);
    QGridLayout* grid = addSection(number == 0 ? tr("Video") : tr("Video %1").arg(number + 1));
    const QString codec = v.profile.isEmpty() ? v.codec : QStringLiteral("%1 (%2)").arg(v.codec, v.profile);
    addRow(grid, s, QStringLiteral("codec"), tr("Codec"), orUnknown(codec));
    addRow(grid, s, QStringLiteral("resolution"), tr("Resolution"),
        format::resolution(v.displayWidth(), v.displayHeight()));
    if (v.rotation != 0) {
        addRow(grid, s, QStringLiteral("rotation"), tr("Rotation"),
            tr("%1° (stored as %2)").arg(v.rotation).arg(format::resolution(v.width, v.height)));
    }
    addRow(grid, s, QStringLiteral("framerate"), tr("Frame rate"), format::frameRate(v.frameRate));
    addRow(grid, s, QStringLiteral("pixelformat"), tr("Pixel format"), orUnknown(v.pixelFormat));
    addRow(grid, s, QStringLiteral("bitdepth"), tr("Bit depth"), tr("%n bit(s)", nullptr, v.color.bitDepth));
    addRow(grid, s, QStringLiteral("color"), tr("Colour"), colorText(v.color));
    addRow(grid, s, QStringLiteral("hdr"), tr("Dynamic range"), hdrText(v.color));
}

void AssetDetailPanel::addAudioSection(int number, const domain::AudioStream& a)
{
    const QString s = QStringLiteral("audio%1").arg(number);
    QGridLayout* grid = addSection(number == 0 ? tr("Audio") : tr("Audio %1").arg(number + 1));
    addRow(grid, s, QStringLiteral("codec"), tr("Codec"), orUnknown(a.codec));
    addRow(grid, s, QStringLiteral("samplerate"), tr("Sample rate"), format::sampleRate(a.sampleRate));
    addRow(
        grid, s, QStringLiteral("channels"), tr("Channels"), format::channels(a.channels, a.channelLayout));
    if (!a.language.isEmpty())
        addRow(grid, s, QStringLiteral("language"), tr("Language"), a.language);
}

void AssetDetailPanel::addSubtitleSection(int number, const domain::SubtitleStream& t)
{
    const QString s = QStringLiteral("subtitle%1").arg(number);
    QGridLayout* grid = addSection(tr("Subtitles %1").arg(number + 1));
    addRow(grid, s, QStringLiteral("codec"), tr("Format"), orUnknown(t.codec));
    addRow(grid, s, QStringLiteral("language"), tr("Language"),
        t.language.isEmpty() ? tr("Not specified") : t.language);
}

}  // namespace reelforge::ui
