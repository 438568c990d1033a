#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace reelforge::domain {

// One processing step of a recipe: a processor kind ("transcode", "cut-silences", ...) and
// its parameters as plain JSON, so a job is a serialisable description any front end can build.
struct Step {
    QString kind;
    QJsonObject params;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<Step> fromJson(const QJsonObject& json);
    friend bool operator==(const Step&, const Step&) = default;
};

struct Recipe {
    QString name;
    std::vector<Step> steps;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<Recipe> fromJson(const QJsonObject& json);
    friend bool operator==(const Recipe&, const Recipe&) = default;
};

}  // namespace reelforge::domain
