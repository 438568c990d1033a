#include "application/services/analysis_registry.h"

namespace reelforge::application {

void AnalysisRegistry::add(const QString& name, Factory factory)
{
    m_factories.emplace_back(name, std::move(factory));
}

QStringList AnalysisRegistry::names() const
{
    QStringList out;
    for (const auto& entry : m_factories)
        out << entry.first;
    return out;
}

domain::Result<std::vector<std::unique_ptr<IAnalyzer>>> AnalysisRegistry::create(
    const AnalysisSettings& settings) const
{
    const QStringList known = names();
    for (const QString& wanted : settings.only) {
        if (!known.contains(wanted)) {
            return domain::fail(domain::ErrorCode::InvalidArgument, QStringLiteral("unknown analyzer"),
                wanted + QStringLiteral(" (known: ") + known.join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
    }
    std::vector<std::unique_ptr<IAnalyzer>> out;
    for (const auto& [name, factory] : m_factories) {
        if (settings.only.isEmpty() || settings.only.contains(name))
            out.push_back(factory(settings));
    }
    return out;
}

}  // namespace reelforge::application
