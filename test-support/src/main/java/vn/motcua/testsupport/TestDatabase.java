package vn.motcua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One database on the shared test PostgreSQL server, with what a JDBC client needs to reach it. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    /** A new plain JDBC connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }
}
