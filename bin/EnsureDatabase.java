import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates a PostgreSQL database if it does not exist yet (used by bin/tianzong, run with the
 * JDBC driver on the class path, so no psql client is needed).
 * Arguments: host port user password database [fresh]. With {@code fresh} an existing database
 * is dropped first (connections closed), so a test run always starts from an empty database.
 */
public class EnsureDatabase {
    public static void main(String[] args) throws Exception {
        String host = args[0], port = args[1], user = args[2], password = args[3], database = args[4];
        boolean fresh = args.length > 5 && "fresh".equals(args[5]);
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", props)) {
            if (fresh) {
                try (Statement drop = c.createStatement()) {
                    drop.execute("drop database if exists \"" + database + "\" with (force)");
                }
            }
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + database + "\" encoding 'UTF8' template template0");
                System.out.println("[tianzong] created database " + database);
            }
        }
    }
}
