import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order-posting benchmark (SAL-04), run by {@code bin/tianzong benchmark-orders} against the
 * server that {@code bin/tianzong run} started.
 *
 * <p>Before the clock starts it adds, by SQL, draft orders of the demo company as a sales team
 * would leave them waiting: 3 lines each (2 units at 500.00, VAT 13 % included) over 100
 * customers and 50 products, all with room in credit and stock. Then 20 clients, each signed in
 * in its own session, take the next draft, open its 360 view and press 过账 ("post") with the
 * same Ajax request the button sends, and follow the redirect to the posted order, as the
 * browser does. Posting runs the whole rule: the customer's credit position under its lock, the
 * stock of every line under the products' locks, the reservation, the shipment note with its
 * number, and the audit trail.
 *
 * <p>A second round posts orders that all compete for one customer's credit limit, which allows
 * exactly three quarters of them: the locks serialise them, and exactly that many must post.
 *
 * <p>The floor is plain JDBC writing the same rows as a posting, with the same 20 threads: the
 * posted order and its lines, the products' reserved stock, the shipment number counter, the
 * shipment note and its lines, and as many audit rows as the product wrote per order. It writes
 * them to copies of those tables (same columns, checks and indexes) in a scratch schema that is
 * dropped afterwards, so the demo company's numbering and audit trail are not touched by it.
 *
 * <p>The demo company's own rows are removed at the end (orders, shipments, customers and
 * products made here) and its shipment counter is set back, unless told to keep them. The audit
 * trail is append-only: the entries the postings wrote stay, as they would for any deleted order.
 *
 * Arguments: baseUrl jdbcUrl dbUser dbPassword orders clients [keep].
 */
public class OrderBenchmark {

    private static final String VIEW = "/crm/app/records/view.xhtml";
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final int CUSTOMERS = 100;
    private static final int PRODUCTS = 50;
    private static final int HOT_ORDERS = 200;
    private static final int HOT_ALLOWED = 150;

    private final String base;
    private final int clients;
    private final List<HttpClient> sessions = new ArrayList<>();

    OrderBenchmark(String base, int clients) throws Exception {
        this.base = base;
        this.clients = clients;
        for (int i = 0; i < clients; i++) {
            sessions.add(Bench.demoUser(base, "admin"));
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int orders = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        boolean keep = args.length > 6 && "keep".equals(args[6]);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            db.createStatement().execute("set search_path to t_demo");
            long shipmentCounter = shipmentCounter(db);
            remove(db, shipmentCounter);
            setUp(db, orders);
            try {
                new OrderBenchmark(base, clients).run(db, args, orders);
            } finally {
                if (!keep) {
                    remove(db, shipmentCounter);
                    HttpClient operator = Bench.operator(base);
                    operator.send(Bench.json(base, "POST", "/operator/api/tenants/demo/search-index", null), HttpResponse.BodyHandlers.ofString());
                    System.out.println();
                    System.out.println("orders, shipments, customers and products of the benchmark removed; shipment numbers set back to "
                            + shipmentCounter + "; search index rebuilt");
                }
            }
        }
    }

    private void run(Connection db, String[] args, int orders) throws Exception {
        List<Long> spread = ids(db, "select id from sales_order where number like 'OBS%' order by id");
        List<Long> hot = ids(db, "select id from sales_order where number like 'OBH%' order by id");
        Round warm = post(spread.subList(0, Math.min(spread.size(), clients * 2)));
        Round spreadRound = post(spread.subList(Math.min(spread.size(), clients * 2), spread.size()));
        int measured = spreadRound.posted.get();
        if (warm.refused.get() + spreadRound.refused.get() > 0) {
            throw new IllegalStateException((warm.refused.get() + spreadRound.refused.get()) + " orders with room in credit and stock were refused");
        }
        verifySpread(db, spread.size());
        Round hotRound = post(hot);
        verifyHot(db, hotRound);

        int auditPerOrder = auditRowsPerOrder(db, spread);
        double floorSeconds = floor(args, measured, auditPerOrder);

        System.out.println();
        System.out.println("| measure (demo company, " + clients + " clients, each in its own session) | value |");
        System.out.println("| --- | --- |");
        Bench.row("orders posted through the product (3 lines each; " + warm.posted.get() + " posted first to warm up, not counted)",
                Bench.format("%,d in %.1f s", measured, spreadRound.seconds));
        Bench.row("**order posting throughput** (open the order, 过账, follow to the posted order)",
                Bench.format("**%.1f orders/s**", measured / spreadRound.seconds));
        Bench.row("posting request alone (credit, stock, reserve, shipment note, audit): median / p95",
                Bench.format("%.0f ms / %.0f ms", Bench.median(spreadRound.postMillis), Bench.percentile(spreadRound.postMillis, 95)));
        Bench.row("opening the order's 360 view: median / p95",
                Bench.format("%.0f ms / %.0f ms", Bench.median(spreadRound.viewMillis), Bench.percentile(spreadRound.viewMillis, 95)));
        Bench.row("one order, all three requests: median / p95",
                Bench.format("%.0f ms / %.0f ms", Bench.median(spreadRound.orderMillis), Bench.percentile(spreadRound.orderMillis, 95)));
        Bench.row("plain JDBC floor: the same rows (" + (auditPerOrder + 8) + " inserts and 4 updates an order), one transaction an order",
                Bench.format("%.1f orders/s", measured / floorSeconds));
        Bench.row("**ratio**: product ÷ plain JDBC", Bench.format("**%.3f** (the floor is %.0f× faster)",
                (measured / spreadRound.seconds) / (measured / floorSeconds), spreadRound.seconds / floorSeconds));
        Bench.row("one customer's credit limit, " + HOT_ORDERS + " orders competing, room for " + HOT_ALLOWED,
                Bench.format("%d posted, %d refused in %.1f s (%.1f orders/s); exposure %s of limit %s",
                        hotRound.posted.get(), hotRound.refused.get(), hotRound.seconds, HOT_ORDERS / hotRound.seconds,
                        hotRound.exposure, hotRound.limit));
        System.out.println();
        System.out.println("checked after the rounds: every posted order has one shipment note with a unique number; every product's "
                + "reserved stock equals its posted lines' reservations; exactly " + HOT_ALLOWED + " competing orders posted");
    }

    /** One round: the clients take orders from one queue until it is empty. */
    private Round post(List<Long> orders) throws Exception {
        Round round = new Round();
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(orders);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient session : sessions) {
                running.add(pool.submit(() -> {
                    for (Long id = queue.poll(); id != null; id = queue.poll()) {
                        postOne(session, id, round);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            round.seconds = (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdown();
        }
        return round;
    }

    private void postOne(HttpClient session, long id, Round round) throws Exception {
        long started = System.nanoTime();
        String page = send(session, HttpRequest.newBuilder(URI.create(base + VIEW + "?type=salesOrder&id=" + id)).GET().build());
        if (!page.contains("id=\"view:command-post\"")) {
            throw new IllegalStateException("order #" + id + " shows no 过账 button");
        }
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=view:command-post&jakarta.faces.partial.execute=view:command-post"
                + "&jakarta.faces.partial.render=view+growl&view:command-post=view:command-post&view=view&jakarta.faces.ViewState="
                + Bench.encode(Bench.viewState(page));
        long posting = System.nanoTime();
        round.viewMillis.add((posting - started) / 1e6);
        String response = send(session, HttpRequest.newBuilder(URI.create(base + VIEW + "?type=salesOrder&id=" + id))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        double postMillis = (System.nanoTime() - posting) / 1e6;
        Matcher redirect = REDIRECT.matcher(response);
        if (redirect.find()) {
            String shown = send(session, HttpRequest.newBuilder(URI.create(base + redirect.group(1).replace("&amp;", "&"))).GET().build());
            if (!shown.contains("已过账")) {
                throw new IllegalStateException("order #" + id + " does not show 已过账 after posting");
            }
            round.posted.incrementAndGet();
        } else if (response.contains("信用")) {
            round.refused.incrementAndGet();
        } else {
            throw new IllegalStateException("posting order #" + id + " answered neither the order nor a refusal: "
                    + response.substring(0, Math.min(1500, response.length())));
        }
        round.postMillis.add(postMillis);
        round.orderMillis.add((System.nanoTime() - started) / 1e6);
    }

    private static String send(HttpClient session, HttpRequest request) throws Exception {
        HttpResponse<String> response = session.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Every order posted, one shipment note each, and reserved stock equal to the lines' reservations. */
    private static void verifySpread(Connection db, int orders) throws Exception {
        long posted = count(db, "select count(*) from sales_order where number like 'OBS%' and status = 'POSTED'");
        long notes = count(db, "select count(distinct s.number) from shipment s join sales_order o on o.id = s.sales_order_id "
                + "where o.number like 'OBS%' and s.status = 'DRAFT'");
        long unbalanced = count(db, """
                select count(*) from product p
                where p.code like 'OBM-%'
                  and p.stock_reserved <> (select coalesce(sum(l.reserved_quantity), 0) from sales_order_line l where l.product_id = p.id)
                """);
        if (posted != orders || notes != orders || unbalanced != 0) {
            throw new IllegalStateException("after posting " + orders + " orders: " + posted + " posted, " + notes
                    + " shipment notes, " + unbalanced + " products whose reserved stock does not add up");
        }
    }

    /** Exactly as many competing orders posted as the limit allows, and the exposure within it. */
    private static void verifyHot(Connection db, Round round) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.credit_limit, coalesce(sum(o.gross_total) filter (where o.status = 'POSTED'), 0), count(*) filter (where o.status = 'POSTED')
                     from customer c join sales_order o on o.customer_id = c.id
                     where c.code = 'OBM-HOT' group by c.credit_limit
                     """)) {
            rows.next();
            round.limit = rows.getBigDecimal(1).toPlainString();
            round.exposure = rows.getBigDecimal(2).toPlainString();
            if (rows.getLong(3) != HOT_ALLOWED || round.posted.get() != HOT_ALLOWED || rows.getBigDecimal(2).compareTo(rows.getBigDecimal(1)) > 0) {
                throw new IllegalStateException(rows.getLong(3) + " competing orders posted (" + round.posted.get() + " seen), exposure "
                        + round.exposure + " of limit " + round.limit + "; exactly " + HOT_ALLOWED + " may");
            }
        }
    }

    /** The audit rows one posting wrote (the order's changes and the shipment note's creation). */
    private static int auditRowsPerOrder(Connection db, List<Long> orders) throws Exception {
        long rows = count(db, """
                select count(*) from audit_entry a
                where (a.record_type = 'salesOrder' and a.record_id in (select id from sales_order where number like 'OBS%'))
                   or (a.record_type = 'shipment' and a.record_id in (select s.id from shipment s join sales_order o on o.id = s.sales_order_id
                                                                       where o.number like 'OBS%'))
                """);
        return (int) Math.round((double) rows / orders.size());
    }

    /**
     * The same rows a posting writes, by plain JDBC with as many threads as clients, one
     * transaction an order, into copies of the tables in a scratch schema.
     */
    private double floor(String[] args, int orders, int auditPerOrder) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]); Statement statement = db.createStatement()) {
            statement.execute("drop schema if exists obm_floor cascade");
            statement.execute("create schema obm_floor");
            for (String table : List.of("sales_order", "sales_order_line", "shipment", "shipment_line", "product", "document_sequence", "audit_entry")) {
                statement.execute("create table obm_floor." + table + " (like t_demo." + table + " including all)");
            }
            statement.execute("insert into obm_floor.product select * from t_demo.product where code like 'OBM-%'");
            statement.execute("insert into obm_floor.document_sequence values ('shipment', " + Year.now().getValue() + ", 0)");
        }
        List<Long> products = new ArrayList<>();
        long customer;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            products.addAll(ids(db, "select id from obm_floor.product where code like 'OBM-P%' order by id"));
            customer = ids(db, "select id from t_demo.customer where code = 'OBM0001'").get(0);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                running.add(pool.submit(() -> {
                    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
                        db.setAutoCommit(false);
                        db.createStatement().execute("set search_path to obm_floor");
                        FloorStatements floor = new FloorStatements(db);
                        for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                            floor.write(i, customer, products, auditPerOrder);
                            db.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdown();
            try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]); Statement statement = db.createStatement()) {
                statement.execute("drop schema if exists obm_floor cascade");
            }
        }
    }

    /** The statements of one posting's rows, prepared once per connection. */
    private static final class FloorStatements {
        private final PreparedStatement order;
        private final PreparedStatement line;
        private final PreparedStatement reserve;
        private final PreparedStatement counter;
        private final PreparedStatement shipment;
        private final PreparedStatement shipmentLine;
        private final PreparedStatement audit;

        FloorStatements(Connection db) throws Exception {
            order = db.prepareStatement("""
                    insert into sales_order (number, customer_id, document_date, status, prices_include_tax, net_total, tax_total, gross_total, posted_at)
                    values (?, ?, current_date, 'POSTED', true, 2654.88, 345.12, 3000.00, now()) returning id
                    """);
            line = db.prepareStatement("""
                    insert into sales_order_line (sales_order_id, line_no, product_id, quantity, unit_price, tax_rate, net_amount, tax_amount,
                                                  gross_amount, reserved_quantity)
                    values (?, ?, ?, 2, 500.00, 13.00, 884.96, 115.04, 1000.00, 2) returning id
                    """);
            reserve = db.prepareStatement("update product set stock_reserved = stock_reserved + 2 where id = ?");
            counter = db.prepareStatement("update document_sequence set last_value = last_value + 1 where document_type = 'shipment' returning last_value");
            shipment = db.prepareStatement("insert into shipment (number, customer_id, sales_order_id, status) values (?, ?, ?, 'DRAFT') returning id");
            shipmentLine = db.prepareStatement("insert into shipment_line (shipment_id, line_no, sales_order_line_id, product_id, quantity) values (?, ?, ?, ?, 2)");
            audit = db.prepareStatement("""
                    insert into audit_entry (occurred_at, actor, source, record_type, record_id, action, field, old_value, new_value)
                    values (now(), 'admin', 'USER', 'salesOrder', ?, 'UPDATE', 'status', 'DRAFT', 'POSTED')
                    """);
        }

        void write(int i, long customer, List<Long> products, int auditRows) throws Exception {
            order.setString(1, Bench.format("OBF%07d", i));
            order.setLong(2, customer);
            long orderId = single(order);
            long[] lineIds = new long[3];
            long[] lineProducts = new long[3];
            for (int n = 0; n < 3; n++) {
                lineProducts[n] = products.get((i + n) % products.size());
                line.setLong(1, orderId);
                line.setInt(2, n + 1);
                line.setLong(3, lineProducts[n]);
                lineIds[n] = single(line);
            }
            List<Long> locked = new ArrayList<>(List.of(lineProducts[0], lineProducts[1], lineProducts[2]));
            Collections.sort(locked);
            for (long product : locked) {
                reserve.setLong(1, product);
                reserve.executeUpdate();
            }
            long number = single(counter);
            shipment.setString(1, Bench.format("SHF%07d", number));
            shipment.setLong(2, customer);
            shipment.setLong(3, orderId);
            long shipmentId = single(shipment);
            for (int n = 0; n < 3; n++) {
                shipmentLine.setLong(1, shipmentId);
                shipmentLine.setInt(2, n + 1);
                shipmentLine.setLong(3, lineIds[n]);
                shipmentLine.setLong(4, lineProducts[n]);
                shipmentLine.addBatch();
            }
            shipmentLine.executeBatch();
            for (int n = 0; n < auditRows; n++) {
                audit.setLong(1, orderId);
                audit.addBatch();
            }
            audit.executeBatch();
        }

        private static long single(PreparedStatement statement) throws Exception {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The drafts: {@code orders} orders of 3 lines over 100 customers and 50 products with room
     * to spare (OBS…), and 200 one-line orders of 1,130.00 for one customer whose limit has room
     * for 150 (OBH…), all the demo administrator's.
     */
    private static void setUp(Connection db, int orders) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table obm_owner as select id, department_id from user_account where username = 'admin'");
            statement.execute("""
                    insert into customer (code, name, short_name, customer_type, region, credit_limit, owner_id, department_id)
                    select 'OBM' || lpad(i::text, 4, '0'), '压测客户' || i || '号有限公司', '压测' || i, 'ENTERPRISE', null, 100000000.00, o.id, o.department_id
                    from generate_series(1, %d) i cross join obm_owner o
                    """.formatted(CUSTOMERS));
            statement.execute("""
                    insert into customer (code, name, short_name, customer_type, credit_limit, owner_id, department_id)
                    select 'OBM-HOT', '压测额度客户有限公司', '压测额度', 'ENTERPRISE', %d * 1130.00, o.id, o.department_id from obm_owner o
                    """.formatted(HOT_ALLOWED));
            statement.execute("""
                    insert into product (code, name, unit, list_price, tax_rate, stock_on_hand)
                    select 'OBM-P' || lpad(i::text, 2, '0'), '压测商品 ' || i, 'UNIT', 500.00, 13.00, 1000000.000 from generate_series(1, %d) i
                    """.formatted(PRODUCTS));
            statement.execute("insert into product (code, name, unit, list_price, tax_rate, stock_on_hand) values ('OBM-HOT', '压测商品 额度', 'UNIT', 1130.00, 13.00, 1000000.000)");
            statement.execute("""
                    insert into sales_order (number, customer_id, owner_id, department_id, document_date, status, prices_include_tax, net_total, tax_total, gross_total)
                    select 'OBS' || lpad(i::text, 7, '0'), c.id, c.owner_id, c.department_id, current_date, 'DRAFT', true, 2654.88, 345.12, 3000.00
                    from generate_series(1, %d) i join customer c on c.code = 'OBM' || lpad((1 + i %% %d)::text, 4, '0')
                    """.formatted(orders, CUSTOMERS));
            statement.execute("""
                    insert into sales_order_line (sales_order_id, line_no, product_id, quantity, unit_price, tax_rate, net_amount, tax_amount, gross_amount)
                    select o.id, n, p.id, 2, 500.00, 13.00, 884.96, 115.04, 1000.00
                    from sales_order o cross join generate_series(1, 3) n
                    join product p on p.code = 'OBM-P' || lpad((1 + (substr(o.number, 4)::int + n) %% %d)::text, 2, '0')
                    where o.number like 'OBS%%'
                    """.formatted(PRODUCTS));
            statement.execute("""
                    insert into sales_order (number, customer_id, owner_id, department_id, document_date, status, prices_include_tax, net_total, tax_total, gross_total)
                    select 'OBH' || lpad(i::text, 7, '0'), c.id, c.owner_id, c.department_id, current_date, 'DRAFT', true, 1000.00, 130.00, 1130.00
                    from generate_series(1, %d) i join customer c on c.code = 'OBM-HOT'
                    """.formatted(HOT_ORDERS));
            statement.execute("""
                    insert into sales_order_line (sales_order_id, line_no, product_id, quantity, unit_price, tax_rate, net_amount, tax_amount, gross_amount)
                    select o.id, 1, p.id, 1, 1130.00, 13.00, 1000.00, 130.00, 1130.00
                    from sales_order o join product p on p.code = 'OBM-HOT' where o.number like 'OBH%'
                    """);
            statement.execute("drop table obm_owner");
            statement.execute("analyze sales_order");
            statement.execute("analyze sales_order_line");
            statement.execute("analyze product");
            statement.execute("analyze customer");
        }
    }

    private static void remove(Connection db, long shipmentCounter) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from shipment where sales_order_id in (select id from sales_order where number ~ '^OB[SH][0-9]+$')");
            statement.execute("delete from sales_order where number ~ '^OB[SH][0-9]+$'");
            statement.execute("delete from product where code like 'OBM-%'");
            statement.execute("delete from customer where code like 'OBM%'");
            statement.execute("update document_sequence set last_value = " + shipmentCounter
                    + " where document_type = 'shipment' and period = " + Year.now().getValue());
        }
    }

    private static long shipmentCounter(Connection db) throws Exception {
        List<Long> value = ids(db, "select last_value from document_sequence where document_type = 'shipment' and period = " + Year.now().getValue());
        return value.isEmpty() ? 0 : value.get(0);
    }

    private static List<Long> ids(Connection db, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long count(Connection db, String sql) throws Exception {
        return ids(db, sql).get(0);
    }

    /** What one round saw. */
    private static final class Round {
        final AtomicInteger posted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<Double> postMillis = Collections.synchronizedList(new ArrayList<>());
        final List<Double> orderMillis = Collections.synchronizedList(new ArrayList<>());
        final List<Double> viewMillis = Collections.synchronizedList(new ArrayList<>());
        double seconds;
        String limit;
        String exposure;
    }
}
