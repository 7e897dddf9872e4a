// libFuzzer target: an invitation link or code as a person types or pastes it on a device
// (app/network/invitationlink, Join and Device kinds). Input: UTF-8 text.
// Oracles besides the sanitizers: every refusal has a plain message; what parse accepts is
// written back by toString to a link that parses to the same service, pin, code and kind.
#include "network/invitationlink.h"

#include <cstdint>
#include <cstdlib>

using namespace samen;

namespace {

void check(const QString &text, InvitationLink::Kind kind)
{
    const auto parsed = kind == InvitationLink::Kind::Device ? InvitationLink::parseDevice(text) : InvitationLink::parse(text);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();
        return;
    }
    const InvitationLink &link = parsed.value();
    if (link.code().isEmpty() || link.kind() != kind)
        std::abort();
    if (!link.hasService())
        return; // a bare code: nothing more to write back
    const auto again = kind == InvitationLink::Kind::Device ? InvitationLink::parseDevice(link.toString()) : InvitationLink::parse(link.toString());
    if (!again || again->service() != link.service() || again->pin() != link.pin() || again->code() != link.code() || again->kind() != kind)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check(text, InvitationLink::Kind::Join);
    check(text, InvitationLink::Kind::Device);
    return 0;
}
