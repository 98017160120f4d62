import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks share: an HTTP session against the running server (signed in through the
 * same form a person uses), the operators' JSON API, percentiles and the printed table.
 */
final class Bench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private Bench() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through a sign-in page's form; the client keeps the session cookie. */
    static void signIn(HttpClient client, String base, String page, Map<String, String> credentials) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String state = viewState(form.body());
        if (state == null) {
            throw new IllegalStateException(page + " shows no sign-in form; is the server running (bin/tianzong run)?");
        }
        StringBuilder body = new StringBuilder("login=login&login:submit=&jakarta.faces.ViewState=").append(encode(state));
        credentials.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in at " + page + " refused");
        }
    }

    /** The demo operator, or TIANZONG_OPERATOR / TIANZONG_OPERATOR_PASSWORD. */
    static HttpClient operator(String base) throws Exception {
        HttpClient operator = client();
        signIn(operator, base, "/operator/login.xhtml", Map.of(
                "login:username", env("TIANZONG_OPERATOR", "ops"),
                "login:password", env("TIANZONG_OPERATOR_PASSWORD", "Operator@2026")));
        return operator;
    }

    /** A demo company user (the password from TIANZONG_DEMO_PASSWORD, else the demo one). */
    static HttpClient demoUser(String base, String username) throws Exception {
        HttpClient user = client();
        signIn(user, base, "/crm/login.xhtml", Map.of(
                "login:company", "demo", "login:username", username,
                "login:password", env("TIANZONG_DEMO_PASSWORD", "Demo@2026")));
        return user;
    }

    static HttpRequest json(String base, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A number field of a flat JSON object. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?[0-9.]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static void row(String measure, String value) {
        System.out.println("| " + measure + " | " + value + " |");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
