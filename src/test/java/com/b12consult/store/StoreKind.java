package com.b12consult.store;

/**
 * The two places the data can live, for store tests that run on both: a temporary SQLite file, and a fresh
 * database on the PostgreSQL server named by {@code B12_TEST_PG_URL} ({@link TestServer}).
 */
enum StoreKind {
    SQLITE,
    POSTGRESQL
}
