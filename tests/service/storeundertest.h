#pragma once

#include "pgcluster.h"
#include "storage/pgservicestore.h"
#include "storage/sqlcipherservicestore.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <memory>

namespace samen::test {

/** A fresh, empty store of the backend under test: SQLCipher in dir, or PostgreSQL (SAMEN_TEST_BACKEND=postgresql) in a fresh database. */
inline std::unique_ptr<service::ServiceStore> openStoreUnderTest(const TestDir &dir)
{
    if (PgCluster::wanted()) {
        PgCluster *cluster = PgCluster::shared();
        INFO(PgCluster::lastError().toStdString());
        REQUIRE(cluster);
        auto pg = service::PgServiceStore::open(cluster->freshDatabase());
        INFO((pg ? QString() : pg.error().message).toStdString());
        REQUIRE(pg);
        return std::move(pg.value());
    }
    auto file = service::SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'k'));
    REQUIRE(file);
    return std::move(file.value());
}

} // namespace samen::test
