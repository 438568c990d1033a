#include "ui/presets/preset_editor.h"

#include "ui/presets/preset_field_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace reelforge::ui {

namespace {

struct ContainerChoice {
    const char* container;
    const char* extension;
    const char* label;
};

// Every container a preset may use (domain::Preset::validate), with its usual extension.
constexpr ContainerChoice kContainers[] = {
    { "mp4", "mp4", QT_TRANSLATE_NOOP("PresetEditor", "MP4") },
    { "mov", "mov", QT_TRANSLATE_NOOP("PresetEditor", "QuickTime (MOV)") },
    { "matroska", "mkv", QT_TRANSLATE_NOOP("PresetEditor", "Matroska (MKV)") },
    { "webm", "webm", QT_TRANSLATE_NOOP("PresetEditor", "WebM") },
    { "gif", "gif", QT_TRANSLATE_NOOP("PresetEditor", "Animated GIF") },
    { "mp3", "mp3", QT_TRANSLATE_NOOP("PresetEditor", "MP3 audio") },
    { "ipod", "m4a", QT_TRANSLATE_NOOP("PresetEditor", "M4A audio") },
    { "ogg", "ogg", QT_TRANSLATE_NOOP("PresetEditor", "Ogg") },
    { "wav", "wav", QT_TRANSLATE_NOOP("PresetEditor", "WAV audio") },
};

QString defaultExtension(const QString& container)
{
    for (const ContainerChoice& c : kContainers)
        if (container == QLatin1String(c.container))
            return QString::fromLatin1(c.extension);
    return {};
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString s = part.trimmed(); !s.isEmpty())
            out << s;
    return out;
}

QString bitRateText(std::int64_t bps)
{
    if (bps <= 0)
        return {};
    if (bps % 1000000 == 0)
        return QString::number(bps / 1000000) + QLatin1Char('M');
    if (bps % 1000 == 0)
        return QString::number(bps / 1000) + QLatin1Char('k');
    return QString::number(bps);
}

QComboBox* editableCombo(const QStringList& items, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(items);
    return combo;
}

QSpinBox* spin(int min, int max, const QString& special, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSpecialValueText(special);
    box->setAccelerated(true);
    return box;
}

}  // namespace

PresetEditor::PresetEditor(application::IPresetStore& store, const domain::Preset& preset, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(preset)
{
    setObjectName(QStringLiteral("presetEditor"));
    setWindowTitle(tr("Edit Preset"));
    setMinimumWidth(520);
    buildForm();
    load(preset);
}

QLabel* PresetEditor::addErrorLabel(const QStringList& fields)
{
    auto* label = new QLabel(this);
    label->setProperty("role", QStringLiteral("error"));
    label->setWordWrap(true);
    label->hide();
    label->setObjectName(QStringLiteral("error:") + fields.first());
    for (const QString& field : fields)
        m_errors.insert(field, label);
    return label;
}

void PresetEditor::buildForm()
{
    // Each field widget sits above its own error line, which stays hidden until needed.
    auto row = [this](QFormLayout* form, const QString& text, QWidget* field, const QStringList& fields) {
        auto* cell = new QWidget(this);
        auto* box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(addErrorLabel(fields));
        form->addRow(text, cell);
    };
    auto hbox = [this](std::initializer_list<QWidget*> widgets) {
        auto* w = new QWidget(this);
        auto* l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        for (QWidget* x : widgets)
            l->addWidget(x);
        l->addStretch(1);
        return w;
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerCombo"));
    for (const ContainerChoice& c : kContainers)
        m_container->addItem(tr(c.label), QString::fromLatin1(c.container));
    m_extension = new QLineEdit(this);
    m_extension->setObjectName(QStringLiteral("extensionEdit"));
    m_extension->setMaximumWidth(90);
    auto* general = new QFormLayout;
    row(general, tr("Name:"), m_name, { QStringLiteral("name") });
    row(general, tr("Description:"), m_description, { QStringLiteral("description") });
    row(general, tr("Container:"), m_container, { QStringLiteral("container") });
    row(general, tr("Extension:"), m_extension, { QStringLiteral("extension") });

    m_video = new QGroupBox(tr("Video"), this);
    m_video->setObjectName(QStringLiteral("videoGroup"));
    m_video->setCheckable(true);
    m_videoCodec = editableCombo({ QStringLiteral("h264"), QStringLiteral("hevc"), QStringLiteral("vp9"),
                                     QStringLiteral("av1"), QStringLiteral("prores"), QStringLiteral("gif") },
        this);
    m_videoCodec->setObjectName(QStringLiteral("videoCodecCombo"));
    m_videoEncoders = new QLineEdit(this);
    m_videoEncoders->setObjectName(QStringLiteral("videoEncodersEdit"));
    m_videoEncoders->setPlaceholderText(tr("Any encoder for this codec"));
    m_videoEncoders->setToolTip(tr("Encoders to try in order, separated by commas, e.g. “libx264”"));
    m_width = spin(0, 16384, tr("Source"), this);
    m_width->setObjectName(QStringLiteral("widthSpin"));
    m_height = spin(0, 16384, tr("Source"), this);
    m_height->setObjectName(QStringLiteral("heightSpin"));
    m_fit = new QComboBox(this);
    m_fit->setObjectName(QStringLiteral("fitCombo"));
    m_fit->addItem(tr("Fit inside, add bars"), fitModeName(domain::FitMode::Contain));
    m_fit->addItem(tr("Fill the frame, crop the edges"), fitModeName(domain::FitMode::Cover));
    m_fit->addItem(tr("Fit inside, never add bars"), fitModeName(domain::FitMode::Max));
    m_frameRate = new QLineEdit(this);
    m_frameRate->setObjectName(QStringLiteral("frameRateEdit"));
    m_frameRate->setPlaceholderText(tr("Same as source"));
    m_crf = spin(-1, 63, tr("Off"), this);
    m_crf->setObjectName(QStringLiteral("crfSpin"));
    m_crf->setToolTip(tr("Constant quality: lower is better and bigger. Off uses the bit rate."));
    m_videoBitRate = new QLineEdit(this);
    m_videoBitRate->setObjectName(QStringLiteral("videoBitRateEdit"));
    m_videoBitRate->setPlaceholderText(tr("e.g. 8M"));
    m_speed = new QLineEdit(this);
    m_speed->setObjectName(QStringLiteral("speedEdit"));
    m_speed->setPlaceholderText(tr("Encoder default"));
    m_speed->setToolTip(tr("The encoder's speed preset, e.g. “veryfast”, “medium” or “slow”"));
    m_allowHardware = new QCheckBox(tr("Use a hardware encoder when one is available"), this);
    m_allowHardware->setObjectName(QStringLiteral("allowHardwareCheck"));
    auto* times = new QLabel(QStringLiteral("×"), this);
    auto* video = new QFormLayout(m_video);
    row(video, tr("Codec:"), m_videoCodec, { QStringLiteral("video.codec") });
    row(video, tr("Encoders:"), m_videoEncoders, { QStringLiteral("video.encoders") });
    row(video, tr("Size:"), hbox({ m_width, times, m_height }),
        { QStringLiteral("video.width"), QStringLiteral("video.height") });
    row(video, tr("Fit:"), m_fit, { QStringLiteral("video.fit") });
    row(video, tr("Frame rate:"), m_frameRate, { QStringLiteral("video.frameRate") });
    row(video, tr("Quality (CRF):"), m_crf, { QStringLiteral("video.crf") });
    row(video, tr("Bit rate:"), m_videoBitRate,
        { QStringLiteral("video.bitRate"), QStringLiteral("video.maxBitRate") });
    row(video, tr("Speed:"), m_speed, { QStringLiteral("video.speed") });
    video->addRow(QString(), m_allowHardware);

    m_audio = new QGroupBox(tr("Audio"), this);
    m_audio->setObjectName(QStringLiteral("audioGroup"));
    m_audio->setCheckable(true);
    m_audioCodec = editableCombo(
        { QStringLiteral("aac"), QStringLiteral("mp3"), QStringLiteral("opus"), QStringLiteral("pcm_s16le") },
        this);
    m_audioCodec->setObjectName(QStringLiteral("audioCodecCombo"));
    m_audioBitRate = new QLineEdit(this);
    m_audioBitRate->setObjectName(QStringLiteral("audioBitRateEdit"));
    m_audioBitRate->setPlaceholderText(tr("e.g. 192k"));
    m_sampleRate = spin(0, 384000, tr("Source"), this);
    m_sampleRate->setObjectName(QStringLiteral("sampleRateSpin"));
    m_sampleRate->setSuffix(tr(" Hz"));
    m_channels = spin(0, 16, tr("Source"), this);
    m_channels->setObjectName(QStringLiteral("channelsSpin"));
    auto* audio = new QFormLayout(m_audio);
    row(audio, tr("Codec:"), m_audioCodec, { QStringLiteral("audio.codec") });
    row(audio, tr("Bit rate:"), m_audioBitRate, { QStringLiteral("audio.bitRate") });
    row(audio, tr("Sample rate:"), m_sampleRate, { QStringLiteral("audio.sampleRate") });
    row(audio, tr("Channels:"), m_channels, { QStringLiteral("audio.channels") });

    m_generalError = addErrorLabel({ QStringLiteral("video"), QStringLiteral("audio") });
    m_generalError->setObjectName(QStringLiteral("generalError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setProperty("accent", true);
    saveButton->style()->unpolish(saveButton);
    saveButton->style()->polish(saveButton);
    saveButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(10);
    layout->addLayout(general);
    layout->addWidget(m_video);
    layout->addWidget(m_audio);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_container, &QComboBox::currentIndexChanged, this, &PresetEditor::onContainerChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &PresetEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PresetEditor::load(const domain::Preset& preset)
{
    m_name->setText(preset.name);
    m_description->setText(preset.description);
    m_container->setCurrentIndex(qMax(0, m_container->findData(preset.container)));
    m_lastContainer = preset.container;
    m_extension->setText(preset.extension);
    m_video->setChecked(preset.video.has_value());
    const domain::VideoPreset v = preset.video.value_or(domain::VideoPreset {});
    m_videoCodec->setCurrentText(v.codec);
    m_videoEncoders->setText(v.encoders.join(QStringLiteral(", ")));
    m_width->setValue(v.width);
    m_height->setValue(v.height);
    m_fit->setCurrentIndex(qMax(0, m_fit->findData(fitModeName(v.fit))));
    m_frameRate->setText(v.frameRate.isValid() ? v.frameRate.toString() : QString());
    m_crf->setValue(v.crf);
    m_videoBitRate->setText(bitRateText(v.bitRate));
    m_speed->setText(v.speed);
    m_allowHardware->setChecked(v.allowHardware);
    m_audio->setChecked(preset.audio.has_value());
    const domain::AudioPreset a = preset.audio.value_or(domain::AudioPreset {});
    m_audioCodec->setCurrentText(a.codec);
    m_audioBitRate->setText(bitRateText(a.bitRate));
    m_sampleRate->setValue(a.sampleRate);
    m_channels->setValue(a.channels);
}

void PresetEditor::onContainerChanged()
{
    // Follow the container with the extension unless the creator chose their own.
    const QString container = m_container->currentData().toString();
    if (m_extension->text().trimmed().isEmpty() || m_extension->text() == defaultExtension(m_lastContainer))
        m_extension->setText(defaultExtension(container));
    m_lastContainer = container;
}

QJsonObject PresetEditor::formJson() const
{
    // Starts from the preset's own JSON so that settings without a field here survive.
    QJsonObject o = m_original.toJson();
    o.insert(QStringLiteral("name"), m_name->text().trimmed());
    o.insert(QStringLiteral("description"), m_description->text().trimmed());
    o.insert(QStringLiteral("container"), m_container->currentData().toString());
    o.insert(QStringLiteral("extension"), m_extension->text().trimmed());
    auto setText = [](QJsonObject& into, const QString& key, const QString& text) {
        if (text.trimmed().isEmpty())
            into.remove(key);
        else
            into.insert(key, text.trimmed());
    };
    if (m_video->isChecked()) {
        QJsonObject v = o.value(QStringLiteral("video")).toObject();
        v.insert(QStringLiteral("codec"), m_videoCodec->currentText().trimmed());
        v.insert(QStringLiteral("encoders"), QJsonArray::fromStringList(splitList(m_videoEncoders->text())));
        v.insert(QStringLiteral("width"), m_width->value());
        v.insert(QStringLiteral("height"), m_height->value());
        v.insert(QStringLiteral("fit"), m_fit->currentData().toString());
        const QString rate = m_frameRate->text().trimmed();
        v.insert(QStringLiteral("frameRate"), rate.isEmpty() ? QStringLiteral("source") : rate);
        v.insert(QStringLiteral("crf"), m_crf->value());
        setText(v, QStringLiteral("bitRate"), m_videoBitRate->text());
        v.insert(QStringLiteral("speed"), m_speed->text().trimmed());
        v.insert(QStringLiteral("allowHardware"), m_allowHardware->isChecked());
        o.insert(QStringLiteral("video"), v);
    } else {
        o.remove(QStringLiteral("video"));
    }
    if (m_audio->isChecked()) {
        QJsonObject a = o.value(QStringLiteral("audio")).toObject();
        a.insert(QStringLiteral("codec"), m_audioCodec->currentText().trimmed());
        setText(a, QStringLiteral("bitRate"), m_audioBitRate->text());
        a.insert(QStringLiteral("sampleRate"), m_sampleRate->value());
        a.insert(QStringLiteral("channels"), m_channels->value());
        o.insert(QStringLiteral("audio"), a);
    } else {
        o.remove(QStringLiteral("audio"));
    }
    return o;
}

QString PresetEditor::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void PresetEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void PresetEditor::showError(const domain::Error& error)
{
    QLabel* label = m_errors.value(error.detail, m_generalError);
    const QString field = presetFieldText(error.detail);
    label->setText(field.isEmpty() ? presetErrorText(error) : field);
    label->show();
}

void PresetEditor::save()
{
    clearErrors();
    // The same parsing and rules as an imported preset file: one place decides what is valid.
    auto preset = domain::Preset::fromJson(formJson());
    if (!preset) {
        showError(preset.error());
        return;
    }
    const bool renamed = preset->name != m_original.name;
    if (renamed && m_store.find(preset->name)) {
        m_errors.value(QStringLiteral("name"))->setText(tr("Another preset already has this name."));
        m_errors.value(QStringLiteral("name"))->show();
        return;
    }
    if (domain::Status saved = m_store.save(*preset); !saved) {
        showError(saved.error());
        return;
    }
    if (renamed)
        (void)m_store.remove(m_original.name);  // the new file exists; a stale old one is harmless
    m_savedName = preset->name;
    accept();
}

}  // namespace reelforge::ui
