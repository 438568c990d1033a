#pragma once

#include "application/interfaces/i_processor_factory.h"

#include <memory>
#include <vector>

namespace reelforge::application {

// Chooses the processing strategy for a step at run time: among the factories registered
// for the step's kind, in registration order, the first whose processor accepts the input
// (so an audio-only input can get the audio path while video gets the video path).
// Filled once by the composition root, then read-only: safe to use from any thread.
class ProcessorRegistry {
public:
    void add(std::unique_ptr<IProcessorFactory> factory);
    domain::Result<std::unique_ptr<IProcessor>> select(
        const domain::Step& step, const domain::MediaInfo& input) const;
    QStringList kinds() const;

private:
    std::vector<std::unique_ptr<IProcessorFactory>> m_factories;
};

}  // namespace reelforge::application
