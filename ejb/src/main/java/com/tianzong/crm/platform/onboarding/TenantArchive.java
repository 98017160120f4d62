package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.operator.OperatorAudit;
import com.tianzong.crm.platform.operator.OperatorAuditEntry;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantSchemas;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A tenant's data as one archive (TEN-01): a manifest (the company, its schema version) and one
 * CSV file per table, written and read with PostgreSQL's COPY. Importing creates a new tenant
 * under another code: its schema at the archive's version, every table filled in one
 * transaction (parents before children), identities continued, then migrated to this release.
 * Anything wrong leaves no tenant behind. Both are written to the operator audit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantArchive {

    private static final Logger LOG = Logger.getLogger(TenantArchive.class.getName());
    static final String FORMAT = "1";
    private static final String MANIFEST = "manifest.properties";
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "demo_data_history");

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantSchemas schemas;

    @EJB
    TenantRegistry registry;

    @EJB
    OperatorAudit audit;

    /** Writes the tenant's archive (a zip) to {@code out}. */
    public void export(String code, OutputStream out, String operator) throws IOException {
        TenantCode tenant = TenantCode.parse(code).filter(c -> registry.find(c).isPresent())
                .orElseThrow(() -> new BusinessRuleException("tenant.notFound", "code"));
        Tenant registered = registry.find(tenant).orElseThrow();
        String schema = tenant.schemaName();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = loadOrder(connection, schema);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("code", tenant.value());
            manifest.setProperty("name", registered.getName());
            manifest.setProperty("plan", registered.getPlan());
            manifest.setProperty("schemaVersion", migrations.versionOf(tenant).orElseThrow());
            manifest.setProperty("exportedAt", Instant.now().toString());
            manifest.setProperty("tables", String.join(",", tables));
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8), "Tianzong CRM tenant archive");
            zip.closeEntry();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry(table + ".csv"));
                copy.copyOut("COPY (" + selectInLoadOrder(connection, schema, table) + ") TO STDOUT WITH (FORMAT csv, HEADER true)", zip);
                zip.closeEntry();
            }
            zip.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("Export of tenant " + tenant + " failed", e);
        }
        audit.record(operator, OperatorAuditEntry.Action.EXPORT, tenant.value(), registered.getName());
    }

    /** Restores an archive as a new tenant with the given code and name; returns the new tenant. */
    public Tenant importAs(InputStream archive, String newCode, String newName, String operator) throws IOException {
        TenantCode tenant = TenantCode.parse(newCode).orElseThrow(() -> new BusinessRuleException("tenant.code.invalid", "code"));
        if (registry.find(tenant).isPresent()) {
            throw new BusinessRuleException("tenant.code.taken", "code", tenant.value());
        }
        Map<String, byte[]> files = unzip(archive);
        Properties manifest = new Properties();
        if (!files.containsKey(MANIFEST)) {
            throw new BusinessRuleException("archive.invalid", null);
        }
        manifest.load(new java.io.InputStreamReader(new ByteArrayInputStream(files.get(MANIFEST)), StandardCharsets.UTF_8));
        if (!FORMAT.equals(manifest.getProperty("format")) || manifest.getProperty("schemaVersion") == null) {
            throw new BusinessRuleException("archive.invalid", null);
        }
        String name = newName == null || newName.isBlank() ? manifest.getProperty("name", tenant.value()) : newName.strip();
        registry.register(tenant, name, manifest.getProperty("plan", "STANDARD"));
        try {
            migrations.migrateTenantTo(tenant, manifest.getProperty("schemaVersion"));
            load(tenant.schemaName(), List.of(manifest.getProperty("tables", "").split(",")), files);
            migrations.migrateTenant(tenant);
            registry.activate(tenant);
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Import of an archive as tenant " + tenant + " failed; removing what was created", e);
            schemas.drop(tenant);
            registry.remove(tenant);
            throw e instanceof BusinessRuleException rule ? rule : new BusinessRuleException("archive.invalid", null);
        }
        audit.record(operator, OperatorAuditEntry.Action.IMPORT, tenant.value(),
                "from " + manifest.getProperty("code") + " (" + manifest.getProperty("exportedAt") + ")");
        return registry.find(tenant).orElseThrow();
    }

    private void load(String schema, List<String> tables, Map<String, byte[]> files) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Set<String> present = new LinkedHashSet<>(loadOrder(connection, schema));
                for (String table : tables) {
                    if (!present.contains(table) || !files.containsKey(table + ".csv")) {
                        throw new BusinessRuleException("archive.invalid", null);
                    }
                }
                // the new schema's own default data makes way for the archive's
                List<String> reversed = new ArrayList<>(tables);
                java.util.Collections.reverse(reversed);
                try (Statement statement = connection.createStatement()) {
                    for (String table : reversed) {
                        statement.execute("delete from " + quoted(schema, table));
                    }
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    byte[] csv = files.get(table + ".csv");
                    String header = new String(csv, 0, firstLineEnd(csv), StandardCharsets.UTF_8);
                    List<String> columns = columns(connection, schema, table);
                    for (String column : header.split(",")) {
                        if (!columns.contains(column.replace("\"", ""))) {
                            throw new BusinessRuleException("archive.invalid", null);
                        }
                    }
                    copy.copyIn("COPY " + quoted(schema, table) + " (" + quotedColumns(header) + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
                            new ByteArrayInputStream(csv));
                    if (columns.contains("id")) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("select setval(pg_get_serial_sequence('" + quoted(schema, table).replace("'", "''")
                                    + "', 'id'), coalesce(max(id), 0) + 1, false) from " + quoted(schema, table));
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The schema's data tables, every table after the tables it refers to. */
    private static List<String> loadOrder(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' order by table_name")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!NOT_DATA.contains(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct tc.table_name, ccu.table_name from information_schema.table_constraints tc"
                        + " join information_schema.constraint_column_usage ccu"
                        + " on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema"
                        + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(1).equals(rows.getString(2))) {
                        refersTo.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>()).add(rows.getString(2));
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, refersTo, ordered, visiting);
        }
        ordered.retainAll(tables);
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> refersTo, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String parent : refersTo.getOrDefault(table, Set.of())) {
            visit(parent, refersTo, ordered, visiting);
        }
        ordered.add(table);
    }

    /** The table's rows, parents before children where the table refers to itself (a department tree). */
    private static String selectInLoadOrder(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = columns(connection, schema, table);
        String list = String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
        String self = selfReference(connection, schema, table);
        if (self == null) {
            return "select " + list + " from " + quoted(schema, table) + (columns.contains("id") ? " order by id" : "");
        }
        String prefixed = String.join(", ", columns.stream().map(c -> "c.\"" + c + "\"").toList());
        return "with recursive tree as (select " + list + ", 0 as tz_depth from " + quoted(schema, table)
                + " where \"" + self + "\" is null union all select " + prefixed + ", tree.tz_depth + 1 from "
                + quoted(schema, table) + " c join tree on c.\"" + self + "\" = tree.id) select " + list
                + " from tree order by tz_depth, id";
    }

    private static String selfReference(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select kcu.column_name from information_schema.table_constraints tc"
                        + " join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name"
                        + " and kcu.constraint_schema = tc.constraint_schema"
                        + " join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name"
                        + " and ccu.constraint_schema = tc.constraint_schema"
                        + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = ? and tc.table_name = ?"
                        + " and ccu.table_name = tc.table_name")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select column_name from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Schema and table names come from a validated tenant code and from the catalogue, never from the archive alone. */
    private static String quoted(String schema, String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new BusinessRuleException("archive.invalid", null);
        }
        return "\"" + schema + "\".\"" + table + "\"";
    }

    private static String quotedColumns(String header) {
        List<String> quoted = new ArrayList<>();
        for (String column : header.strip().split(",")) {
            String name = column.replace("\"", "");
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new BusinessRuleException("archive.invalid", null);
            }
            quoted.add("\"" + name + "\"");
        }
        return String.join(", ", quoted);
    }

    private static int firstLineEnd(byte[] csv) {
        for (int i = 0; i < csv.length; i++) {
            if (csv[i] == '\n') {
                return i > 0 && csv[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return csv.length;
    }

    private static Map<String, byte[]> unzip(InputStream archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().contains("/") || entry.getName().contains("\\")) {
                    throw new BusinessRuleException("archive.invalid", null);
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNPACKED) {
                        throw new BusinessRuleException("archive.tooLarge", null);
                    }
                    content.write(buffer, 0, read);
                }
                files.put(entry.getName(), content.toByteArray());
            }
        } catch (java.util.zip.ZipException e) {
            throw new BusinessRuleException("archive.invalid", null);
        }
        return files;
    }

    /** What an archive may unpack to, held in memory while it is loaded (a zip bomb is refused, not unpacked). */
    static final long MAX_UNPACKED = 256L * 1024 * 1024;
}
