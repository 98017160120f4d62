package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * ORG-01, ORG-03, ORG-04 and PLT-06 in a real browser, on the demo company: a sales manager opens
 * his organisation's 360 view, takes a tab away and moves another to the front (kept for him, put
 * back at the end), follows a rep to the rep's file, and prints a position's job description.
 */
class SalesOrganisationBrowserIT extends BrowserTest {

    private static final By TAB_HEADERS = By.cssSelector("[id='view:tabs'] .ui-tabs-nav li");

    @Test
    void PLT06_managerArrangesTheTabsOfHisOrganisationAndFollowsARepToHisFile() {
        browser.signIn("manager");
        browser.open("/crm/app/records/list.xhtml?type=salesOrg&q=华东销售一部");
        browser.waitForText(By.id("list:records"), "华东销售一部");
        browser.click(By.cssSelector("#list\\:records_data [id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        assertThat(tabs()).containsSubsequence("组织信息", "业务员", "下级组织", "客户", "定额", "修改历史");

        browser.click(By.id("view:arrangeTabs"));
        browser.waitForText(By.id("arrange:tabChoices"), "下级组织");
        browser.click(By.cssSelector("[id='arrange:tabChoices:1:shown'] .ui-chkbox-box"));
        browser.clickAndWaitForUpdate(By.id("arrange:tabChoices:2:up"), By.id("arrange:tabChoices"));
        browser.clickAndWaitForUpdate(By.id("arrange:tabChoices:1:up"), By.id("arrange:tabChoices"));
        browser.click(By.id("arrange:saveTabs"));
        browser.waitForText(By.id("growl_container"), "页签设置已保存");
        assertThat(tabs()).containsExactly("组织信息", "客户", "业务员", "定额", "修改历史");

        browser.click(By.linkText("业务员"));
        browser.waitForText(By.cssSelector("[id$='related-reps']"), "张伟");
        browser.click(By.linkText("TZ0031"));
        browser.waitForText(By.id("title"), "TZ0031 张伟");
        browser.click(By.linkText("负责的客户"));
        browser.waitForText(By.cssSelector("[id$='related-customers']"), "有限公司");

        browser.open("/crm/app/records/list.xhtml?type=salesOrg&q=华东销售一部");
        browser.click(By.cssSelector("#list\\:records_data [id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        assertThat(tabs()).as("kept for him").containsExactly("组织信息", "客户", "业务员", "定额", "修改历史");
        browser.click(By.id("view:arrangeTabs"));
        browser.click(By.id("arrange:resetTabs"));
        browser.waitForText(By.id("growl_container"), "页签设置已保存");
        assertThat(tabs()).containsExactly("组织信息", "业务员", "下级组织", "客户", "定额", "修改历史");
        passed = true;
    }

    @Test
    void ORG03_aRepPrintsTheJobDescriptionOfAPosition() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=position&q=RSM");
        browser.waitForText(By.id("list:records"), "区域销售经理");
        browser.click(By.cssSelector("#list\\:records_data [id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.linkText("职责与权限"));
        browser.waitForText(By.cssSelector(".tz-value-duties"), "陪同拜访重点客户");
        browser.click(By.cssSelector("#view\\:action-print a"));
        browser.waitForUrl("job-description.xhtml");
        browser.waitForText(By.id("heading"), "职务说明书");
        assertThat(browser.find(By.id("reportsTo")).getText()).isEqualTo("销售总监");
        assertThat(browser.find(By.id("subordinates")).getText()).isEqualTo("销售代表");
        assertThat(browser.find(By.id("section-authority")).getText()).contains("单笔 20 万元以内合同审批权");
        assertThat(browser.find(By.tagName("body")).getText()).contains("任职者签字", "人力资源部签字");
        passed = true;
    }

    private List<String> tabs() {
        return browser.findAll(TAB_HEADERS).stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }
}
