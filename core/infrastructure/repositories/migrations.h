#pragma once

#include <QStringList>

#include <vector>

namespace reelforge::infrastructure {

// Numbered schema migrations: entry N (1-based) brings the schema from version N-1 to N.
// Never edit a released entry; append a new one.
const std::vector<QStringList>& schemaMigrations();

}  // namespace reelforge::infrastructure
