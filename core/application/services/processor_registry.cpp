#include "application/services/processor_registry.h"

namespace reelforge::application {

void ProcessorRegistry::add(std::unique_ptr<IProcessorFactory> factory)
{
    m_factories.push_back(std::move(factory));
}

domain::Result<std::unique_ptr<IProcessor>> ProcessorRegistry::select(
    const domain::Step& step, const domain::MediaInfo& input) const
{
    bool kindKnown = false;
    for (const auto& factory : m_factories) {
        if (factory->kind() != step.kind)
            continue;
        kindKnown = true;
        std::unique_ptr<IProcessor> processor = factory->create();
        if (processor->accepts(input))
            return processor;
    }
    if (!kindKnown)
        return domain::fail(
            domain::ErrorCode::InvalidArgument, QStringLiteral("no processor for this step kind"), step.kind);
    return domain::fail(
        domain::ErrorCode::UnsupportedMedia, QStringLiteral("no processor accepts this input"), step.kind);
}

QStringList ProcessorRegistry::kinds() const
{
    QStringList out;
    for (const auto& factory : m_factories)
        if (!out.contains(factory->kind()))
            out << factory->kind();
    return out;
}

}  // namespace reelforge::application
