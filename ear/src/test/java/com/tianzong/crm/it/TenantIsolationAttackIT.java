package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLT-01 / TEN-01, adversarially and over HTTP: the administrator of company A, signed in, sends
 * company B's record ids in URLs (the generic pages and each record type's own pages) and in forged form posts, searches and exports B's records, and
 * tries B's company code at sign-in — for every record type in {@link RecordTypes}, each made by
 * {@link RecordSamples}. Every attempt ends in "not found" or A's own data, never a byte of B's,
 * and B's records stay exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationAttackIT {

    private static final String ALPHA_PASSWORD = "Alpha#Pass2026";
    private static final String BETA_PASSWORD = "Beta#Pass2026";
    private static final String NOT_FOUND = "记录不存在";
    private static final int ATTACKERS = 3;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    CompanyProfiles profiles;

    @Inject
    RecordTypes recordTypes;

    /**
     * The two companies with samples of every record type, made for the first test and kept by
     * the run's one deployment for the others, which only read them; the test that forges posts
     * (changing A's own records) runs last and removes them.
     */
    private static TestTenants tenants;
    private static TenantCode alpha;
    private static TenantCode beta;
    /** Per record type: the ids of A's records and of B's. */
    private static final Map<String, List<Long>> alphaIds = new LinkedHashMap<>();
    private static final Map<String, List<Long>> betaIds = new LinkedHashMap<>();
    /** Per record type: whether A's administrator may edit its records at all. */
    private static final Map<String, Boolean> editableTypes = new LinkedHashMap<>();
    private WebClient attacker;

    @BeforeEach
    void twoCompanies() {
        if (tenants == null) {
            TestTenants made = new TestTenants(provisioning);
            alpha = made.create("it_atk_a");
            beta = made.create("it_atk_b");
            tenants = made;
            staff(alpha, ALPHA_PASSWORD, "admin", "a_only");
            staff(beta, BETA_PASSWORD, "admin", "b_only");
            alphaIds.clear();
            betaIds.clear();
            Map<String, Set<Long>> alphaBefore = existing(alpha);
            Map<String, Set<Long>> betaBefore = existing(beta);
            for (RecordType<?> type : recordTypes.all()) {
                alphaIds.put(type.name(), create(alpha, type, "ALPHA", 3));
                betaIds.put(type.name(), create(beta, type, "BETA", 5));
            }
            broughtAlong(alpha, alphaIds, alphaBefore);
            broughtAlong(beta, betaIds, betaBefore);
            editableTypes.clear();
            recordTypes.all().forEach(type -> editableTypes.put(type.name(), editable(type)));
            TenantContext.callAsUser(new TenantUser("admin", beta), () -> {
                profiles.changeLogo(PNG);
                return null;
            });
        }
        attacker = new WebClient();
        assertThat(attacker.signIn(alpha.value(), "admin", ALPHA_PASSWORD).statusCode()).as("A's admin signs in").isEqualTo(302);
    }

    private static void removeCompanies() {
        if (tenants != null) {
            tenants.removeAll();
            tenants = null;
        }
    }

    @Test
    @Order(1)
    void PLT01_everyRegisteredRecordTypeIsInTheIsolationSuite() {
        Set<String> registered = new TreeSet<>();
        recordTypes.all().forEach(type -> registered.add(type.name()));
        assertThat(registered).isNotEmpty();
        assertThat(RecordSamples.FACTORIES.keySet()).as("record types with a sample factory").containsAll(registered);
    }

    @Test
    @Order(2)
    void PLT01_foreignIdsInUrlsShowNotFoundNeverData() {
        eachType((type, attacker) -> {
            String name = type.name();
            boolean editable = editableTypes.get(name);
            for (long id : betaIds.get(name)) {
                if (!editable) {
                    HttpResponse<String> refused = attacker.get("/crm/app/records/edit.xhtml?type=" + name + "&id=" + id);
                    assertThat(refused.statusCode()).as("edit page of read-only " + name + " " + id).isEqualTo(403);
                    assertThat(refused.body()).doesNotContain("BETA").doesNotContain("ALPHA");
                }
                List<String> pages = new ArrayList<>(editable ? List.of("view", "edit") : List.of("view"));
                if (type.lineItems().isPresent()) {
                    pages.add("print");
                }
                for (String page : pages) {
                    HttpResponse<String> response = attacker.get("/crm/app/records/" + page + ".xhtml?type=" + name + "&id=" + id);
                    assertThat(response.body()).as(page + " of " + name + " " + id).doesNotContain("BETA");
                    if (alphaIds.get(name).contains(id) && page.equals("edit") && response.statusCode() == 302) {
                        // A's own document that is no longer a draft (a posted order) is not edited: the form sends to its view
                        assertThat(response.headers().firstValue("Location")).as("edit of A's posted " + name + " " + id).get().asString()
                                .endsWith("/app/records/view.xhtml?type=" + name + "&id=" + id);
                    } else if (alphaIds.get(name).contains(id)) {
                        assertThat(response.statusCode()).as(page + " of A's own " + name + " " + id + ": " + WebClient.title(response.body()))
                                .isEqualTo(200);
                        assertThat(response.body()).as("the same id in A is A's own record").contains("ALPHA");
                    } else {
                        assertThat(response.statusCode()).as(page + " of B's " + name + " " + id).isEqualTo(404);
                        assertThat(response.body()).contains(NOT_FOUND);
                    }
                }
            }
            for (RecordAction action : type.actions()) {
                for (long id : betaOnlyIds(name)) {
                    HttpResponse<String> response = attacker.get("/crm" + action.outcome() + ".xhtml?id=" + id);
                    assertThat(response.statusCode()).as(action.outcome() + " of B's " + name + " " + id).isEqualTo(404);
                    assertThat(response.body()).contains(NOT_FOUND).doesNotContain("BETA");
                }
            }
            for (String garbage : List.of("-1", "0", "abc", "1%20or%201%3D1", "99999999999999999999", "")) {
                HttpResponse<String> response = attacker.get("/crm/app/records/view.xhtml?type=" + name + "&id=" + garbage);
                assertThat(response.statusCode()).as("id " + garbage).isEqualTo(404);
                assertThat(response.body()).contains(NOT_FOUND).doesNotContain("BETA").doesNotContain("Exception");
            }
        });
    }

    @Test
    @Order(5)
    void PLT01_forgedFormPostsCannotChangeOrDeleteForeignRecords() {
        try {
            forgePosts();
        } finally {
            removeCompanies();
        }
    }

    private void forgePosts() {
        Map<String, List<String>> before = betaSnapshot();
        // one type after another: these posts save A's own records, which refer to each other
        recordTypes.all().forEach(type -> forgePosts(type, attacker));
        assertThat(betaSnapshot()).as("B's records after the attacks").isEqualTo(before);
    }

    private void forgePosts(RecordType<?> type, WebClient attacker) {
        String name = type.name();
        List<Long> own = alphaIds.get(name);
        List<Long> foreign = betaOnlyIds(name);
        if (!editableTypes.get(name)) {
            // a type nobody edits here (sales organisations): no edit form of A's to forge, and B's ids get no form either
            for (long target : foreign) {
                HttpResponse<String> refused = attacker.get("/crm/app/records/edit.xhtml?type=" + name + "&id=" + target);
                assertThat(refused.statusCode()).as("edit page of read-only " + name).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("BETA").doesNotContain("Exception");
            }
            return;
        }
        for (long target : foreign) {
            // A's own edit form, posted back with B's id in the URL
            HttpResponse<String> form = attacker.get("/crm/app/records/edit.xhtml?type=" + name + "&id=" + own.get(0));
            Map<String, String> fields = WebClient.formFields(form.body(), "form");
            fields.replaceAll((field, value) -> value.replace("ALPHA", "HACKED"));
            assertThat(fields.values()).as("the form shows A's record (" + form.statusCode() + ")").anyMatch(value -> value.contains("HACKED"));
            fields.put("form:save", "");
            HttpResponse<String> edited = attacker.postForm("/crm/app/records/edit.xhtml?type=" + name + "&id=" + target, form, "form", fields);
            assertThat(edited.body()).doesNotContain("BETA").doesNotContain("Exception");
        }
        assertThat(attacker.get("/crm/app/records/view.xhtml?type=" + name + "&id=" + own.get(0)).body())
                .as("the forged post was taken as a save, of A's own record").contains("HACKED");
        for (int i = 0; i < Math.min(own.size() - 1, foreign.size()); i++) {
            // the delete button of A's own record, posted back with B's id in the URL
            HttpResponse<String> view = attacker.get("/crm/app/records/view.xhtml?type=" + name + "&id=" + own.get(i + 1));
            HttpResponse<String> deleted = attacker.postForm("/crm/app/records/view.xhtml?type=" + name + "&id=" + foreign.get(i), view, "view",
                    Map.of("view:delete", ""));
            assertThat(deleted.body()).doesNotContain("BETA").doesNotContain("Exception");
        }
    }

    @Test
    @Order(3)
    void PLT01_listsSearchAndExportsNeverIncludeForeignRows() {
        eachType((type, attacker) -> {
            String name = type.name();
            HttpResponse<String> all = attacker.get("/crm/app/records/list.xhtml?type=" + name);
            assertThat(all.body()).contains("ALPHA").doesNotContain("BETA");
            HttpResponse<String> searched = attacker.get("/crm/app/records/list.xhtml?type=" + name + "&q=BETA");
            assertThat(searched.body()).contains("没有符合条件的记录").doesNotContain("范围测试客户 BETA");

            HttpResponse<String> csv = attacker.postForm("/crm/app/records/list.xhtml?type=" + name, all, "list", Map.of("list:exportCsv", ""));
            assertThat(csv.statusCode()).as("export of " + name).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).as("export of " + name + ": " + WebClient.title(csv.body())).get().asString().contains(name + ".csv");
            assertThat(csv.body()).as("export of " + name).contains("ALPHA").doesNotContain("BETA");

            HttpResponse<String> searchedCsv = attacker.postForm("/crm/app/records/list.xhtml?type=" + name + "&q=BETA", searched, "list",
                    Map.of("list:exportCsv", ""));
            assertThat(searchedCsv.body()).as("export of a search for B's records").doesNotContain("BETA");

            for (RecordAction page : type.listPages()) {
                HttpResponse<String> shown = attacker.get("/crm" + page.outcome() + ".xhtml");
                assertThat(shown.statusCode()).as(page.outcome() + ": " + WebClient.title(shown.body())).isEqualTo(200);
                assertThat(shown.body()).as(page.outcome()).doesNotContain("BETA").doesNotContain("Exception");
            }
        });
        HttpResponse<String> aging = attacker.get("/crm/app/sales/aging.xhtml");
        assertThat(aging.body()).as("the receivables aging lists A's customers with open invoices").contains("范围测试客户 ALPHA");
        HttpResponse<String> own = attacker.get("/crm/app/search.xhtml?q=" + URLEncoder.encode("范围测试联系人", StandardCharsets.UTF_8));
        assertThat(own.body()).as("the search box (PLT-11) finds A's contacts").contains("范围测试联系人 ALPHA").doesNotContain("BETA");
        HttpResponse<String> foreign = attacker.get("/crm/app/search.xhtml?q=BETA");
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.body()).as("the search box never finds B's records").contains("找到 0 条").doesNotContain("范围测试");
        HttpResponse<String> audit = attacker.get("/crm/app/admin/audit.xhtml");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).as("A's audit log").doesNotContain("BETA");
        assertThat(attacker.get("/crm/app/company-logo").statusCode()).as("A has no logo; B's is not served").isEqualTo(404);
    }

    @Test
    @Order(4)
    void TEN01_aUserOfOneCompanyCannotSignInUnderAnothersCode() {
        WebClient other = new WebClient();
        HttpResponse<String> onlyInA = other.signIn(beta.value(), "a_only", ALPHA_PASSWORD);
        assertThat(onlyInA.statusCode()).isEqualTo(200);
        assertThat(onlyInA.body()).contains("公司代码、用户名或密码不正确");
        assertSentToSignIn(other);
        HttpResponse<String> sameNameOtherPassword = other.signIn(beta.value(), "admin", ALPHA_PASSWORD);
        assertThat(sameNameOtherPassword.body()).contains("公司代码、用户名或密码不正确");
        assertSentToSignIn(other);

        assertThat(other.signIn(beta.value(), "admin", BETA_PASSWORD).statusCode()).as("B's own admin").isEqualTo(302);
        assertThat(other.get("/crm/app/company-logo").statusCode()).as("B's admin gets B's logo").isEqualTo(200);
        assertThat(attacker.get("/crm/app/records/list.xhtml?type=customer").body())
                .as("A's session is untouched by B's sign-in").contains("ALPHA").doesNotContain("BETA");
    }

    /**
     * Runs the attack on every record type, on {@value #ATTACKERS} threads at once, each signed in
     * as A's administrator in a session of its own: the pages are independent, and the server has
     * more than one core. The first failure is the test's.
     */
    private void eachType(BiConsumer<RecordType<?>, WebClient> attack) {
        List<WebClient> sessions = new ArrayList<>(List.of(attacker));
        while (sessions.size() < ATTACKERS) {
            WebClient session = new WebClient();
            assertThat(session.signIn(alpha.value(), "admin", ALPHA_PASSWORD).statusCode()).as("A's admin signs in again").isEqualTo(302);
            sessions.add(session);
        }
        ConcurrentLinkedQueue<RecordType<?>> types = new ConcurrentLinkedQueue<>(recordTypes.all());
        ExecutorService threads = Executors.newFixedThreadPool(ATTACKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (WebClient session : sessions) {
                running.add(threads.submit(() -> {
                    for (RecordType<?> type = types.poll(); type != null; type = types.poll()) {
                        attack.accept(type, session);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A refused sign-in leaves an ordinary visitor: a protected page sends them to the sign-in page. */
    private static void assertSentToSignIn(WebClient client) {
        HttpResponse<String> protectedPage = client.get("/crm/app/index.xhtml");
        assertThat(protectedPage.statusCode()).as("still signed out").isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location")).get().asString().endsWith("/crm/login.xhtml");
    }

    private void staff(TenantCode tenant, String password, String... usernames) {
        TenantContext.runAs(tenant, () -> {
            departments.create("HQ", "总经理办公室", null);
            for (String username : usernames) {
                users.create(username, username, departments.findByCode("HQ").orElseThrow(), Set.of("TENANT_ADMIN"));
            }
            users.setInitialPasswords(password.toCharArray());
        });
    }

    private List<Long> create(TenantCode tenant, RecordType<?> type, String label, int count) {
        return TenantContext.callAsUser(new TenantUser("admin", tenant), () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add(RecordSamples.save(type, label + i).getId());
            }
            return ids;
        });
    }

    /** Per record type, the ids of the records a new company has before any sample is made (defaults, seeded examples). */
    private Map<String, Set<Long>> existing(TenantCode tenant) {
        return TenantContext.callAsUser(new TenantUser("admin", tenant), () -> {
            Map<String, Set<Long>> ids = new LinkedHashMap<>();
            for (RecordType<?> type : recordTypes.all()) {
                ids.put(type.name(), new java.util.HashSet<>(service(type).findPage(com.tianzong.crm.platform.query.PageRequest.firstPage(1000))
                        .rows().stream().map(TenantRecord::getId).toList()));
            }
            return ids;
        });
    }

    /**
     * Adds to the company's ids every record its samples brought along: a shipment's sample brings
     * the order it was posted from, an invoice's its order and shipment, a return its invoice, a
     * credit note its received return and the improvement suggestion that filed, a commission
     * record its rule — whatever the company has now that it did not have {@code before}.
     */
    private void broughtAlong(TenantCode tenant, Map<String, List<Long>> ids, Map<String, Set<Long>> before) {
        TenantContext.callAsUser(new TenantUser("admin", tenant), () -> {
            for (RecordType<?> type : recordTypes.all()) {
                List<Long> all = new ArrayList<>(ids.get(type.name()));
                service(type).findPage(com.tianzong.crm.platform.query.PageRequest.firstPage(1000)).rows().stream()
                        .map(TenantRecord::getId)
                        .filter(id -> !all.contains(id) && !before.get(type.name()).contains(id))
                        .forEach(all::add);
                ids.put(type.name(), all);
            }
            return null;
        });
    }

    /** Whether A's administrator may edit records of the type at all (sales organisations are kept elsewhere). */
    private boolean editable(RecordType<?> type) {
        return TenantContext.callAsUser(new TenantUser("admin", alpha), () -> service(type).allowedActions()).contains(PermissionAction.EDIT);
    }

    private List<Long> betaOnlyIds(String type) {
        List<Long> ids = betaIds.get(type).stream().filter(id -> !alphaIds.get(type).contains(id)).toList();
        assertThat(ids).as("B has ids that A does not have").isNotEmpty();
        return ids;
    }

    /** Every record of B, as "id version" per type: any change or deletion shows. */
    private Map<String, List<String>> betaSnapshot() {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        for (RecordType<?> type : recordTypes.all()) {
            RecordService<TenantRecord> service = service(type);
            snapshot.put(type.name(), TenantContext.callAs(beta, () -> betaIds.get(type.name()).stream()
                    .map(id -> service.find(id).map(r -> r.getId() + " v" + r.getVersion()).orElse(id + " gone"))
                    .toList()));
        }
        return snapshot;
    }

    @SuppressWarnings("unchecked")
    private static RecordService<TenantRecord> service(RecordType<?> type) {
        return (RecordService<TenantRecord>) type.service();
    }
}
