package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * SAL-09 and SAL-01 in a real browser, on the demo company's sales history: finance (刘洋) finds
 * 昆山鼎盛电子's overdue invoice on the aging page and plans its dunning with the company's steps;
 * the steps show on the collection calendar and lead to the plan, where the first is written down
 * as done with what the customer said. The sales forecast shows the three methods with their
 * errors on the past 24 months, the best first, and a chart. The manager (李建国) plans 张伟's
 * year month by month (SAL-02) and sees beside last month what 张伟 sold.
 */
class ReceivablesBrowserIT extends BrowserTest {

    private static final String CUSTOMER = "昆山鼎盛电子科技有限公司";

    @Test
    void SAL09_SAL01_financePlansTheDunningOfAnOverdueInvoiceAndReadsTheForecast() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        browser.signIn("liuyang");
        browser.open("/crm/app/sales/aging.xhtml");
        browser.waitForText(By.id("aging:rows"), CUSTOMER);
        browser.click(By.id("aging:startDunning"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForText(By.cssSelector(".ui-growl"), "已制定 1 个催款计划");

        browser.click(By.id("aging:calendarLink"));
        browser.waitForUrl("collection-calendar");
        browser.waitForText(By.id("calendar:schedule"), CUSTOMER);
        assertThat(browser.find(By.id("calendar:schedule")).getText()).contains("短信/邮件提醒").contains("电话催收").contains("INV");
        assertThat(browser.find(By.id("calendar:late")).getText()).contains("没有逾期未办的步骤");
        browser.screenshot("collection-calendar");
        browser.click(By.xpath("//a[contains(@class,'fc-event') and contains(., '" + CUSTOMER + "')]"));
        browser.waitForUrl("type=dunningPlan");
        browser.waitForText(By.cssSelector(".tz-value-status"), "催收中");
        assertThat(browser.find(By.cssSelector(".tz-value-amountDue")).getText()).contains("11,639.00");

        browser.open(browser.currentUrl().substring(browser.currentUrl().indexOf("/crm/")).replace("view.xhtml", "edit.xhtml"));
        browser.waitForUrl("edit.xhtml");
        browser.typeDate(By.cssSelector("tr:first-child td.tz-line-doneOn input"), today);
        browser.type(By.cssSelector("tr:first-child td.tz-line-outcome input"), "已发短信，对方财务答应本周付款");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='明细']"));
        browser.waitForText(By.cssSelector("[id$=':lines']"), "已发短信，对方财务答应本周付款");
        browser.screenshot("dunning-plan");

        browser.open("/crm/app/sales/forecast.xhtml");
        browser.waitForText(By.id("forecast:methods"), "误差最小");
        assertThat(browser.find(By.id("forecast:methods")).getText())
                .contains("移动平均（3 个月）").contains("指数平滑（α = 0.3）").contains("霍尔特线性趋势");
        assertThat(browser.findAll(By.cssSelector("#forecast\\:pastMonths_data tr"))).as("24 past months").hasSize(24);
        assertThat(browser.findAll(By.cssSelector("#forecast\\:ahead_data tr"))).as("6 months ahead").hasSize(6);
        assertThat(browser.findAll(By.cssSelector("#forecast\\:chart canvas"))).isNotEmpty();
        browser.click(By.xpath("//div[@id='forecast:method']//div[contains(@class,'ui-button') and contains(., '霍尔特')]"));
        browser.waitForAjax();
        browser.screenshot("sales-forecast");
        passed = true;
    }

    @Test
    void SAL02_aManagerPlansHisRepsYearMonthByMonthAndSeesWhatWasSold() {
        java.time.YearMonth last = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        browser.signIn("manager");
        browser.open("/crm/app/records/edit.xhtml?type=salesPlan");
        browser.typeNumber(By.cssSelector("#field-planYear input[type='text']"), Integer.toString(last.getYear()));
        browser.choose(By.id("field-department"), "华东销售一部");
        browser.waitForAjax();
        browser.choose(By.id("field-rep"), "张伟");
        for (int month = 1; month <= 12; month++) {
            browser.typeNumber(By.cssSelector("#form\\:lines_data tr:nth-child(" + month + ") td.tz-line-planned input[type='text']"), "100000");
            browser.waitForAjax();
        }
        browser.waitForText(By.cssSelector(".tz-total-plannedTotal"), "1,200,000.00");
        assertThat(browser.findAll(By.cssSelector("#form\\:lines .tz-line-remove button"))).as("the twelve months are fixed").isEmpty();
        browser.screenshot("sales-plan-form");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.cssSelector(".tz-value-plannedTotal"), "1,200,000.00");
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='明细']"));
        String sold = browser.find(By.cssSelector("[id$=':lines_data'] tr:nth-child(" + last.getMonthValue() + ") td.tz-line-actual")).getText();
        assertThat(sold).as("the demo rep's counter sales of last month").isNotBlank().isNotEqualTo("0.00");
        assertThat(browser.find(By.cssSelector("[id$=':lines_data'] tr:nth-child(" + last.getMonthValue() + ") td.tz-line-attainment")).getText())
                .endsWith("%");
        browser.screenshot("sales-plan");
        passed = true;
    }

    @Test
    void SAL10_theDirectorRanksLastMonthsSalesAndDrillsIntoTheDocuments() {
        java.time.YearMonth last = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        browser.signIn("zhaozhiqiang");
        browser.open("/crm/app/sales/analysis.xhtml");
        browser.typeDate(By.cssSelector("#analysis\\:from input"), last.atDay(1).toString());
        browser.typeDate(By.cssSelector("#analysis\\:to input"), last.atEndOfMonth().toString());
        browser.click(By.id("analysis:refresh"));
        browser.waitForAjax();
        // the demo rep's counter sale on the 15th
        String total = browser.find(By.id("periodTotal")).getText();
        assertThat(total).isNotEqualTo("0.00");
        assertThat(browser.findAll(By.cssSelector("#analysis\\:views\\:days_data tr"))).hasSize(last.lengthOfMonth());
        assertThat(browser.findAll(By.cssSelector("#analysis\\:views\\:dailyChart canvas"))).isNotEmpty();

        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='汇总与排行']"));
        browser.click(By.xpath("//div[@id='analysis:views:dimension']//div[contains(@class,'ui-button') and contains(., '产品')]"));
        browser.waitForAjax();
        browser.waitForText(By.id("analysis:views:ranking"), "YE3 超高效三相异步电机 7.5kW");
        browser.click(By.cssSelector("#analysis\\:views\\:ranking_data tr:first-child a[id$='drillRow']"));
        browser.waitForText(By.id("drillTitle"), "YE3 超高效三相异步电机 7.5kW");
        assertThat(browser.find(By.id("analysis:documents")).getText()).contains("现款销售").contains("POS" + last.getYear());
        String drilled = browser.find(By.cssSelector(".tz-drill-total")).getText();
        assertThat(browser.find(By.id("drillTitle")).getText()).as("the documents add up to the total").endsWith(drilled);
        browser.screenshot("sales-analysis-ranking");

        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='销售趋势']"));
        assertThat(browser.findAll(By.cssSelector("#analysis\\:views\\:trend_data tr"))).hasSize(12);
        browser.screenshot("sales-analysis-trend");
        passed = true;
    }
}
