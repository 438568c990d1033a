#include "ui/analysis/transcript_pane.h"

#include "domain/models/analysis_captions.h"
#include "ui/analysis/analysis_text.h"
#include "ui/common/error_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace reelforge::ui {

namespace {

// A pause this long between words starts a new paragraph.
constexpr domain::Micros kParagraphPause { 1200000 };
// Words the recogniser was unsure of are drawn fainter.
constexpr double kUnsure = 0.4;

const QString kWordScheme = QStringLiteral("word");

}  // namespace

TranscriptPane::TranscriptPane(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save captions…"), this))
{
    setObjectName(QStringLiteral("transcriptPane"));
    m_note->setObjectName(QStringLiteral("transcript.note"));
    m_note->setProperty("role", QStringLiteral("muted"));
    m_note->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("transcriptText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(8);
    m_save->setObjectName(QStringLiteral("transcript.save"));
    m_save->setToolTip(tr("Write the transcript as captions (SubRip .srt or WebVTT .vtt)"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_note, 1);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    connect(m_text, &QTextBrowser::anchorClicked, this, &TranscriptPane::onAnchor);
    connect(m_save, &QPushButton::clicked, this, &TranscriptPane::chooseCaptionFile);
    setTranscript(std::nullopt);
}

void TranscriptPane::setTranscript(const std::optional<domain::Transcript>& transcript)
{
    m_transcript = transcript;
    m_current = -1;
    render();
}

void TranscriptPane::render()
{
    m_ranges.clear();
    const bool hasWords = m_transcript && !m_transcript->words.empty();
    m_save->setEnabled(hasWords);
    m_text->setVisible(hasWords);
    if (!m_transcript) {
        m_note->setText(tr("Analyze this video to see what is said in it."));
        m_text->clear();
        return;
    }
    if (!hasWords) {
        m_note->setText(tr("No speech was recognised."));
        m_text->clear();
        return;
    }
    m_note->setText(tr("Recognised automatically: some words may be wrong. Click a word to jump to it."));

    const QColor muted = palette().color(QPalette::Mid);
    QString html = QStringLiteral("<html><body style=\"line-height:140%\">");
    const auto& words = m_transcript->words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const domain::TranscriptWord& w = words[i];
        const bool paragraph = i == 0 || w.start - words[i - 1].end >= kParagraphPause;
        if (paragraph) {
            if (i > 0)
                html += QStringLiteral("</p>");
            html += QStringLiteral(
                "<p><a href=\"%1:%2\" style=\"color:%3;text-decoration:none\">%4</a>&nbsp;&nbsp;")
                        .arg(kWordScheme)
                        .arg(i)
                        .arg(muted.name(), AnalysisText::preciseTime(w.start).chopped(3).toHtmlEscaped());
        } else {
            html += QLatin1Char(' ');
        }
        const QString colour = w.confidence < kUnsure ? muted.name() : palette().color(QPalette::Text).name();
        html
            += QStringLiteral("<a name=\"w%1\" href=\"%2:%1\" style=\"color:%3;text-decoration:none\">%4</a>")
                   .arg(i)
                   .arg(kWordScheme, colour, w.word.toHtmlEscaped());
    }
    html += QStringLiteral("</p></body></html>");
    m_text->setHtml(html);

    // Find each word in the laid-out document, for highlighting and hit rectangles. The
    // paragraph times are anchors too, but not named ones.
    m_ranges.assign(words.size(), {});
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            if (names.isEmpty() || !names.first().startsWith(QLatin1Char('w')))
                continue;
            bool ok = false;
            const int index = names.first().mid(1).toInt(&ok);
            if (ok && index >= 0 && index < static_cast<int>(m_ranges.size()))
                m_ranges[static_cast<std::size_t>(index)] = { fragment.position(), fragment.length() };
        }
    }
}

void TranscriptPane::setPosition(qint64 milliseconds)
{
    if (!m_transcript || m_transcript->words.empty())
        return;
    const domain::Micros at(milliseconds * 1000);
    const auto& words = m_transcript->words;
    // The last word that has started; it stays lit through the short gap after it.
    const auto next = std::upper_bound(words.begin(), words.end(), at,
        [](domain::Micros t, const domain::TranscriptWord& w) { return t < w.start; });
    int index = -1;
    if (next != words.begin()) {
        const auto& word = *std::prev(next);
        if (at <= word.end + domain::Micros(300000))
            index = static_cast<int>(std::distance(words.begin(), next)) - 1;
    }
    highlight(index);
}

void TranscriptPane::highlight(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    QList<QTextEdit::ExtraSelection> selections;
    if (index >= 0 && index < static_cast<int>(m_ranges.size())) {
        const WordRange& r = m_ranges[static_cast<std::size_t>(index)];
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(r.position);
        s.cursor.setPosition(r.position + r.length, QTextCursor::KeepAnchor);
        QColor back = palette().color(QPalette::Highlight);
        back.setAlphaF(0.35F);
        s.format.setBackground(back);
        selections << s;
        // Keep the spoken word in view as the clip plays.
        const QRect rect = wordRect(index);
        if (!m_text->viewport()->rect().contains(rect))
            m_text->verticalScrollBar()->setValue(
                m_text->verticalScrollBar()->value() + rect.top() - m_text->viewport()->height() / 3);
    }
    m_text->setExtraSelections(selections);
}

QRect TranscriptPane::wordRect(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_ranges.size()))
        return {};
    const WordRange& r = m_ranges[static_cast<std::size_t>(index)];
    QTextCursor first(m_text->document());
    first.setPosition(r.position);
    QTextCursor last(m_text->document());
    last.setPosition(r.position + r.length);
    return m_text->cursorRect(first).united(m_text->cursorRect(last));
}

QWidget* TranscriptPane::textViewport() const
{
    return m_text->viewport();
}

void TranscriptPane::onAnchor(const QUrl& url)
{
    if (url.scheme() != kWordScheme || !m_transcript)
        return;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (!ok || index < 0 || index >= static_cast<int>(m_transcript->words.size()))
        return;
    const domain::Micros start = m_transcript->words[static_cast<std::size_t>(index)].start;
    highlight(index);
    emit seekRequested((start.count() + 500) / 1000);
}

domain::Status TranscriptPane::saveCaptions(const QString& path) const
{
    if (!m_transcript || m_transcript->words.empty())
        return domain::fail(domain::ErrorCode::InvalidArgument, QStringLiteral("no transcript"));
    const auto cues = domain::captionCues(*m_transcript);
    const bool vtt = QFileInfo(path).suffix().compare(QLatin1String("vtt"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = (vtt ? domain::toWebVtt(cues) : domain::toSrt(cues)).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return domain::fail(domain::ErrorCode::IoError, file.errorString(), path);
    return domain::ok();
}

void TranscriptPane::chooseCaptionFile()
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("captions/lastFolder"),
                                   QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
                               .toString();
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Captions"), QDir(folder).filePath(tr("captions.srt")),
            tr("SubRip captions (*.srt);;WebVTT captions (*.vtt)"), &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("captions/lastFolder"), QFileInfo(path).absolutePath());
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += selected.contains(QLatin1String(".vtt")) ? QStringLiteral(".vtt") : QStringLiteral(".srt");
    if (const domain::Status saved = saveCaptions(target); !saved)
        QMessageBox::warning(this, tr("Save Captions"),
            tr("The captions could not be saved: %1").arg(errorText(saved.error().code)));
}

}  // namespace reelforge::ui
