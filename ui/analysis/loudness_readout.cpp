#include "ui/analysis/loudness_readout.h"

#include "ui/analysis/analysis_text.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reelforge::ui {

LoudnessReadout::LoudnessReadout(QWidget* parent)
    : QWidget(parent)
    , m_figures(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("loudnessReadout"));
    m_figures->setObjectName(QStringLiteral("loudness.figures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setToolTip(tr("EBU R128: integrated loudness over the whole clip, loudness range "
                             "(how much it varies) and true peak."));
    m_hint->setObjectName(QStringLiteral("loudness.hint"));
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("loudness.warning"));
    m_warning->setProperty("role", QStringLiteral("warning"));
    m_warning->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_figures);
    layout->addWidget(m_hint);
    layout->addWidget(m_warning);
    setLoudness(std::nullopt);
}

void LoudnessReadout::setLoudness(const std::optional<domain::Loudness>& loudness)
{
    if (!loudness) {
        m_figures->clear();
        m_hint->clear();
        m_warning->clear();
        hide();
        return;
    }
    const domain::Loudness& l = *loudness;
    const QString cell = QStringLiteral("<b>%1</b> <span style=\"opacity:0.7\">%2</span>");
    m_figures->setText(QStringList {
        cell.arg(AnalysisText::lufs(l.integratedLufs).toHtmlEscaped(), tr("integrated").toHtmlEscaped()),
        cell.arg(AnalysisText::lu(l.rangeLu).toHtmlEscaped(), tr("range").toHtmlEscaped()),
        cell.arg(AnalysisText::dbtp(l.truePeakDbtp).toHtmlEscaped(), tr("true peak").toHtmlEscaped()) }
                           .join(QStringLiteral(" &nbsp;·&nbsp; ")));
    const QString youtube = AnalysisText::targetHint(l.integratedLufs, { tr("YouTube’s %1"), -14.0 });
    const QString podcasts
        = AnalysisText::targetHint(l.integratedLufs, { tr("the %1 podcasts aim for"), -16.0 });
    m_hint->setText(l.integratedLufs <= domain::Loudness::kSilentLufs
            ? tr("The sound is silent throughout.")
            : QStringLiteral("%1\n%2").arg(youtube, podcasts));
    const QString warning = AnalysisText::truePeakWarning(l.truePeakDbtp);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    show();
}

QString LoudnessReadout::figuresText() const
{
    return m_figures->text();
}

QString LoudnessReadout::hintText() const
{
    return m_hint->text();
}

QString LoudnessReadout::warningText() const
{
    return m_warning->text();
}

}  // namespace reelforge::ui
