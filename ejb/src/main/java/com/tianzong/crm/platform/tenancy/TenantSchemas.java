package com.tianzong.crm.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Schema-level operations on a tenant's schema; the schema name only ever comes from a {@link TenantCode}. */
@ApplicationScoped
public class TenantSchemas {

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    public void drop(TenantCode tenant) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + quoted(tenant) + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema of tenant " + tenant, e);
        }
    }

    /** The quoted identifier; {@link TenantCode} guarantees it holds only [a-z0-9_]. */
    static String quoted(TenantCode tenant) {
        return '"' + tenant.schemaName() + '"';
    }
}
