// The QR codes the app shows for invitation links and device codes: read back with
// zbarimg (Debian's zbar-tools), an independent decoder, they give exactly the text.
#include "testdir.h"
#include "ui/people/qrcode.h"
#include "ui/people/qrcodeitem.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>

using samen::app::QrCode;
using samen::app::QrCodeItem;
using samen::test::TestDir;

namespace {

/** What zbarimg reads from the image file (its raw text, without the final newline); empty when it reads nothing. */
QString decode(const QString &png)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    REQUIRE_FALSE(zbarimg.isEmpty()); // scripts/setup installs zbar-tools
    QProcess p;
    p.start(zbarimg, { QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), png });
    REQUIRE(p.waitForFinished(30000));
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

} // namespace

TEST_CASE("An invitation link as a QR code reads back as exactly the link", "[qrcode]")
{
    TestDir dir;
    const QString link
        = QStringLiteral("samen://join?service=https%3A%2F%2F127.0.0.1%3A8443&pin=3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a0c2e4f6b8d0a1c3e5f7b9d&"
                         "code=Yk2n8Qp4Wx7Lr3Tz9Vb6Hc1Jd5Mf0Gs2Ka8Ne4Ru7P");
    auto code = QrCode::encode(link);
    REQUIRE(code);
    CHECK(code->size() >= 21);
    const QString png = dir.file(QStringLiteral("link.png"));
    REQUIRE(code->image(8).save(png, "PNG"));
    CHECK(decode(png) == link);
}

TEST_CASE("The QR item saves what it draws, and a name with letters beyond ASCII survives", "[qrcode]")
{
    TestDir dir;
    QrCodeItem item;
    const QString text = QStringLiteral("André ✓ Zoë");
    item.setText(text);
    REQUIRE(item.valid());
    CHECK(item.error().isEmpty());
    const QString png = dir.file(QStringLiteral("item.png"));
    REQUIRE(item.savePng(png));
    CHECK(decode(png) == text);
}

TEST_CASE("Text that cannot be a QR code is refused in plain words and nothing is drawn", "[qrcode]")
{
    auto empty = QrCode::encode(QString());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == samen::ErrorCode::Validation);

    // Version 40 at level M holds at most 2,331 bytes.
    auto tooLong = QrCode::encode(QString(3000, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("too long")));

    QrCodeItem item;
    item.setText(QString(3000, QLatin1Char('a')));
    CHECK_FALSE(item.valid());
    CHECK_FALSE(item.error().isEmpty());
    TestDir dir;
    CHECK_FALSE(item.savePng(dir.file(QStringLiteral("none.png"))));
}
