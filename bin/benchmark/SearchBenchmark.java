import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search benchmark (PLT-11), run by {@code bin/tianzong benchmark-search} against the server
 * that {@code bin/tianzong run} started. It adds customers and contacts with realistic Chinese
 * names, addresses and phones to the demo company (150,000 + 50,000 by default, codes BENCH…),
 * rebuilds the company's index through the operators' API (documents/s), then asks the same
 * queries three ways and prints their latencies:
 * <ol>
 * <li>the search page (Lucene), as the demo administrator sees it: the whole HTTP round trip
 *     with the page rendered, and the index's own time that the page shows;</li>
 * <li>the same query as plain SQL {@code ILIKE '%…%'} over the same fields of customers and
 *     contacts (count and first 50 rows), straight through JDBC — the floor any page built on
 *     ILIKE could reach;</li>
 * <li>the customer list's own filter ({@code ILIKE} on code, name and short name), as a page.</li>
 * </ol>
 * Then it deletes the rows it added and rebuilds the index, unless told to keep them.
 *
 * Arguments: baseUrl jdbcUrl dbUser dbPassword customers contacts [keep].
 */
public class SearchBenchmark {

    private static final String SCHEMA = "t_demo";
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 20;
    private static final Pattern SUMMARY = Pattern.compile("找到 ([\\d,]+) 条，用时 ([\\d,]+) 毫秒");
    private static final Pattern LIST_TOTAL = Pattern.compile("共 ([\\d,]+) 条");

    /** Queries a user types: a brand, city and trade, Traditional script, a legal form, pinyin initials, phone parts, a person, an address, a code. */
    private static final List<String> QUERIES = List.of("华信", "上海华信", "杭州 机械", "廣州華信", "科技有限公司", "shhx",
            "6234", "104729", "王建", "张伟", "中山路", "BENCH0012345");

    private final String base;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;

    SearchBenchmark(String base, String jdbcUrl, String dbUser, String dbPassword) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    public static void main(String[] args) throws Exception {
        SearchBenchmark benchmark = new SearchBenchmark(args[0], args[1], args[2], args[3]);
        benchmark.run(Integer.parseInt(args[4]), Integer.parseInt(args[5]), args.length > 6 && "keep".equals(args[6]));
    }

    private void run(int customers, int contacts, boolean keep) throws Exception {
        HttpClient operator = Bench.operator(base);
        HttpClient admin = Bench.demoUser(base, "admin");
        long loadStarted = System.nanoTime();
        try (Connection db = connection()) {
            removeBenchRows(db);
            load(db, customers, contacts);
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        System.out.printf("loaded %,d customers and %,d contacts in %.0f s%n", customers, contacts, loadSeconds);

        long t0 = System.nanoTime();
        HttpResponse<String> rebuilt = operator.send(Bench.json(base, "POST", "/operator/api/tenants/demo/search-index", null),
                HttpResponse.BodyHandlers.ofString());
        if (rebuilt.statusCode() != 200) {
            throw new IllegalStateException("rebuild answered " + rebuilt.statusCode() + ": " + rebuilt.body());
        }
        double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
        long documents = Long.parseLong(Bench.field(rebuilt.body(), "documents"));
        System.out.printf("index rebuilt: %,d documents in %.1f s%n", documents, rebuildSeconds);

        Map<String, long[]> counts = new LinkedHashMap<>();
        List<Double> pageMs = new ArrayList<>();
        List<Double> indexMs = new ArrayList<>();
        List<Double> sqlMs = new ArrayList<>();
        List<Double> listMs = new ArrayList<>();
        List<Double> homeMs = new ArrayList<>();
        try (Connection db = connection()) {
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                boolean measured = round >= WARMUP_ROUNDS;
                for (String query : QUERIES) {
                    long start = System.nanoTime();
                    String page = get(admin, "/crm/app/search.xhtml?q=" + Bench.encode(query));
                    double ms = (System.nanoTime() - start) / 1e6;
                    Matcher summary = SUMMARY.matcher(page);
                    if (!summary.find()) {
                        throw new IllegalStateException("the search page shows no result summary for " + query);
                    }
                    start = System.nanoTime();
                    long sqlRows = ilike(db, query);
                    double sql = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    String list = get(admin, "/crm/app/records/list.xhtml?type=customer&q=" + Bench.encode(query));
                    double listed = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    get(admin, "/crm/app/index.xhtml");
                    double home = (System.nanoTime() - start) / 1e6;
                    if (measured) {
                        homeMs.add(home);
                        pageMs.add(ms);
                        indexMs.add(Double.parseDouble(summary.group(2).replace(",", "")));
                        sqlMs.add(sql);
                        listMs.add(listed);
                    }
                    Matcher listTotal = LIST_TOTAL.matcher(list);
                    counts.put(query, new long[] {Long.parseLong(summary.group(1).replace(",", "")), sqlRows,
                            listTotal.find() ? Long.parseLong(listTotal.group(1).replace(",", "")) : -1});
                }
            }
        }

        System.out.println();
        System.out.println("| query | search hits | SQL ILIKE rows | customer-list filter rows |");
        System.out.println("| --- | --- | --- | --- |");
        counts.forEach((query, found) -> System.out.println("| " + query + " | " + found[0] + " | " + found[1] + " | "
                + (found[2] < 0 ? "one page or none" : Long.toString(found[2])) + " |"));
        System.out.println();
        System.out.println("| measure (" + QUERIES.size() + " queries × " + ROUNDS + " rounds) | median | p95 |");
        System.out.println("| --- | --- | --- |");
        latency("search page, whole HTTP round trip (Lucene)", pageMs);
        latency("search, the index's own time", indexMs);
        latency("plain SQL ILIKE '%…%' over the same fields (count + first 50)", sqlMs);
        latency("customer list page filtered by ILIKE (code, name, short name)", listMs);
        latency("for comparison: the home page (top bar and menu, no data)", homeMs);
        System.out.println();
        Bench.row("p95 ratio: SQL ILIKE / search page", Bench.format("%.1f", Bench.percentile(sqlMs, 95) / Bench.percentile(pageMs, 95)));
        Bench.row("p95 ratio: SQL ILIKE / index time", Bench.format("%.1f", Bench.percentile(sqlMs, 95) / Math.max(1, Bench.percentile(indexMs, 95))));
        Bench.row("p95 ratio: list page (ILIKE) / search page", Bench.format("%.1f", Bench.percentile(listMs, 95) / Bench.percentile(pageMs, 95)));
        Bench.row("index rebuild", Bench.format("%,d documents in %.1f s (%,.0f documents/s)", documents, rebuildSeconds, documents / rebuildSeconds));

        if (!keep) {
            try (Connection db = connection()) {
                removeBenchRows(db);
            }
            operator.send(Bench.json(base, "POST", "/operator/api/tenants/demo/search-index", null), HttpResponse.BodyHandlers.ofString());
            System.out.println();
            System.out.println("benchmark rows removed and the demo company's index rebuilt");
        }
    }

    private static void latency(String measure, List<Double> samples) {
        System.out.println(Bench.format("| %s | %.1f ms | %.1f ms |", measure, Bench.median(samples), Bench.percentile(samples, 95)));
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private Connection connection() throws Exception {
        Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
        try (Statement statement = db.createStatement()) {
            statement.execute("set search_path to " + SCHEMA);
        }
        return db;
    }

    /** The plain-SQL way: every customer and contact with the text anywhere in a searched field. */
    private static long ilike(Connection db, String query) throws Exception {
        String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String matches = "select id, name from customer where code ilike ? or name ilike ? or short_name ilike ? or address ilike ?"
                + " or tax_id ilike ? or phone ilike ?"
                + " union all select id, name from contact where name ilike ? or email ilike ? or mobile ilike ? or phone ilike ?";
        long count;
        try (PreparedStatement total = db.prepareStatement("select count(*) from (" + matches + ") m")) {
            bind(total, pattern);
            try (ResultSet rows = total.executeQuery()) {
                rows.next();
                count = rows.getLong(1);
            }
        }
        try (PreparedStatement first = db.prepareStatement(matches + " limit 50")) {
            bind(first, pattern);
            try (ResultSet rows = first.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
        }
        return count;
    }

    private static void bind(PreparedStatement statement, String pattern) throws Exception {
        for (int i = 1; i <= 10; i++) {
            statement.setString(i, pattern);
        }
    }

    /**
     * Customers named like real companies (city, two-character brand, trade, legal form: 上海华信电子有限公司),
     * owned by the demo company's staff, with an address and a landline; contacts with a Chinese
     * name and a mobile, at the first customers.
     */
    private static void load(Connection db, int customers, int contacts) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("""
                    create temporary table bench_owner as
                    select row_number() over (order by id) - 1 as n, id, department_id from user_account where department_id is not null
                    """);
            statement.execute("""
                    insert into customer (code, name, short_name, customer_type, grade, address, phone, credit_limit, owner_id, department_id)
                    select 'BENCH' || lpad(i::text, 7, '0'),
                           city || brand || trade || form,
                           brand || trade,
                           'ENTERPRISE',
                           (array['A','B','C','D'])[1 + i % 4],
                           city || '市' || (array['中山','人民','解放','建设','和平','新华','长江','黄河'])[1 + i % 8] || '路' || (1 + i % 999) || '号',
                           '0' || (array['21','20','10','755','571','25','512','28','27','22','532','574','591','731','29','24'])[1 + i % 16]
                               || '-' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'),
                           10000.00,
                           o.id, o.department_id
                    from (
                        select i,
                               (array['上海','广州','北京','深圳','杭州','南京','苏州','成都','武汉','天津','青岛','宁波','福州','长沙','西安','沈阳'])[1 + i % 16] as city,
                               (array['华','信','恒','达','鑫','源','盛','泰','隆','兴','宏','伟','嘉','瑞','丰','安','和','富','金','银'])[1 + (i / 16) % 20]
                                 || (array['信','通','达','远','昌','明','德','利','新','光','海','天','成','正','中','荣','美','强','星','创'])[1 + (i / 320) % 20] as brand,
                               (array['电子','贸易','机械','科技','物流','化工','医药','食品','建材','服饰','电器','五金'])[1 + (i / 6400) % 12] as trade,
                               (array['有限公司','股份有限公司','实业有限公司'])[1 + (i / 76800) % 3] as form
                        from generate_series(1, :count) i
                    ) g
                    join bench_owner o on o.n = g.i % (select count(*) from bench_owner)
                    """.replace(":count", Integer.toString(customers)));
            statement.execute("""
                    insert into contact (customer_id, owner_id, department_id, name, title, contact_role, mobile, email)
                    select c.id, c.owner_id, c.department_id,
                           (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + g.i % 20]
                             || (array['建','伟','芳','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平'])[1 + (g.i / 20) % 20]
                             || (array['国','华','英','兰','红','飞','斌','波','辉','鹏',''])[1 + (g.i / 400) % 11],
                           (array['采购经理','总经理','财务','技术主管'])[1 + g.i % 4],
                           'PURCHASER',
                           '13' || lpad(((g.i::bigint * 104729) % 1000000000)::text, 9, '0'),
                           'buyer' || g.i || '@example.cn'
                    from generate_series(1, :count) g(i)
                    join (select id, owner_id, department_id, row_number() over (order by id) as n from customer where code like 'BENCH%') c
                      on c.n = g.i
                    """.replace(":count", Integer.toString(contacts)));
            statement.execute("analyze customer");
            statement.execute("analyze contact");
        }
    }

    private static void removeBenchRows(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from contact where customer_id in (select id from customer where code like 'BENCH%')");
            statement.execute("delete from customer where code like 'BENCH%'");
        }
    }
}
