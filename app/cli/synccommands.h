#pragma once

#include "cli/clicontext.h"
#include "sync/synctls.h"

namespace samen::cli {

class CliArgs;

/** The trust options shared by connect and join: --pin-sha256 HEX and --ca-file PEM. */
Result<SyncTrust> trustFromArgs(const CliArgs &args);
/** Where a pin came from, to say it in a refusal: typed with --pin-sha256, read from an invitation link, or from a next-device link. */
enum class PinSource { Typed, Link, DeviceLink };
/**
 * A pin without a CA file is the trust anchor, as in the app (ServiceProbe): the service's certificate is looked at
 * (GET /healthz only, nothing of the plan is sent); one the system trusts is used as it is, any other is trusted exactly
 * when its public key matches the pin. Permission error in plain words when the key does not match (naming where the
 * pin came from) or the certificate is refused. Without a pin, or with a CA file, trust comes back unchanged.
 */
Result<SyncTrust> anchorOnPin(const QString &service, const SyncTrust &trust, PinSource source);

// samen-cli commands that talk to the case service through SyncClient.
int cmdConnect(CliContext &ctx);
/**
 * connect with these words: --service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], or a
 * next-device LINK (samen://device?service=&pin=&code=, InvitationLink::parseDevice) whose pin is the trust anchor; typed
 * options win over the link's. join hands a next-device link here. Exit code as every command's.
 */
int connectDevice(CliContext &ctx, const QStringList &words);
int cmdSync(CliContext &ctx);
int cmdSyncStatus(CliContext &ctx);
int cmdSyncRetry(CliContext &ctx);
int cmdSyncDiscard(CliContext &ctx);
int cmdDeviceList(CliContext &ctx);
/**
 * samen-cli repair: rebuilds a damaged store (StoreSalvage) and, when connected, fetches the plan from the service again.
 * On a professional's device: each damaged plan of the caseload (or the one given with --plan), the others untouched.
 */
int cmdRepair(CliContext &ctx);

} // namespace samen::cli
