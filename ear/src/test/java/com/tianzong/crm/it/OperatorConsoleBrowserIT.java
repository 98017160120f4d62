package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tianzong.crm.platform.demo.DemoTenant;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The operator console in a real browser (TEN-01, TEN-02): onboarding a company shows its
 * progress, the administrator gets the invitation by e-mail (a real SMTP server, GreenMail),
 * sets a password from the link and signs in; bad requests are refused with a clear message;
 * deleting needs the company code typed, and both are in the operators' audit.
 */
class OperatorConsoleBrowserIT extends BrowserTest {

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("tianzong.it.mailPort", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void TEN01_onboardedCompanysAdministratorIsInvitedByMailSetsAPasswordAndSignsIn() throws Exception {
        String code = "acme" + Long.toString(System.currentTimeMillis(), 36);
        signInAsOperator();
        browser.waitForText(By.id("tenants:migration"), "租户数据库升级");

        browser.type(By.id("tenants:code"), "Bad Code!");
        browser.type(By.id("tenants:name"), "无效代码公司");
        browser.type(By.id("tenants:adminName"), "王经理");
        browser.type(By.id("tenants:adminEmail"), "wang@acme.example.cn");
        browser.click(By.id("tenants:create"));
        browser.waitForText(By.id("tenants:messages"), "公司代码须以小写字母开头");

        browser.type(By.id("tenants:code"), DemoTenant.CODE.value());
        browser.click(By.id("tenants:create"));
        browser.waitForText(By.id("tenants:messages"), "公司代码 demo 已被使用");

        browser.type(By.id("tenants:code"), code);
        browser.type(By.id("tenants:name"), "宁波艾克美五金有限公司");
        browser.type(By.id("tenants:adminEmail"), "not-an-email");
        browser.click(By.id("tenants:create"));
        browser.waitForText(By.id("tenants:messages"), "管理员邮箱格式不正确");

        browser.type(By.id("tenants:adminEmail"), "wang@acme.example.cn");
        browser.click(By.id("tenants:create"));
        browser.waitForText(By.id("tenants:messages"), "租户 " + code + " 已开通");
        browser.waitForText(By.id("tenants:onboarded"), "邀请邮件已发送至 wang@acme.example.cn");
        browser.waitForText(By.id("tenants:table"), "宁波艾克美五金有限公司");
        browser.waitForText(By.id("tenants:audit"), "开通");

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wang@acme.example.cn");
        assertThat(mail.getSubject()).contains("宁波艾克美五金有限公司");
        String body = (String) mail.getContent();
        assertThat(body).contains("王经理").contains("公司代码：" + code).contains("用户名：admin");
        Matcher link = Pattern.compile("http://\\S+/crm/invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).isTrue();
        String path = link.group().replaceFirst("^http://[^/]+", "");

        browser.open("/crm/invitation.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        browser.waitForText(By.id("invalid"), "邀请链接无效");

        browser.open(path);
        browser.waitForText(By.id("who"), "宁波艾克美五金有限公司");
        browser.type(By.id("invitation:password"), "12345678");
        browser.type(By.id("invitation:repeat"), "12345678");
        browser.click(By.id("invitation:accept"));
        browser.waitForText(By.id("invitation:messages"), "密码须同时包含字母和数字");
        browser.type(By.id("invitation:password"), "Ningbo#Acme2026");
        browser.type(By.id("invitation:repeat"), "Ningbo#Acme2026");
        browser.click(By.id("invitation:accept"));
        browser.waitForUrl("login.xhtml");
        browser.waitForText(By.id("login:invited"), "密码已设置");
        assertThat(browser.find(By.id("login:company")).getAttribute("value")).isEqualTo(code);
        assertThat(browser.find(By.id("login:username")).getAttribute("value")).isEqualTo("admin");
        browser.type(By.id("login:password"), "Ningbo#Acme2026");
        browser.click(By.id("login:submit"));
        browser.waitForUrl("/app/index.xhtml");
        browser.waitForText(By.cssSelector(".tz-userbar"), "宁波艾克美五金有限公司");
        assertThat(browser.find(By.id("menuForm:menu")).getText()).contains("角色与权限");

        browser.open(path);
        browser.waitForText(By.id("invalid"), "邀请链接无效");
        passed = true;
    }

    @Test
    void TEN01_deletingNeedsTheCodeTypedAndIsAudited() throws Exception {
        String code = "gone" + Long.toString(System.currentTimeMillis(), 36);
        signInAsOperator();
        browser.type(By.id("tenants:code"), code);
        browser.type(By.id("tenants:name"), "即将删除的测试公司");
        browser.type(By.id("tenants:adminName"), "赵六");
        browser.type(By.id("tenants:adminEmail"), "zhao@gone.example.cn");
        browser.click(By.id("tenants:create"));
        browser.waitForText(By.id("tenants:messages"), "租户 " + code + " 已开通");

        // its data exported and restored under another code
        browser.click(By.xpath("//tbody[@id='tenants:table_data']/tr[td[normalize-space()='" + code + "']]//button[contains(@id,':export')]"));
        java.nio.file.Path zip = browser.downloaded(".zip");
        String restored = code + "r";
        browser.type(By.id("importForm:importCode"), restored);
        browser.type(By.id("importForm:importName"), "恢复的测试公司");
        browser.findAll(By.cssSelector("#importForm input[type=file]")).get(0).sendKeys(zip.toString());
        browser.click(By.id("importForm:restore"));
        browser.waitForText(By.id("tenants:messages"), "已从档案恢复租户 " + restored);
        browser.waitForText(By.id("tenants:table"), "恢复的测试公司");
        browser.waitForText(By.id("tenants:audit"), "导出");

        // PLT-11: the restored company's search index rebuilt from the console, after a confirmation
        browser.click(By.xpath("//tbody[@id='tenants:table_data']/tr[td[normalize-space()='" + restored + "']]//button[contains(@id,':reindex')]"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForText(By.id("tenants:messages"), "已重建租户 " + restored + " 的搜索索引");
        browser.waitForText(By.id("tenants:audit"), "重建搜索索引");

        By deleteButton = By.xpath("//tbody[@id='tenants:table_data']/tr[td[normalize-space()='" + code + "']]//button[contains(@id,':delete')]");
        browser.click(deleteButton);
        browser.waitForText(By.id("deleteForm:deleteDialog"), "请输入公司代码“" + code + "”以确认");
        browser.type(By.id("deleteForm:confirmation"), "demo");
        browser.click(By.id("deleteForm:confirmDelete"));
        browser.waitForText(By.id("tenants:messages"), "未删除");
        browser.waitForText(By.id("tenants:audit"), "拒绝删除");
        assertThat(browser.find(By.id("tenants:table")).getText()).contains(code).contains("上海天纵机电设备有限公司");

        browser.click(deleteButton);
        browser.waitForText(By.id("deleteForm:deleteDialog"), code);
        browser.type(By.id("deleteForm:confirmation"), code);
        browser.click(By.id("deleteForm:confirmDelete"));
        browser.waitForText(By.id("tenants:messages"), "已删除租户 " + code);
        browser.waitUntil(driver -> browser.findAll(
                By.xpath("//tbody[@id='tenants:table_data']/tr[td[normalize-space()='" + code + "']]")).isEmpty());
        assertThat(browser.find(By.id("tenants:table")).getText()).contains(restored);
        browser.waitForText(By.id("tenants:audit"), "删除");

        browser.open("/crm/login.xhtml");
        browser.type(By.id("login:company"), code);
        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), "Whatever#2026");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("login:messages"), "公司代码、用户名或密码不正确");
        passed = true;
    }

    private void signInAsOperator() {
        browser.open("/operator/login.xhtml");
        browser.type(By.id("login:username"), DemoTenant.OPERATOR);
        browser.type(By.id("login:password"), DemoTenant.OPERATOR_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForUrl("/operator/app/tenants.xhtml");
    }
}
