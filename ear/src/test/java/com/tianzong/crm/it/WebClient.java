package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP against the test server, with its own cookies and no redirects followed: what an
 * attacker without a browser sends. Works from the test JVM and from inside the server alike.
 */
final class WebClient {

    static final String BASE = System.getProperty("tianzong.it.baseUrl", "http://127.0.0.1:28080");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    // HTTP/1.1: the h2c upgrade of the JDK client garbles form posts on this server
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in to the CRM; returns the response (302 to the start page when it worked). */
    HttpResponse<String> signIn(String company, String username, String password) {
        HttpResponse<String> page = get("/crm/login.xhtml");
        return post("/crm/login.xhtml", Map.of("login", "login", "login:company", company, "login:username", username,
                "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())));
    }

    /** Signs in to the operator console. */
    HttpResponse<String> signInOperator(String username, String password) {
        HttpResponse<String> page = get("/operator/login.xhtml");
        return post("/operator/login.xhtml", Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A request with a JSON body (or none) and extra headers given as name, value, name, value … */
    HttpResponse<String> json(String method, String path, String body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(request.build());
    }

    /** Posts a Faces form of the page just fetched: its view state plus the given fields. */
    HttpResponse<String> postForm(String path, HttpResponse<String> page, String formId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post(path, form);
    }

    String session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("page has a view state").isTrue();
        return matcher.group(1);
    }

    /** A page's title, to say in a failed assertion what page came instead. */
    static String title(String html) {
        Matcher matcher = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        return matcher.find() ? matcher.group(1).strip() : html.length() > 200 ? html.substring(0, 200) : html;
    }

    /** The request parameter name of a generic form's input for a record field. */
    static String inputName(String html, String field) {
        Matcher matcher = Pattern.compile("id=\"field-" + field + "\".*?<input[^>]*name=\"([^\"]+)\"", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("form has field " + field).isTrue();
        return matcher.group(1);
    }

    /**
     * The values a browser would post for a form as the page shows it: its text and hidden
     * inputs, its text areas and the selected option of each select (without buttons and the view state).
     */
    static Map<String, String> formFields(String html, String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input\\b[^>]*>").matcher(html);
        while (inputs.find()) {
            String tag = inputs.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name != null && name.startsWith(formId + ":") && !"submit".equals(type) && !"checkbox".equals(type) && !"radio".equals(type)) {
                String value = attribute(tag, "value");
                fields.put(name, value == null ? "" : unescape(value));
            }
        }
        Matcher areas = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        while (areas.find()) {
            String name = attribute(areas.group(1), "name");
            if (name != null && name.startsWith(formId + ":")) {
                fields.put(name, unescape(areas.group(2)));
            }
        }
        Matcher selects = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (selects.find()) {
            String name = attribute(selects.group(1), "name");
            Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(selects.group(2));
            if (name != null && name.startsWith(formId + ":") && selected.find()) {
                fields.put(name, unescape(selected.group(1)));
            }
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
