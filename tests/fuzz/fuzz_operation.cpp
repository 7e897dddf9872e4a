// libFuzzer target: the operation codec (shared/sync/operation, hlc), the form every change
// has on the wire and in both stores. Input: one JSON text, as a pushed or pulled operation.
// Oracles besides the sanitizers: what fromJson accepts survives toJson -> fromJson
// unchanged; its clock text is the canonical one (hlc.h: the text form sorts like the
// value, so no other spelling of a clock is taken); ordering is irreflexive.
#include "sync/hlc.h"
#include "sync/operation.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace samen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    Operation op;
    QString why;
    if (!Operation::fromJson(doc.object(), &op, &why)) {
        if (why.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const QJsonObject json = op.toJson();
    Operation again;
    if (!Operation::fromJson(json, &again) || again.toJson() != json)
        std::abort();
    if (again.hlc != op.hlc || again.base != op.base || again.value != op.value)
        std::abort();
    if (op.hlc.toString() != doc.object().value(QStringLiteral("hlc")).toString())
        std::abort(); // a clock in another spelling than its canonical text was taken
    const auto reparsed = Hlc::parse(op.hlc.toString());
    if (!reparsed || *reparsed != op.hlc)
        std::abort();
    if (operationLess(op, again) || operationLess(again, op))
        std::abort();
    return 0;
}
