package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.demo.DemoTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The customer file's golden path in a real browser, as a demo sales rep: sign in, create a
 * customer, find it by filter, switch to Traditional Chinese and see the labels change.
 */
class CustomerBrowserIT extends BrowserTest {


    @Test
    void CUS01_repCreatesCustomerFindsItByFilterAndSeesTraditionalLabels() {
        signIn("wangfang");
        browser.waitForText(By.id("welcome"), "王芳");

        String code = "W" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String name = "佛山南海精工模具有限公司" + code;
        browser.open("/crm/app/records/list.xhtml?type=customer");
        browser.click(By.id("list:create"));
        browser.waitForUrl("edit.xhtml");
        browser.type(By.cssSelector("#field-code input"), code);
        browser.type(By.cssSelector("#field-name input"), name);
        browser.choose(By.id("field-customerType"), "企业客户");
        browser.choose(By.id("field-region"), "华南");
        browser.typeNumber(By.cssSelector("#field-creditLimit input:not([type=hidden])"), "300000");
        browser.click(By.id("form:save"));

        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("title"), code);
        assertThat(browser.pageSource()).contains("300,000.00").contains("华南");

        browser.open("/crm/app/records/list.xhtml?type=customer");
        browser.type(By.xpath("//th[.//span[normalize-space()='客户编号']]//input"), code);
        browser.waitUntil(driver -> browser.findAll(By.cssSelector("#list\\:records_data tr")).size() == 1
                && browser.pageSource().contains(name));

        browser.click(By.linkText("繁體中文"));
        browser.waitForText(By.cssSelector(".tz-page-header h2"), "客戶檔案");
        assertThat(browser.pageSource()).contains("客戶名稱").contains("新增").doesNotContain("客户名称");

        browser.click(By.linkText("简体中文"));
        browser.waitForText(By.cssSelector(".tz-page-header h2"), "客户档案");
        passed = true;
    }

    @Test
    void CUS01_listExportsItsCurrentFilterToCsvAndExcel() throws Exception {
        signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=" + java.net.URLEncoder.encode("苏州", "UTF-8"));
        browser.waitUntil(driver -> browser.findAll(By.cssSelector("#list\\:records_data tr")).size() >= 1);
        browser.click(By.id("list:exportCsv"));
        String csv = java.nio.file.Files.readString(browser.downloaded("customer.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("客户编号").contains("苏州").doesNotContain("广州");
        browser.click(By.id("list:exportXlsx"));
        byte[] xlsx = java.nio.file.Files.readAllBytes(browser.downloaded("customer.xlsx"));
        assertThat(xlsx).startsWith('P', 'K');
        passed = true;
    }

    @Test
    void CUS01_staleEditShowsChangedBySomeoneElseAndDeleteAsksFirst() throws Exception {
        signIn("manager");
        String code = "S" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        browser.open("/crm/app/records/edit.xhtml?type=customer");
        browser.type(By.cssSelector("#field-code input"), code);
        browser.type(By.cssSelector("#field-name input"), "上海浦东新区张江精密仪器有限公司" + code);
        browser.choose(By.id("field-customerType"), "企业客户");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        String editUrl = browser.currentUrl().replace("view.xhtml", "edit.xhtml").replaceFirst("^https?://[^/]+", "");
        browser.open(editUrl);

        try (Browser colleague = new Browser()) {
            colleague.open("/crm/login.xhtml");
            colleague.type(By.id("login:company"), DemoTenant.CODE.value());
            colleague.type(By.id("login:username"), "zhaozhiqiang");
            colleague.type(By.id("login:password"), DemoTenant.PASSWORD);
            colleague.click(By.id("login:submit"));
            colleague.waitForUrl("/app/index.xhtml");
            colleague.open(editUrl);
            colleague.type(By.cssSelector("#field-phone input"), "021-50801234");
            colleague.click(By.id("form:save"));
            colleague.waitForUrl("view.xhtml");
        }

        browser.type(By.cssSelector("#field-phone input"), "021-99999999");
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("form:messages"), "该记录已被其他用户修改");

        browser.open(editUrl.replace("edit.xhtml", "view.xhtml"));
        assertThat(browser.pageSource()).contains("021-50801234").doesNotContain("021-99999999");
        browser.click(By.linkText("修改历史"));
        browser.waitForText(By.cssSelector("[id$='historyTable_data']"), "zhaozhiqiang");
        assertThat(browser.find(By.cssSelector("[id$='historyTable_data']")).getText())
                .contains("021-50801234").contains("电话").contains("manager").contains("新建");
        browser.click(By.id("view:delete"));
        browser.find(By.cssSelector(".ui-confirm-dialog"));
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        assertThat(browser.currentUrl()).contains("view.xhtml");
        browser.click(By.id("view:delete"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForUrl("list.xhtml");
        browser.open(editUrl.replace("edit.xhtml", "view.xhtml"));
        browser.waitForText(By.id("notFound"), "记录不存在");
        passed = true;
    }

    @Test
    void PLT05_repSeesOnlyOwnCustomersDirectorSeesTheSalesCentre() throws Exception {
        String guangzhou = "/crm/app/records/list.xhtml?type=customer&q=" + java.net.URLEncoder.encode("广州", "UTF-8");
        signIn("zhangwei");
        browser.open(guangzhou);
        browser.waitForText(By.id("list:records"), "没有符合条件的记录");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026001");
        browser.waitForText(By.id("list:records"), "苏州恒达精密机械有限公司");
        browser.click(By.linkText("退出"));

        signIn("zhaozhiqiang");
        browser.open(guangzhou);
        browser.waitUntil(driver -> browser.findAll(By.cssSelector("#list\\:records_data tr td")).size() > 1);
        assertThat(browser.find(By.id("list:records")).getText()).contains("广州").doesNotContain("没有符合条件的记录");
        passed = true;
    }

    @Test
    void PLT05_financeSeesNoCreateEditOrDeleteAndIsRefusedByUrl() {
        signIn("liuyang");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026001");
        browser.waitForText(By.id("list:records"), "苏州恒达精密机械有限公司");
        assertThat(browser.findAll(By.id("list:create"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("[id$=':delete']"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("[id$=':edit']"))).isEmpty();
        assertThat(browser.findAll(By.id("list:exportCsv"))).hasSize(1);
        browser.open("/crm/app/records/edit.xhtml?type=customer");
        browser.waitForText(By.id("forbidden"), "没有权限");
        assertThat(browser.findAll(By.id("form"))).isEmpty();
        passed = true;
    }

    @Test
    void PLT09_scriptInEveryTextFieldStaysInertOnEveryPage() throws Exception {
        signIn("zhangwei");
        String code = "XSS" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String script = "<script>alert(1)</script>";
        String image = "\"><img src=x onerror=alert(2)>";
        browser.open("/crm/app/records/edit.xhtml?type=customer");
        browser.type(By.cssSelector("#field-code input"), code);
        browser.type(By.cssSelector("#field-name input"), script + code);
        browser.type(By.cssSelector("#field-shortName input"), image);
        browser.type(By.cssSelector("#field-address input"), script);
        browser.type(By.cssSelector("#field-phone input"), "021-1234");
        browser.choose(By.id("field-customerType"), "企业客户");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        assertThat(browser.alertPresent()).isFalse();
        assertThat(browser.find(By.id("title")).getText()).contains(script);
        String view = browser.currentUrl().replaceFirst("^https?://[^/]+", "");

        browser.open("/crm/app/records/list.xhtml?type=customer&q=" + code);
        browser.waitForText(By.id("list:records"), script);
        assertThat(browser.alertPresent()).isFalse();
        browser.open(view.replace("view.xhtml", "edit.xhtml"));
        browser.find(By.cssSelector("#field-name input"));
        assertThat(browser.alertPresent()).isFalse();
        assertThat(browser.pageSource()).doesNotContain(image).doesNotContain("<script>alert(1)");
        passed = true;
    }

    @Test
    void PLT04_englishUserSeesEnglishLabelsAndSignsOut() {
        signIn("sunlei");
        browser.click(By.linkText("English"));
        browser.waitForText(By.cssSelector(".tz-brand"), "Tianzong CRM");
        browser.open("/crm/app/records/list.xhtml?type=customer");
        browser.waitForText(By.cssSelector(".tz-page-header h2"), "Customer file");
        assertThat(browser.pageSource()).contains("Customer name").contains("Credit limit").contains("Export Excel");
        browser.click(By.linkText("简体中文"));
        browser.waitForText(By.cssSelector(".tz-page-header h2"), "客户档案");
        browser.click(By.linkText("退出"));
        browser.waitForUrl("login.xhtml");
        browser.open("/crm/app/records/list.xhtml?type=customer");
        browser.waitForUrl("login.xhtml");
        passed = true;
    }

    @Test
    void CUS01_formShowsFieldMessagesAndSavesNothingOnBadInput() {
        signIn("zhangwei");
        browser.waitForText(By.id("welcome"), "张伟");
        browser.open("/crm/app/records/edit.xhtml?type=customer");
        browser.type(By.cssSelector("#field-code input"), "坏 编号!");
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("field-name"), "必须填写");
        browser.waitForText(By.id("field-code"), "只能包含字母");
        browser.waitForText(By.id("field-customerType"), "必须填写");
        assertThat(browser.pageSource()).doesNotContain("Exception");
        passed = true;
    }

    @Test
    void PLT01_garbageForeignOrUnknownIdsShowNotFoundNeverAnError() {
        signIn("zhangwei");
        browser.waitForText(By.id("welcome"), "张伟");
        for (String path : new String[] {
                "/crm/app/records/view.xhtml?type=customer&id=abc",
                "/crm/app/records/view.xhtml?type=customer&id=987654321",
                "/crm/app/records/edit.xhtml?type=customer&id=-1",
                "/crm/app/records/view.xhtml?type=nosuchtype&id=1",
                "/crm/app/records/list.xhtml?type=%3Cscript%3E"}) {
            browser.open(path);
            browser.waitForText(By.id("notFound"), "记录不存在");
            assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("<script>");
        }
        browser.open("/crm/app/no-such-page.xhtml");
        browser.waitForText(By.tagName("h1"), "页面不存在");
        passed = true;
    }

    @Test
    void PLT01_wrongCompanyUserOrPasswordGiveTheSameMessage() {
        // fresh names each run: failed attempts count towards a lock-out of the typed account
        String run = Long.toString(System.nanoTime(), 36);
        for (String[] attempt : new String[][] {{"demo", "zhangwei", "wrong"}, {"demo", "nobody" + run, DemoTenant.PASSWORD},
                {"nosuch" + run, "zhangwei", DemoTenant.PASSWORD}}) {
            browser.open("/crm/login.xhtml");
            browser.type(By.id("login:company"), attempt[0]);
            browser.type(By.id("login:username"), attempt[1]);
            browser.type(By.id("login:password"), attempt[2]);
            browser.click(By.id("login:submit"));
            browser.waitForText(By.id("login:messages"), "公司代码、用户名或密码不正确");
        }
        passed = true;
    }

    @Test
    void PLT09_repeatedFailedSignInsShowHowLongTheAccountIsLocked() {
        String username = "guess" + Long.toString(System.nanoTime(), 36);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.open("/crm/login.xhtml");
            browser.type(By.id("login:company"), "demo");
            browser.type(By.id("login:username"), username);
            browser.type(By.id("login:password"), "wrong" + attempt);
            browser.click(By.id("login:submit"));
            browser.waitForText(By.id("login:messages"), attempt < 5 ? "公司代码、用户名或密码不正确" : "登录失败次数过多，请 15 分钟后再试");
        }
        passed = true;
    }

    private void signIn(String username) {
        browser.signIn(username);
    }
}
