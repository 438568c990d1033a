#include "domain/models/recipe.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace reelforge::domain {

Status Step::validate() const
{
    static const QRegularExpression kindRe(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!kindRe.match(kind).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("step kind must be lower-case words joined by '-'"), kind);
    return ok();
}

QJsonObject Step::toJson() const
{
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("params"), params } };
}

Result<Step> Step::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("kind")).isString())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("step.kind must be a string"));
    const QJsonValue params = json.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("step.params must be an object"));
    Step step { json.value(QStringLiteral("kind")).toString(), params.toObject() };
    if (Status s = step.validate(); !s)
        return tl::unexpected(s.error());
    return step;
}

Status Recipe::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("recipe name is empty"));
    if (steps.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("recipe has no steps"), name);
    for (const Step& step : steps) {
        if (Status s = step.validate(); !s)
            return s;
    }
    return ok();
}

QJsonObject Recipe::toJson() const
{
    QJsonArray arr;
    for (const Step& step : steps)
        arr.append(step.toJson());
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("steps"), arr } };
}

Result<Recipe> Recipe::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("name")).isString())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("recipe.name must be a string"));
    if (!json.value(QStringLiteral("steps")).isArray())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("recipe.steps must be an array"));
    Recipe recipe { json.value(QStringLiteral("name")).toString(), {} };
    const QJsonArray arr = json.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& v : arr) {
        Result<Step> step = Step::fromJson(v.toObject());
        if (!step)
            return tl::unexpected(step.error());
        recipe.steps.push_back(*step);
    }
    if (Status s = recipe.validate(); !s)
        return tl::unexpected(s.error());
    return recipe;
}

}  // namespace reelforge::domain
