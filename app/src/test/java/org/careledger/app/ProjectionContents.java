package org.careledger.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careledger.query.ProjectionTables;

/**
 * Every row of the tables that projections declare through their {@link ProjectionTables} beans, each row rendered
 * column by column and the rows sorted, so that two copies compare exactly.
 */
final class ProjectionContents {
    private ProjectionContents() {}

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Table name to its sorted rows, for every table of every projection given. */
    static Map<String, List<String>> copy(ConnectionSource database, List<ProjectionTables> projections) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        try (Connection connection = open(database); Statement statement = connection.createStatement()) {
            for (ProjectionTables projection : projections) {
                for (String table : projection.tables()) {
                    contents.put(projection.processingGroup() + "/" + table, rows(statement, table));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not copy the projection tables", e);
        }
        return contents;
    }

    /** The test server is shared and sometimes out of connections for a moment: try again for half a minute. */
    private static Connection open(ConnectionSource database) throws SQLException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return database.open();
            } catch (SQLException e) {
                if (System.nanoTime() > deadline || !"53300".equals(e.getSQLState())) {
                    throw e;
                }
                StandaloneApp.sleep(java.time.Duration.ofMillis(500));
            }
        }
    }

    private static List<String> rows(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    Object value = result.getObject(c);
                    row.append(result.getMetaData().getColumnName(c)).append('=')
                            .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                    : value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value))
                            .append(c < columns ? " | " : "");
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
