package com.b12consult.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database connection, inside {@link Database#inTransaction} or {@link Database#read}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
