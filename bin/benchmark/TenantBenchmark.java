import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The 1,000-tenant benchmark (issue TEN-01/PLT-01), run by {@code bin/tianzong benchmark-tenants}
 * against the server that {@code bin/tianzong run} started. Through the operators' REST API it
 * onboards N companies one after the other (schema, all tenant migrations with the default data,
 * administrator, invitation), reads the server's heap (after a collection) and resident set size
 * at checkpoints, and times the customer list of the demo company as its administrator sees it
 * (the full page with its first 20 rows) before and after. Then it deletes the companies it
 * created, unless told to keep them, and prints a table.
 *
 * Arguments: baseUrl count [keep]. Environment: TIANZONG_OPERATOR / TIANZONG_OPERATOR_PASSWORD
 * (default the demo operator), TIANZONG_DEMO_PASSWORD.
 */
public class TenantBenchmark {


    private static final int LIST_WARMUP = 100;
    private static final int LIST_SAMPLES = 200;

    private final String base;
    private HttpClient operator;
    private HttpClient tenantUser;

    TenantBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        boolean keep = args.length > 2 && "keep".equals(args[2]);
        new TenantBenchmark(base).run(count, keep);
    }

    private void run(int count, boolean keep) throws Exception {
        operator = Bench.operator(base);
        tenantUser = Bench.demoUser(base, "admin");

        Memory before = memory();
        Latency listBefore = listLatency();
        System.out.printf(Locale.ROOT, "before: %d tenants, heap %s, RSS %s; customer list median %.1f ms%n",
                before.tenants, mb(before.heap), mb(before.rss), listBefore.median());

        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<String> created = new ArrayList<>();
        List<Double> serverMs = new ArrayList<>();
        List<Double> clientMs = new ArrayList<>();
        List<Memory> checkpoints = new ArrayList<>(List.of(before));
        long started = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            String code = String.format(Locale.ROOT, "bench_%s_%04d", run, i);
            String body = "{\"code\":\"" + code + "\",\"name\":\"压测公司 " + i + "\",\"plan\":\"STANDARD\","
                    + "\"adminName\":\"管理员\",\"adminEmail\":\"admin" + i + "@bench.example.com\"}";
            long t0 = System.nanoTime();
            HttpResponse<String> response = operator.send(Bench.json(base, "POST", "/operator/api/tenants", body), HttpResponse.BodyHandlers.ofString());
            clientMs.add((System.nanoTime() - t0) / 1e6);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("onboarding " + code + " answered " + response.statusCode() + ": " + response.body());
            }
            created.add(code);
            serverMs.add(Double.parseDouble(Bench.field(response.body(), "elapsedMs")));
            if (i % 100 == 0 || i == count) {
                Memory now = memory();
                checkpoints.add(now);
                System.out.printf(Locale.ROOT, "%5d onboarded in %.0f s; last 100 median %.0f ms; heap %s, RSS %s%n", i,
                        (System.nanoTime() - started) / 1e9, Bench.median(serverMs.subList(Math.max(0, serverMs.size() - 100), serverMs.size())),
                        mb(now.heap), mb(now.rss));
            }
        }
        double onboardingSeconds = (System.nanoTime() - started) / 1e9;
        Memory after = checkpoints.get(checkpoints.size() - 1);
        Latency listAfter = listLatency();

        double deleteSeconds = -1;
        Memory afterDelete = null;
        if (!keep) {
            long t0 = System.nanoTime();
            for (String code : created) {
                HttpResponse<String> response = operator.send(Bench.json(base, "DELETE", "/operator/api/tenants/" + code + "?confirm=" + code, null),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 204) {
                    throw new IllegalStateException("deleting " + code + " answered " + response.statusCode() + ": " + response.body());
                }
            }
            deleteSeconds = (System.nanoTime() - t0) / 1e9;
            afterDelete = memory();
        }

        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("| --- | --- |");
        Bench.row("tenants present before / after onboarding", before.tenants + " / " + after.tenants);
        Bench.row("onboarding, server time per tenant: median / p95 / max", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms",
                Bench.median(serverMs), Bench.percentile(serverMs, 95), Collections.max(serverMs)));
        Bench.row("onboarding, request time per tenant: median / p95", String.format(Locale.ROOT, "%.0f / %.0f ms",
                Bench.median(clientMs), Bench.percentile(clientMs, 95)));
        Bench.row("onboarding " + count + " tenants one after the other", String.format(Locale.ROOT, "%.0f s (%.2f tenants/s)",
                onboardingSeconds, count / onboardingSeconds));
        Bench.row("heap used after GC before / after", mb(before.heap) + " / " + mb(after.heap));
        Bench.row("heap growth per tenant", kb((after.heap - before.heap) / (double) count));
        Bench.row("RSS before / after", mb(before.rss) + " / " + mb(after.rss));
        Bench.row("RSS growth per tenant", kb((after.rss - before.rss) / (double) count));
        Bench.row("customer list (demo admin, page with 20 rows): median / p95, " + before.tenants + " tenants",
                String.format(Locale.ROOT, "%.1f / %.1f ms", listBefore.median(), listBefore.p95()));
        Bench.row("customer list: median / p95, " + after.tenants + " tenants",
                String.format(Locale.ROOT, "%.1f / %.1f ms", listAfter.median(), listAfter.p95()));
        Bench.row("latency ratio (median, " + after.tenants + " vs " + before.tenants + " tenants)",
                String.format(Locale.ROOT, "%.2f", listAfter.median() / listBefore.median()));
        if (afterDelete != null) {
            Bench.row("deleting the " + count + " tenants", String.format(Locale.ROOT, "%.0f s (%.0f ms each)", deleteSeconds, deleteSeconds * 1000 / count));
            Bench.row("heap used after GC / RSS, after deleting", mb(afterDelete.heap) + " / " + mb(afterDelete.rss));
        }
        System.out.println();
        System.out.println("Heap and RSS at each checkpoint (tenants: heap, RSS): " + checkpoints.stream()
                .map(m -> m.tenants + ": " + mb(m.heap) + ", " + mb(m.rss)).collect(Collectors.joining("; ")));
    }

    private record Memory(int tenants, long heap, long rss) {
    }

    private record Latency(List<Double> samples) {
        double median() {
            return Bench.median(samples);
        }

        double p95() {
            return Bench.percentile(samples, 95);
        }
    }

    private Memory memory() throws Exception {
        HttpResponse<String> response = operator.send(Bench.json(base, "GET", "/operator/api/runtime?gc=true", null), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("runtime figures answered " + response.statusCode());
        }
        String body = response.body();
        return new Memory(Integer.parseInt(Bench.field(body, "tenants")), Long.parseLong(Bench.field(body, "heapUsedBytes")),
                Long.parseLong(Bench.field(body, "residentBytes")));
    }

    private Latency listLatency() throws Exception {
        HttpRequest list = HttpRequest.newBuilder(URI.create(base + "/crm/app/records/list.xhtml?type=customer")).GET().build();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < LIST_WARMUP + LIST_SAMPLES; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = tenantUser.send(list, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200 || !response.body().contains("list:records")) {
                throw new IllegalStateException("customer list answered " + response.statusCode());
            }
            if (i >= LIST_WARMUP) {
                samples.add(ms);
            }
        }
        return new Latency(samples);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
