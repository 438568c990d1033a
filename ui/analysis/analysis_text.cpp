#include "ui/analysis/analysis_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace reelforge::ui {

namespace {

// The locale's number with a typographic minus, as loudness meters print it.
QString number(double value, int decimals)
{
    QString text = QLocale().toString(std::abs(value), 'f', decimals);
    if (value < 0 && text != QLocale().toString(0.0, 'f', decimals))
        text.prepend(QChar(0x2212));
    return text;
}

}  // namespace

QString AnalysisText::preciseTime(domain::Micros t)
{
    const qint64 centis = std::max<qint64>(0, (t.count() + 5000) / 10000);
    const qint64 seconds = centis / 100;
    const QString fraction = QStringLiteral("%1").arg(centis % 100, 2, 10, QLatin1Char('0'));
    const QString sep = QLocale().decimalPoint();
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3%4%5")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            .arg(sep, fraction);
    return QStringLiteral("%1:%2%3%4")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(sep, fraction);
}

QString AnalysisText::lufs(double value)
{
    if (value <= domain::Loudness::kSilentLufs)
        return tr("silent");
    return tr("%1 LUFS").arg(number(value, 1));
}

QString AnalysisText::lu(double value)
{
    return tr("%1 LU").arg(number(value, 1));
}

QString AnalysisText::dbtp(double value)
{
    if (value <= domain::Loudness::kSilentLufs)
        return tr("silent");
    return tr("%1 dBTP").arg(number(value, 1));
}

QString AnalysisText::targetHint(double integratedLufs, const LoudnessTarget& target)
{
    const bool whole = std::abs(target.lufs - std::round(target.lufs)) < 0.05;
    const QString goal = target.name.arg(tr("%1 LUFS").arg(number(target.lufs, whole ? 0 : 1)));
    if (integratedLufs <= domain::Loudness::kSilentLufs)
        return tr("Silent: nothing to compare with %1").arg(goal);
    const double difference = integratedLufs - target.lufs;
    if (std::abs(difference) < 0.5)
        return tr("On target for %1").arg(goal);
    if (difference < 0)
        return tr("%1 quieter than %2").arg(lu(-difference), goal);
    return tr("%1 louder than %2").arg(lu(difference), goal);
}

QString AnalysisText::truePeakWarning(double truePeakDbtp)
{
    if (truePeakDbtp <= -1.0)
        return {};
    return tr("True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.")
        .arg(dbtp(truePeakDbtp));
}

}  // namespace reelforge::ui
