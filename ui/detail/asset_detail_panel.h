#pragma once

#include "domain/models/media_asset.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace reelforge::ui {

// Everything the probe found about one asset: the file (container, duration, size, bit
// rate), each video stream (codec and profile, size, frame rate, pixel format, rotation,
// colour, HDR), each audio stream and each subtitle stream. Value labels are named
// "detail.<section>.<field>" (e.g. "detail.video0.resolution") and are selectable.
class AssetDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit AssetDetailPanel(QWidget* parent = nullptr);

    void showAsset(const domain::MediaAsset& asset);
    void clear();
    QString value(const QString& section, const QString& field) const;

private:
    QGridLayout* addSection(const QString& title);
    void addRow(QGridLayout* grid, const QString& section, const QString& field, const QString& label,
        const QString& value);
    void addFileSection(const domain::MediaAsset& asset);
    void addVideoSection(int number, const domain::VideoStream& video);
    void addAudioSection(int number, const domain::AudioStream& audio);
    void addSubtitleSection(int number, const domain::SubtitleStream& subtitle);
    void resetContent();

    QLabel* m_title;
    QLabel* m_subtitle;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_placeholder;
};

}  // namespace reelforge::ui
