#include "ui/publishing/publish_metadata.h"

#include "ui/common/format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace reelforge::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PublishMetadata)
};

constexpr auto kMinChapter = std::chrono::seconds(10);
constexpr int kMinChapters = 3;
constexpr int kExcerptChars = 280;
constexpr int kMaxTags = 8;

QStringList words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}']+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString excerpt(const QString& text)
{
    if (text.size() <= kExcerptChars)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kExcerptChars);
    if (cut <= 0)
        cut = kExcerptChars;
    return text.left(cut) + QStringLiteral("…");
}

// Words that say what the video is about: long ones the transcript repeats, most frequent first.
QStringList transcriptTags(const QString& text)
{
    std::map<QString, int> counts;
    for (const QString& w : words(text.toLower())) {
        if (w.size() >= 5 && !w.contains(QLatin1Char('\'')))
            ++counts[w];
    }
    std::vector<std::pair<QString, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(
        ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList out;
    for (const auto& [word, count] : ranked) {
        if (count < 2 || out.size() >= kMaxTags)
            break;
        out << word;
    }
    return out;
}

}  // namespace

QString PublishMetadata::titleFromFileName(const QString& filePath)
{
    QString base = QFileInfo(filePath).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[_.]+|(?<=\\S)-(?=\\S)|\\s+")), QStringLiteral(" "));
    base = base.simplified();
    if (!base.isEmpty())
        base[0] = base[0].toUpper();
    return base;
}

QString PublishMetadata::chapters(const std::vector<domain::SceneChange>& scenes, domain::Micros duration)
{
    std::vector<domain::Micros> starts { domain::Micros(0) };
    for (const domain::SceneChange& scene : scenes) {
        if (scene.time - starts.back() >= kMinChapter && duration - scene.time >= kMinChapter)
            starts.push_back(scene.time);
    }
    if (static_cast<int>(starts.size()) < kMinChapters)
        return {};
    QStringList lines;
    for (std::size_t i = 0; i < starts.size(); ++i)
        lines << QStringLiteral("%1 %2").arg(
            format::duration(domain::toSeconds(starts[i])), Text::tr("Part %1").arg(i + 1));
    return lines.join(QLatin1Char('\n'));
}

PublishMetadata PublishMetadata::suggest(
    const QString& filePath, const std::optional<domain::Analysis>& analysis)
{
    PublishMetadata m;
    m.title = titleFromFileName(filePath);
    for (const QString& w : words(m.title.toLower())) {
        if (w.size() >= 3 && !w.front().isDigit() && !m.tags.contains(w))
            m.tags << w;
    }
    if (!analysis)
        return m;
    QStringList parts;
    if (analysis->transcript) {
        const QString text = analysis->transcript->text().simplified();
        if (!text.isEmpty())
            parts << excerpt(text);
        for (const QString& tag : transcriptTags(text)) {
            if (!m.tags.contains(tag) && m.tags.size() < kMaxTags)
                m.tags << tag;
        }
    }
    if (analysis->scenes) {
        if (const QString list = chapters(*analysis->scenes, analysis->duration); !list.isEmpty())
            parts << list;
    }
    m.description = parts.join(QStringLiteral("\n\n"));
    return m;
}

}  // namespace reelforge::ui
