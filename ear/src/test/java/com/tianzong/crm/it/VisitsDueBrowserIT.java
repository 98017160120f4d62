package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * CUS-03 in a real browser: the demo rep 张伟 opens "应拜访客户" from the menu and finds 苏州恒达
 * overdue (grade A, visited ten days ago, every 7 days); "记录拜访" opens a visit already filled in
 * for that customer and today; once it is saved, the customer is no longer overdue, and its 360
 * view shows the visit and today's date as the last visit. He sees none of his colleagues' customers.
 */
class VisitsDueBrowserIT extends BrowserTest {

    private static final String HENGDA = "苏州恒达精密机械有限公司";

    @Test
    void CUS03_repSeesHisOverdueVisitRecordsItAndTheCustomerIsNoLongerOverdue() {
        browser.signIn("zhangwei");
        browser.click(By.linkText("应拜访客户"));
        browser.waitForUrl("visits-due.xhtml");
        browser.waitForText(By.id("due:list"), HENGDA);
        assertThat(row(HENGDA).getText()).contains("逾期").contains("A 级");
        assertThat(browser.find(By.id("due:list")).getText()).as("only his own customers")
                .doesNotContain("上海浦江重工装备有限公司").doesNotContain("合肥智远自动化设备有限公司");

        browser.clickAndWaitForUpdate(By.xpath("//div[@id='due:horizon']//div[contains(@class,'ui-button')][.//span[text()='已逾期']]"),
                By.id("due:list"));
        browser.waitForText(By.id("due:list"), HENGDA);

        row(HENGDA).findElement(By.cssSelector("[id$=':record'] a")).click();
        browser.waitForUrl("edit.xhtml");
        assertThat(browser.find(By.id("field-customer")).getText()).contains(HENGDA);
        assertThat(browser.find(By.id("field-kind")).getText()).contains("上门拜访");
        assertThat(browser.findAll(By.cssSelector("#field-contact select option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).filter(name -> !"请选择".equals(name)))
                .as("the contact is one of this customer's contacts").containsExactlyInAnyOrder("顾建华", "沈立", "钱国平");
        browser.type(By.cssSelector("#field-content textarea"), "回访设备选型方案，客户确认两条产线的配置。");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.cssSelector(".tz-value-content"), "客户确认两条产线的配置");

        browser.open("/crm/app/customer/visits-due.xhtml");
        browser.waitForText(By.id("due:list"), HENGDA);
        assertThat(row(HENGDA).getText()).as("due again in 7 days").contains("即将到期").doesNotContain("逾期");

        row(HENGDA).findElement(By.cssSelector("[id$=':customer']")).click();
        browser.waitForUrl("view.xhtml");
        browser.click(tab("动态信息（系统计算）"));
        String today = browser.find(By.cssSelector(".tz-value-lastVisitDate")).getText();
        assertThat(today).as("last visit is today").isEqualTo(browser.find(By.cssSelector(".tz-value-lastInteractionDate")).getText());
        browser.click(tab("联系记录"));
        browser.waitForText(By.cssSelector("[id$='related-interactions']"), "客户确认两条产线的配置");
        assertThat(browser.find(By.cssSelector("[id$='related-interactions']")).getText()).contains(today).contains("张伟");
        browser.click(tab("联系人"));
        browser.waitForText(By.cssSelector("[id$='related-contacts']"), "顾建华");
        passed = true;
    }

    /**
     * CUS-08: 张伟 opens the sell-through trend of the distributor 通商五金 from its 360 view: each
     * product's months with sales against the month before and the months of stock on hand.
     */
    @Test
    void CUS08_repSeesTheSellThroughTrendOfHisDistributor() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026010");
        browser.click(By.cssSelector("[id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.xpath("//a[normalize-space()='进销存趋势'] | //span[normalize-space()='进销存趋势']/ancestor::a"));
        browser.waitForUrl("sell-through.xhtml");
        browser.waitForText(By.id("trend"), "YE3-132M-4");
        String page = browser.find(By.id("trend")).getText();
        // YE3-132M-4 sold 18, 22, 24, 26: the last month +8.3 %, 15 left over (22 + 24 + 26) / 3 = 24 a month: 0.6 months
        assertThat(page).contains("ISG65-160").contains("▲ +8.3%").contains("0.6").contains("库存可销月数");
        browser.click(By.id("trend:back"));
        browser.waitForUrl("view.xhtml");
        browser.click(tab("进销存"));
        browser.waitForText(By.cssSelector("[id$='related-stockReports']"), "YE3 超高效三相异步电机 7.5kW");
        passed = true;
    }

    /** A tab of the 360 view (the menu has links of the same names). */
    private static By tab(String title) {
        return By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']");
    }

    private WebElement row(String customerName) {
        return browser.find(By.xpath("//tbody[@id='due:list_data']/tr[td[contains(., '" + customerName + "')]]"));
    }
}
