package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.MatchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills the duplicate-detection keys of customers written past the application (by SQL: demo
 * data, rows of schemas older than the keys). The keys need OpenCC for Traditional script, which
 * the database does not have.
 */
public final class MatchKeyFill {

    private static final int BATCH = 1_000;

    private MatchKeyFill() {
    }

    /** Fills the keys of the schema's customers that have none; returns how many were filled. */
    public static int fill(Connection connection, String schema) throws SQLException {
        int filled = 0;
        try (PreparedStatement select = connection.prepareStatement(
                     "select id, name, phone from " + schema + ".customer where name_key is null and phone_key is null");
             PreparedStatement update = connection.prepareStatement(
                     "update " + schema + ".customer set name_key = ?, phone_key = ? where id = ?")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setString(1, MatchKeys.name(rows.getString(2)));
                    update.setString(2, MatchKeys.phone(rows.getString(3)));
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    if (++filled % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        return filled;
    }
}
