package io.phonebinding.it;

import java.sql.Connection;
import java.sql.SQLException;

/** A server's database, opened straight over JDBC, as the operator's backup would see it. */
interface Database {

  Connection database() throws SQLException;
}
