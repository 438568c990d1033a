#pragma once

#include "domain/models/analysis.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace reelforge::ui {

// The title, description and tags a publish form starts with, guessed from what is known
// about the video: its file name, and, when the video was analysed, its transcript and its
// scenes (as a chapter list in the "0:00 Chapter" form platforms turn into chapters).
struct PublishMetadata {
    QString title;
    QString description;
    QStringList tags;

    static PublishMetadata suggest(const QString& filePath, const std::optional<domain::Analysis>& analysis);
    static QString titleFromFileName(const QString& filePath);  // "my_trip-2024" -> "My trip 2024"
    // "0:00 Chapter 1\n1:05 Chapter 2..." from scene changes at least 10 s apart; empty when
    // fewer than three chapters result (platforms ignore shorter lists).
    static QString chapters(const std::vector<domain::SceneChange>& scenes, domain::Micros duration);
};

}  // namespace reelforge::ui
