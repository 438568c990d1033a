#pragma once

#include "domain/models/analysis.h"
#include "domain/result.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace reelforge::ui {

// What was said, as text a creator can read and click: paragraphs break at pauses and start
// with their time; clicking a word (or a paragraph's time) asks the player to seek there, and
// the word being spoken is highlighted as the clip plays. "Save captions…" writes the
// transcript as SubRip or WebVTT captions. GUI thread.
class TranscriptPane : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptPane(QWidget* parent = nullptr);

    // nullopt: not analysed (yet); an empty transcript: analysed, nothing recognised.
    void setTranscript(const std::optional<domain::Transcript>& transcript);
    void setPosition(qint64 milliseconds);

    int currentWord() const { return m_current; }  // -1: none
    int wordCount() const { return static_cast<int>(m_ranges.size()); }
    // Where word `index` is drawn, in the text view's viewport coordinates.
    QRect wordRect(int index) const;
    QWidget* textViewport() const;

    // Writes the captions to `path`: WebVTT for a .vtt name, SubRip otherwise.
    domain::Status saveCaptions(const QString& path) const;

signals:
    void seekRequested(qint64 milliseconds);

private:
    struct WordRange {
        int position = 0;  // in the document
        int length = 0;
    };

    void render();
    void onAnchor(const QUrl& url);
    void highlight(int index);
    void chooseCaptionFile();

    QLabel* m_note;
    QTextBrowser* m_text;
    QPushButton* m_save;
    std::optional<domain::Transcript> m_transcript;
    std::vector<WordRange> m_ranges;
    int m_current = -1;
};

}  // namespace reelforge::ui
