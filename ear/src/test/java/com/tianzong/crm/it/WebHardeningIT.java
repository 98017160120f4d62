package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.demo.DemoTenant;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PLT-09 web hardening, over plain HTTP as an attacker would send it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    private WebClient web;

    @BeforeEach
    void newClient() {
        client();
    }

    /** A fresh client: no cookies, no session. */
    private void client() {
        web = new WebClient();
    }

    @Test
    void PLT09_everyModuleSendsHardeningHeadersAndSafeCookies() {
        String sessionCookie = get("/crm/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        for (String path : new String[] {"/crm/login.xhtml", "/operator/api/health"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'self'").contains("object-src 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void PLT09_noDirectoryListingNoSourcesNoStackTraces() {
        HttpResponse<String> folder = get("/crm/resources/css/");
        assertThat(folder.statusCode()).isIn(403, 404);
        assertThat(folder.body()).doesNotContain("Directory Listing").doesNotContain("app.css</a>");
        assertThat(get("/crm/WEB-INF/web.xml").statusCode()).isIn(403, 404);
        assertThat(get("/crm/login.xhtml?%3Cscript%3E=1").body()).doesNotContain("<script>=");
        HttpResponse<String> broken = post("/crm/login.xhtml", Map.of("login", "login", "jakarta.faces.ViewState", "forged:1"));
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at jakarta.");
    }

    @Test
    void PLT09_signInGivesANewSessionId() {
        HttpResponse<String> page = get("/crm/login.xhtml");
        String before = session();
        HttpResponse<String> signedIn = post("/crm/login.xhtml", Map.of(
                "login", "login",
                "login:company", DemoTenant.CODE.value(),
                "login:username", "zhangwei",
                "login:password", DemoTenant.PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState(page.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/crm/app/index.xhtml");
        assertThat(session()).isNotBlank().isNotEqualTo(before);
        assertThat(get("/crm/app/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void PLT09_formPostWithoutTheViewsTokenChangesNothing() {
        HttpResponse<String> page = get("/crm/login.xhtml");
        post("/crm/login.xhtml", Map.of("login", "login", "login:company", "demo", "login:username", "zhangwei",
                "login:password", DemoTenant.PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())));
        HttpResponse<String> form = get("/crm/app/records/edit.xhtml?type=customer");
        String code = "X" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("form", "form");
        fields.put(inputName(form.body(), "code"), code);
        fields.put(inputName(form.body(), "name"), "跨站请求伪造测试公司");
        fields.put("form:save", "");

        Map<String, String> forged = new LinkedHashMap<>(fields);
        forged.put("jakarta.faces.ViewState", "-1234567890:9876543210");
        HttpResponse<String> withForgedToken = post("/crm/app/records/edit.xhtml?type=customer", forged);
        HttpResponse<String> withoutToken = post("/crm/app/records/edit.xhtml?type=customer", fields);

        assertThat(withForgedToken.body()).doesNotContain("Exception");
        assertThat(withoutToken.body()).doesNotContain("Exception");
        HttpResponse<String> list = get("/crm/app/records/list.xhtml?type=customer&q=" + code);
        assertThat(list.body()).contains("没有符合条件的记录").doesNotContain("跨站请求伪造测试公司");
    }

    @Test
    void TEN01_operatorPagesRefuseTenantUsersAndTenantPagesRefuseOperators() {
        HttpResponse<String> operatorLogin = get("/operator/login.xhtml");
        HttpResponse<String> signedIn = post("/operator/login.xhtml", Map.of(
                "login", "login",
                "login:username", DemoTenant.OPERATOR,
                "login:password", DemoTenant.OPERATOR_PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState(operatorLogin.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> tenants = get("/operator/app/tenants.xhtml");
        assertThat(tenants.statusCode()).isEqualTo(200);
        assertThat(tenants.body()).contains("租户管理").contains("上海天纵机电设备有限公司");
        assertThat(get("/crm/app/index.xhtml").statusCode()).as("operator on a tenant page").isEqualTo(403);
        assertThat(get("/crm/app/records/list.xhtml?type=customer").body()).doesNotContain("苏州恒达");

        client();
        HttpResponse<String> page = get("/crm/login.xhtml");
        post("/crm/login.xhtml", Map.of("login", "login", "login:company", "demo", "login:username", "zhangwei",
                "login:password", DemoTenant.PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())));
        assertThat(get("/crm/app/index.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/operator/app/tenants.xhtml");
        assertThat(refused.statusCode()).as("tenant user on an operator page").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("上海天纵机电设备有限公司");

        client();
        HttpResponse<String> again = get("/operator/login.xhtml");
        HttpResponse<String> wrong = post("/operator/login.xhtml", Map.of("login", "login", "login:username", "zhangwei",
                "login:password", DemoTenant.PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState(again.body())));
        assertThat(wrong.body()).contains("用户名或密码不正确");
    }

    private String session() {
        return web.session();
    }

    private String viewState(String html) {
        return WebClient.viewState(html);
    }

    private String inputName(String html, String field) {
        return WebClient.inputName(html, field);
    }

    private HttpResponse<String> get(String path) {
        return web.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        return web.post(path, form);
    }
}
