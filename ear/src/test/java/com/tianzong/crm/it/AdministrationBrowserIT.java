package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tenant administrator's pages and the user's own session in a real browser (PLT-05,
 * PLT-09): the permission matrix takes effect on the user's next page, the change is in the
 * audit log, "log out everywhere" and the administrator end sessions in other browsers, and the
 * idle timeout warns before it signs out.
 */
class AdministrationBrowserIT extends BrowserTest {

    private static final By FINANCE_CREATES_CUSTOMERS = By.cssSelector("input[data-cell='customer-CREATE']");


    @Test
    void PLT05_permissionTickedInTheMatrixAppliesOnTheUsersNextPageAndIsInTheAuditLog() throws Exception {
        browser.signIn("admin");
        assertThat(browser.find(By.id("menuForm:menu")).getText()).contains("系统管理").contains("角色与权限").contains("审计日志");
        browser.open("/crm/app/admin/roles.xhtml?role=FINANCE");
        assertThat(browser.find(FINANCE_CREATES_CUSTOMERS).isSelected()).isFalse();
        try (Browser finance = new Browser()) {
            finance.signIn("liuyang");
            finance.open("/crm/app/records/list.xhtml?type=customer");
            finance.waitForText(By.id("list:records"), "客户名称");
            assertThat(finance.findAll(By.id("list:create"))).isEmpty();

            toggleFinanceCreate();
            finance.open("/crm/app/records/list.xhtml?type=customer");
            assertThat(finance.findAll(By.id("list:create"))).hasSize(1);

            toggleFinanceCreate();
            finance.open("/crm/app/records/list.xhtml?type=customer");
            finance.waitForText(By.id("list:records"), "客户名称");
            assertThat(finance.findAll(By.id("list:create"))).isEmpty();
            assertThat(finance.find(By.id("menuForm:menu")).getText()).doesNotContain("系统管理");
            finance.open("/crm/app/admin/roles.xhtml");
            finance.waitForText(By.id("forbidden"), "没有权限");
            assertThat(finance.findAll(By.id("grants"))).isEmpty();
        }

        browser.open("/crm/app/admin/audit.xhtml");
        browser.choose(By.id("filter-recordType"), "角色与权限");
        browser.click(By.id("audit:search"));
        // the table is drawn again when its rows arrive: wait for each text rather than read it once
        for (String expected : new String[] {"客户档案", "admin", "修改", "查看、新增、导出", "查看、导出"}) {
            browser.waitForText(By.id("audit:entries"), expected);
        }
        passed = true;
    }

    @Test
    void PLT09_logOutEverywhereEndsTheSessionInTheOtherBrowserAndTheAdministratorCanEndOne() throws Exception {
        try (Browser office = new Browser()) {
            office.signIn("zhoumin");
            browser.signIn("zhoumin");
            browser.open("/crm/app/account/password.xhtml");
            browser.waitForText(By.id("sessions:mine"), "在线");
            browser.click(By.id("sessions:everywhere"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForUrl("login.xhtml");
            browser.waitForText(By.id("login:ended"), "您的登录已在其他地方结束");

            office.open("/crm/app/records/list.xhtml?type=customer");
            office.waitForUrl("login.xhtml");
            office.waitForText(By.id("login:ended"), "您的登录已在其他地方结束");

            office.signIn("zhoumin");
            browser.signIn("admin");
            browser.open("/crm/app/admin/security.xhtml");
            By endZhoumin = By.xpath("//tbody[@id='sessions:active_data']/tr[td[normalize-space()='zhoumin']]//button");
            browser.click(endZhoumin);
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("growl_container"), "已结束用户 zhoumin");
            browser.waitForText(By.id("sessions:recent"), "被管理员强制下线");

            office.open("/crm/app/records/list.xhtml?type=customer");
            office.waitForUrl("login.xhtml");
            office.waitForText(By.id("login:ended"), "您的登录已在其他地方结束");
        }
        passed = true;
    }

    @Test
    void PLT09_idleTimeoutWarnsFirstStayKeepsTheSessionAndTheEndSignsOut() {
        browser.signIn("sunlei");
        assertThat(browser.find(By.tagName("body")).getAttribute("data-idle-seconds")).isEqualTo("1800");
        browser.script("tzIdle.check(Date.now() + (tzIdle.idleSeconds - tzIdle.warnBefore + 1) * 1000)");
        browser.waitUntil(driver -> browser.find(By.id("idleForm:idleWarning")).isDisplayed());
        assertThat(browser.find(By.id("idleForm:idleWarning")).getText()).contains("即将自动退出");
        browser.click(By.id("idleForm:stay"));
        browser.waitUntil(driver -> browser.findAll(By.id("idleForm:idleWarning")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.currentUrl()).contains("/app/index.xhtml");

        browser.script("tzIdle.check(Date.now() + (tzIdle.idleSeconds + 1) * 1000)");
        browser.waitForUrl("login.xhtml");
        browser.waitForText(By.id("login:timeout"), "由于长时间未操作");
        browser.open("/crm/app/index.xhtml");
        browser.waitForUrl("login.xhtml");
        passed = true;
    }

    @Test
    void PLT09_weakOrMistypedNewPasswordIsRefusedWithItsReason() {
        browser.signIn("wangfang");
        browser.open("/crm/app/account/password.xhtml");
        assertThat(browser.find(By.id("password")).getText()).contains("密码至少需要 8 个字符");
        changePassword(com.tianzong.crm.platform.demo.DemoTenant.PASSWORD, "Shanghai2026", "Shanghai2027");
        browser.waitForText(By.id("password:messages"), "两次输入的新密码不一致");
        changePassword(com.tianzong.crm.platform.demo.DemoTenant.PASSWORD, "12345678", "12345678");
        browser.waitForText(By.id("password:messages"), "密码须同时包含字母和数字");
        changePassword("not-my-password", "Shanghai2026", "Shanghai2026");
        browser.waitForText(By.id("password:messages"), "当前密码不正确");
        passed = true;
    }

    @Test
    void TEN02_administratorInvitesAUserWithRolesAndDisablesThem() {
        String username = "xiaoli" + Long.toString(System.nanoTime() % 100_000, 36);
        browser.signIn("admin");
        browser.open("/crm/app/admin/users.xhtml");
        browser.waitForText(By.id("users:table"), "zhangwei");
        browser.click(By.id("users:invite"));
        browser.waitUntil(driver -> browser.find(By.id("userForm:userDialog")).isDisplayed());
        browser.type(By.id("userForm:username"), username);
        browser.type(By.id("userForm:displayName"), "李小丽");
        browser.type(By.id("userForm:email"), "not-an-email");
        browser.click(By.id("userForm:save"));
        browser.waitForText(By.id("userForm:dialogMessages"), "邮箱格式不正确");
        browser.type(By.id("userForm:email"), username + "@tianzong.example.cn");
        browser.type(By.id("userForm:position"), "市场专员");
        browser.click(By.xpath("//table[@id='userForm:roles']//label[normalize-space()='市场']"));
        browser.click(By.id("userForm:save"));
        // no SMTP server listens during this test: the link is shown to pass on by hand
        browser.waitForText(By.id("users:messages"), "已创建用户 " + username);
        browser.waitForText(By.id("users:invitationLink"), "/crm/invitation.xhtml?token=");
        By row = By.xpath("//tbody[@id='users:table_data']/tr[td[normalize-space()='" + username + "']]");
        browser.waitForText(row, "待设置密码");
        assertThat(browser.find(row).getText()).contains("李小丽").contains("市场专员").contains("业务员").contains("市场");

        browser.click(By.xpath("//tbody[@id='users:table_data']/tr[td[normalize-space()='" + username + "']]//button[contains(@id,':disable')]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("users:messages"), "已停用用户 " + username);
        browser.waitForText(row, "停用");
        passed = true;
    }

    @Test
    void TEN02_administratorKeepsTheCompanyProfileAndItsLogoShowsInTheTopBar() throws Exception {
        java.nio.file.Path logo = java.nio.file.Files.createTempFile("logo", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 24, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.writeString(fake, "<svg onload=alert(1)></svg>");
        try {
            browser.signIn("admin");
            browser.open("/crm/app/admin/company.xhtml");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("company:fiscalYearStartMonth"))).selectByVisibleText("4 月");
            browser.findAll(By.cssSelector("#company input[type=file]")).get(0).sendKeys(fake.toString());
            browser.click(By.id("company:save"));
            browser.waitForText(By.id("company:messages"), "标志只能是 PNG 或 JPEG 图片");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("company:fiscalYearStartMonth")))
                    .getFirstSelectedOption().getText()).as("nothing was saved").isEqualTo("1 月");

            new org.openqa.selenium.support.ui.Select(browser.find(By.id("company:fiscalYearStartMonth"))).selectByVisibleText("4 月");
            browser.findAll(By.cssSelector("#company input[type=file]")).get(0).sendKeys(logo.toString());
            browser.click(By.id("company:save"));
            browser.waitForText(By.id("company:messages"), "公司资料已保存");
            browser.open("/crm/app/index.xhtml");
            browser.waitUntil(driver -> !browser.findAll(By.id("companyLogo")).isEmpty());
            assertThat(browser.find(By.id("companyLogo")).getAttribute("src")).contains("/crm/app/company-logo");
            passed = true;
        } finally {
            java.nio.file.Files.deleteIfExists(logo);
            java.nio.file.Files.deleteIfExists(fake);
        }
    }

    @Test
    void TEN02_administratorGrowsTheDepartmentTreeAndCannotMoveABranchUnderItself() {
        String code = "NEW" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        browser.signIn("admin");
        browser.open("/crm/app/admin/departments.xhtml");
        By salesRow = By.xpath("//tbody[@id='departments:tree_data']/tr[td[normalize-space()='SALES']]");
        browser.waitForText(salesRow, "销售中心");
        browser.find(salesRow).findElement(By.cssSelector("[id$=':addChild']")).click();
        browser.waitUntil(driver -> browser.find(By.id("departmentForm:departmentDialog")).isDisplayed());
        browser.type(By.id("departmentForm:code"), code);
        browser.type(By.id("departmentForm:name"), "西南销售部");
        browser.click(By.id("departmentForm:save"));
        browser.waitForText(By.id("departments:messages"), "部门“西南销售部”已保存");
        browser.waitForText(By.id("departments:tree"), code);

        browser.find(salesRow).findElement(By.cssSelector("[id$=':move']")).click();
        browser.waitUntil(driver -> browser.find(By.id("departmentForm:departmentDialog")).isDisplayed());
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("departmentForm:parent"))).selectByVisibleText("西南销售部");
        browser.click(By.id("departmentForm:save"));
        browser.waitForText(By.id("departmentForm:dialogMessages"), "不能把部门移到它自己或它的下级部门之下");
        passed = true;
    }

    @Test
    void TEN02_administratorAddsACodeValueTypedOnceInSimplifiedChinese() {
        String code = "KA" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        browser.signIn("admin");
        browser.open("/crm/app/admin/codes.xhtml?list=CUSTOMER_TYPE");
        browser.waitForText(By.id("codes:items"), "企业客户");
        browser.click(By.id("codes:add"));
        browser.waitUntil(driver -> browser.find(By.id("codeForm:codeDialog")).isDisplayed());
        browser.type(By.id("codeForm:code"), code);
        browser.type(By.id("codeForm:simplified"), "重点大客户");
        browser.click(By.id("codeForm:save"));
        browser.waitForText(By.id("codes:messages"), "已保存“重点大客户”");
        browser.waitForText(By.id("codes:items"), "重點大客戶");
        passed = true;
    }

    private void changePassword(String current, String next, String repeat) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:next"), next);
        browser.type(By.id("password:repeat"), repeat);
        browser.click(By.id("password:save"));
    }

    private void toggleFinanceCreate() {
        browser.click(FINANCE_CREATES_CUSTOMERS);
        browser.clickAndWaitForUpdate(By.id("grants:save"), By.id("grants:matrix"));
        browser.waitForText(By.id("grants:messages"), "已保存角色“财务”的权限");
    }
}
