import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import benchmark (PLT-10), run by {@code bin/tianzong benchmark-import} against the server
 * that {@code bin/tianzong run} started. As the demo administrator it uploads a CSV file of new
 * customers (50,000 rows by default) to the import page, exactly as the browser does (the same
 * Ajax requests), times the preview (upload, reading, checking every row, duplicates on file and
 * in the file), then starts the import and polls its progress bar as the page does until it is
 * done, and times how long until the last row is found by the search box. Then it deletes the
 * rows it added and rebuilds the index, unless told to keep them.
 *
 * Arguments: baseUrl jdbcUrl dbUser dbPassword rows [keep].
 */
public class ImportBenchmark {

    private static final String PAGE = "/crm/app/records/import.xhtml";
    private static final Pattern SUMMARY = Pattern.compile("共 ([\\d,]+) 行：新增 ([\\d,]+) 条，更新 ([\\d,]+) 条，有问题 ([\\d,]+) 行");
    private static final Pattern PERCENT = Pattern.compile("ui-progressbar-label[^>]*>(\\d+)%");
    private static final String[] CITIES = {"上海", "广州", "北京", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "天津", "青岛", "宁波",
        "福州", "长沙", "西安", "沈阳"};
    private static final String[] FIRST = {"华", "信", "恒", "达", "鑫", "源", "盛", "泰", "隆", "兴", "宏", "伟", "嘉", "瑞", "丰", "安",
        "和", "富", "金", "银"};
    private static final String[] SECOND = {"信", "通", "达", "远", "昌", "明", "德", "利", "新", "光", "海", "天", "成", "正", "中", "荣",
        "美", "强", "星", "创"};
    private static final String[] TRADES = {"工贸", "商贸", "实业", "发展", "控股", "投资", "国际", "供应链", "包装", "塑胶", "纺织", "印务"};

    private final String base;
    private final HttpClient admin;

    ImportBenchmark(String base) throws Exception {
        this.base = base;
        this.admin = Bench.demoUser(base, "admin");
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rows = Integer.parseInt(args[4]);
        boolean keep = args.length > 5 && "keep".equals(args[5]);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            removeImported(db);
            new ImportBenchmark(base).run(rows);
            if (!keep) {
                removeImported(db);
                HttpClient operator = Bench.operator(base);
                operator.send(Bench.json(base, "POST", "/operator/api/tenants/demo/search-index", null), HttpResponse.BodyHandlers.ofString());
                System.out.println();
                System.out.println("imported rows removed and the demo company's index rebuilt");
            }
        }
    }

    private void run(int rows) throws Exception {
        byte[] csv = csv(rows);
        String page = send(HttpRequest.newBuilder(URI.create(base + PAGE + "?type=customer")).GET().build());
        String viewState = Bench.viewState(page);

        long started = System.nanoTime();
        String previewed = upload(viewState, csv);
        double previewSeconds = (System.nanoTime() - started) / 1e9;
        Matcher summary = SUMMARY.matcher(previewed);
        if (!summary.find()) {
            throw new IllegalStateException("the preview shows no summary: " + previewed.substring(0, Math.min(2000, previewed.length())));
        }
        System.out.printf("preview of %s rows in %.1f s: %s to add, %s with problems%n", summary.group(1), previewSeconds,
                summary.group(2), summary.group(4));
        if (!"0".equals(summary.group(4))) {
            throw new IllegalStateException("the generated file has problems; is an earlier run's data still there?");
        }

        started = System.nanoTime();
        String response = ajax(viewState, "import:commit", "import", Map.of("import:commit", "import:commit"));
        int lastPercent = -10;
        while (!response.contains("导入完成")) {
            if (response.contains("ui-messages-error")) {
                throw new IllegalStateException("the import failed: " + response);
            }
            Thread.sleep(1000);
            response = ajax(viewState, "import:poll", "import", Map.of("import:poll", "import:poll"));
            Matcher percent = PERCENT.matcher(response);
            if (percent.find() && Integer.parseInt(percent.group(1)) / 10 != lastPercent / 10) {
                lastPercent = Integer.parseInt(percent.group(1));
                System.out.printf("  %3d %% after %.0f s%n", lastPercent, (System.nanoTime() - started) / 1e9);
            }
        }
        double commitSeconds = (System.nanoTime() - started) / 1e9;

        String last = "IMP" + String.format("%07d", rows);
        long searchStarted = System.nanoTime();
        while (!send(HttpRequest.newBuilder(URI.create(base + "/crm/app/search.xhtml?q=" + last)).GET().build()).contains(">" + last + "<")) {
            Thread.sleep(500);
        }
        double indexedSeconds = (System.nanoTime() - searchStarted) / 1e9;

        System.out.println();
        System.out.println("| measure (" + rows + " new customers, CSV " + csv.length / 1024 + " KB) | time | rows/s |");
        System.out.println("| --- | --- | --- |");
        System.out.println(Bench.format("| preview: upload, read, check every row | %.1f s | %,.0f |", previewSeconds, rows / previewSeconds));
        System.out.println(Bench.format("| import: all rows in one transaction, audited, progress polled | %.1f s | %,.0f |", commitSeconds, rows / commitSeconds));
        System.out.println(Bench.format("| then until the search box finds the last row | %.1f s | |", indexedSeconds));
        System.out.println(Bench.format("| whole import, preview to searchable | %.1f s | %,.0f |", previewSeconds + commitSeconds + indexedSeconds,
                rows / (previewSeconds + commitSeconds + indexedSeconds)));
    }

    /** The file upload as PrimeFaces sends it: a multipart Ajax request of the form with the file. */
    private String upload(String viewState, byte[] csv) throws Exception {
        String boundary = "----tianzong" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("import", "import");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "import:file");
        fields.put("jakarta.faces.partial.execute", "import:file");
        fields.put("jakarta.faces.partial.render", "import");
        fields.put("import:file_totalFilesCount", "1");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"import:file\"; filename=\"customers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + PAGE))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A PrimeFaces Ajax request of the import form, as a button or the poll sends it. */
    private String ajax(String viewState, String source, String render, Map<String, String> extra) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.putAll(extra);
        fields.put("import", "import");
        fields.put("jakarta.faces.ViewState", viewState);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(Bench.encode(name)).append('=').append(Bench.encode(value)));
        return send(HttpRequest.newBuilder(URI.create(base + PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = admin.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** New customers with names no other benchmark uses: 上海华信工贸有限公司 …, codes IMP0000001 … */
    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("客户编号,客户名称,客户类型,地区,信用额度,电话\n");
        for (int i = 1; i <= rows; i++) {
            String name = CITIES[i % 16] + FIRST[(i / 16) % 20] + SECOND[(i / 320) % 20] + TRADES[(i / 6400) % 12] + "有限公司";
            csv.append(String.format("IMP%07d,%s,企业客户,华东,%d.00,021-%08d%n", i, name, 10000 + i % 90000, (i * 7919L) % 100000000));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void removeImported(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("set search_path to t_demo");
            statement.execute("delete from customer where code like 'IMP%'");
        }
    }
}
