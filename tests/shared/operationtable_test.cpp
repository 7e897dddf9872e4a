#include "store/operationtable.h"

#include "qtcatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samen;

namespace {

/** The JSON text Qt writes for a value (wrapped in an array, as Qt 6.4 writes only documents). */
QString qtJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

TEST_CASE("A value's JSON text is the text Qt writes, for plain and escaped text alike, and reads back as the value", "[store]")
{
    const QList<QJsonValue> values {
        QStringLiteral("Find work"),
        QString(),
        QStringLiteral("Zoë's plan: “werk” €5 🙂 / <b>"),
        QStringLiteral("a \"quoted\" word"),
        QStringLiteral("back\\slash"),
        QStringLiteral("line\nbreak\ttab\r\b\f"),
        QString(QChar(0x01)) + QStringLiteral("control"),
        QString(QChar(0x7f)),
        QString(QChar(0xd83d)), // a lone surrogate
        true,
        false,
        QJsonValue(QJsonValue::Null),
        3,
        -2.5,
        QJsonArray { 1, QStringLiteral("two") },
        QJsonObject { { QStringLiteral("a"), 1 } },
    };
    for (const QJsonValue &value : values) {
        INFO(qtJson(value).toStdString());
        CHECK(OperationTable::encodeValue(value) == qtJson(value));
        if (!value.toString().contains(QChar(0xd83d)))
            CHECK(OperationTable::decodeValue(OperationTable::encodeValue(value)) == value);
    }
    CHECK(OperationTable::encodeValue(QJsonValue(QJsonValue::Undefined)) == QStringLiteral("null"));
}
