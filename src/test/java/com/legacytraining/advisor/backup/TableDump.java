package com.legacytraining.advisor.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Every row of every table in a schema, as text, for comparing a database with itself at another time. */
final class TableDump {

    private TableDump() {
    }

    /**
     * Each table (lower-case name) with all its rows, each row every column as name=value, sorted so that the
     * order rows happen to come back in does not matter.
     */
    static Map<String, List<String>> of(DataSource dataSource, String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (var statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select * from \"" + schema + "\".\"" + table + "\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            row.append(columns.getColumnName(column).toLowerCase()).append('=')
                                    .append(text(result, column, columns.getColumnType(column))).append(" | ");
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table.toLowerCase(), rows);
            }
        }
        return tables;
    }

    private static String text(ResultSet result, int column, int type) throws SQLException {
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
            byte[] bytes = result.getBytes(column);
            return bytes == null ? "null" : HexFormat.of().formatHex(bytes);
        }
        String value = result.getString(column);
        return value == null ? "null" : value;
    }
}
