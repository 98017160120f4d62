package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.demo.DemoTenant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** TEN-01: the operators' REST API for tenants, as a script would call it — and as others must not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorApiIT {

    private WebClient operator;
    private String code;

    @BeforeEach
    void signedInOperator() {
        operator = new WebClient();
        assertThat(operator.signInOperator(DemoTenant.OPERATOR, DemoTenant.OPERATOR_PASSWORD).statusCode()).isEqualTo(302);
        code = "it_api_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    }

    @Test
    void TEN01_operatorOnboardsListsAndDeletesATenantThroughTheApi() {
        HttpResponse<String> created = operator.json("POST", "/operator/api/tenants", newTenant(code, "admin@example.com"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject onboarded = parse(created.body());
        assertThat(onboarded.getString("code")).isEqualTo(code);
        assertThat(onboarded.getString("invitationLink")).contains("/crm/invitation.xhtml?token=");
        assertThat(onboarded.getJsonNumber("elapsedMs").longValue()).isPositive();
        assertThat(listedCodes()).contains(code);

        HttpResponse<String> mismatch = operator.json("DELETE", "/operator/api/tenants/" + code + "?confirm=wrong", null);
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(parse(mismatch.body()).getString("error")).isEqualTo("tenant.delete.confirmMismatch");
        assertThat(listedCodes()).as("nothing deleted").contains(code);

        assertThat(operator.json("DELETE", "/operator/api/tenants/" + code + "?confirm=" + code, null).statusCode()).isEqualTo(204);
        assertThat(listedCodes()).doesNotContain(code);
        assertThat(operator.json("DELETE", "/operator/api/tenants/" + code + "?confirm=" + code, null).statusCode()).isEqualTo(404);
    }

    @Test
    void TEN01_badRequestsAreRefusedInTheCallersLanguageAndCreateNothing() {
        assertThat(operator.json("POST", "/operator/api/tenants", newTenant(code, "admin@example.com")).statusCode()).isEqualTo(201);
        HttpResponse<String> taken = operator.json("POST", "/operator/api/tenants", newTenant(code, "other@example.com"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(parse(taken.body()).getString("message")).isEqualTo("公司代码 " + code + " 已被使用");

        HttpResponse<String> injected = operator.json("POST", "/operator/api/tenants", newTenant("x\"; drop schema demo cascade; --", "a@example.com"),
                "Accept-Language", "en");
        assertThat(injected.statusCode()).isEqualTo(400);
        JsonObject refusal = parse(injected.body());
        assertThat(refusal.getString("field")).isEqualTo("code");
        assertThat(refusal.getString("message")).startsWith("The company code must start with a lower-case letter");

        String other = code + "_b";
        HttpResponse<String> badEmail = operator.json("POST", "/operator/api/tenants", newTenant(other, "not-an-address"), "Accept-Language", "zh-TW");
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(parse(badEmail.body()).getString("field")).isEqualTo("adminEmail");
        assertThat(parse(badEmail.body()).getString("message")).contains("管理員");
        assertThat(listedCodes()).contains(code, "demo").doesNotContain(other);
        assertThat(operator.json("DELETE", "/operator/api/tenants/" + code + "?confirm=" + code, null).statusCode()).isEqualTo(204);
    }

    @Test
    void TEN01_runtimeFiguresForCapacityPlanning() {
        HttpResponse<String> runtime = operator.json("GET", "/operator/api/runtime?gc=true", null);
        assertThat(runtime.statusCode()).isEqualTo(200);
        JsonObject figures = parse(runtime.body());
        assertThat(figures.getInt("tenants")).isPositive();
        assertThat(figures.getJsonNumber("heapUsedBytes").longValue()).isPositive()
                .isLessThanOrEqualTo(figures.getJsonNumber("heapCommittedBytes").longValue());
        assertThat(figures.getJsonNumber("residentBytes").longValue()).isGreaterThan(figures.getJsonNumber("heapUsedBytes").longValue() / 4);
    }

    @Test
    void TEN01_theApiRefusesVisitorsAndTenantUsers() {
        WebClient visitor = new WebClient();
        HttpResponse<String> anonymous = visitor.json("GET", "/operator/api/tenants", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/operator/login.xhtml");
        assertThat(visitor.json("POST", "/operator/api/tenants", newTenant(code, "a@example.com")).statusCode()).isEqualTo(302);

        WebClient tenantUser = new WebClient();
        assertThat(tenantUser.signIn(DemoTenant.CODE.value(), "admin", DemoTenant.PASSWORD).statusCode()).isEqualTo(302);
        for (String path : new String[] {"/operator/api/tenants", "/operator/api/runtime"}) {
            HttpResponse<String> refused = tenantUser.json("GET", path, null);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("上海天纵机电设备有限公司").doesNotContain("heapUsedBytes");
        }
        assertThat(tenantUser.json("POST", "/operator/api/tenants", newTenant(code, "a@example.com")).statusCode()).isEqualTo(403);
        assertThat(tenantUser.json("DELETE", "/operator/api/tenants/demo?confirm=demo", null).statusCode()).isEqualTo(403);
        assertThat(listedCodes()).contains("demo").doesNotContain(code);
    }

    @Test
    void PLT11_operatorsRebuildACompanysSearchIndexAndOthersMayNot() {
        HttpResponse<String> rebuilt = operator.json("POST", "/operator/api/tenants/demo/search-index", null);
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        JsonObject done = parse(rebuilt.body());
        assertThat(done.getString("code")).isEqualTo("demo");
        assertThat(done.getJsonNumber("documents").longValue()).as("the demo customers and contacts").isGreaterThan(10);

        WebClient tenantUser = new WebClient();
        assertThat(tenantUser.signIn(DemoTenant.CODE.value(), "admin", DemoTenant.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(tenantUser.get("/crm/app/search.xhtml?q=tswj").body()).as("found again after the rebuild, by pinyin initials")
                .contains("义乌通商五金机电批发有限公司");
        assertThat(tenantUser.json("POST", "/operator/api/tenants/demo/search-index", null).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = operator.json("POST", "/operator/api/tenants/no_such_co/search-index", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(parse(unknown.body()).getString("error")).isEqualTo("tenant.notFound");
    }

    private java.util.List<String> listedCodes() {
        HttpResponse<String> listed = operator.json("GET", "/operator/api/tenants", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonArray tenants = Json.createReader(new StringReader(listed.body())).readArray();
        return tenants.getValuesAs(JsonObject.class).stream().map(tenant -> tenant.getString("code")).toList();
    }

    private static String newTenant(String code, String adminEmail) {
        return Json.createObjectBuilder().add("code", code).add("name", "接口测试公司 " + code).add("plan", "STANDARD")
                .add("adminName", "赵敏").add("adminEmail", adminEmail).build().toString();
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
