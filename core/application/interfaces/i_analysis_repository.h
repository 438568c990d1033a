#pragma once

#include "domain/models/analysis.h"
#include "domain/result.h"

#include <optional>

namespace reelforge::application {

// Identifies one stored analyzer result: the file's content, the analyzer and what it was
// run with. A different version or settings string is a different result.
struct AnalysisKey {
    QString contentHash;  // sha256 of the file, lower-case hex
    QString analyzer;
    int version = 0;
    QString settings;
};

// The analysis cache. store() replaces any result of the same analyzer and settings for that
// content (so results of older versions do not pile up). Safe to call from any thread; every
// write is one transaction. Errors: DatabaseError.
class IAnalysisRepository {
public:
    virtual ~IAnalysisRepository() = default;
    virtual domain::Result<std::optional<domain::Analysis>> find(const AnalysisKey& key) = 0;
    virtual domain::Status store(const AnalysisKey& key, const domain::Analysis& part) = 0;
    // Everything stored for this content, merged (the newest result per analyzer), for views
    // that show what is known without running anything. nullopt when nothing is stored.
    virtual domain::Result<std::optional<domain::Analysis>> latest(const QString& contentHash) = 0;
    virtual domain::Status removeFor(const QString& contentHash) = 0;
};

}  // namespace reelforge::application
