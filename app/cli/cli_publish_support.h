#pragma once

#include "cli/cli_app.h"
#include "wiring/app_context.h"

namespace reelforge::app::cli {

// The account a publish/accounts invocation names: --account NAME, or one made from
// --target with --endpoint/--path (saved under the name "<target> <endpoint>", so running the
// same command again finds the same account and so the same publication).
domain::Result<domain::Account> accountFor(AppContext& context, const Invocation& inv);

// Turns `publish FILE|ARTIFACT_ID --target ... [--title ...]` into an order for the service.
domain::Result<application::PublishOrder> publishOrderFor(AppContext& context, const Invocation& inv);

// Non-secret account settings given on the command line (--region, --bucket, --client-id, ...).
QJsonObject accountSettingsFrom(const Invocation& inv);

}  // namespace reelforge::app::cli
