// The secrets the service hands out (invitation, next-device and enrolment codes, tokens): usable on a command line.
#include "security/crypto.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace samen::service;

TEST_CASE("A random secret is 43 base64url characters and never starts with '-', so samen-cli never reads a code as an option", "[service][crypto]")
{
    // One secret in 64 began with '-' before (samen-cli join CODE then said "Unknown option"); 4,000 draws would show
    // one with near certainty ((63/64)^4000 < 1e-27).
    const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]{42}$"));
    for (int i = 0; i < 4000; ++i) {
        const QString secret = Crypto::randomSecret();
        INFO(secret.toStdString());
        REQUIRE(form.match(secret).hasMatch());
    }
}
