package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * BAS-04 in a real browser: the sales director writes an indicator's formula, is told which name
 * in it is no metric, corrects it, and tries the indicator on a rep for last month; the metrics
 * that went in are listed with the result.
 */
class IndicatorBrowserIT extends BrowserTest {

    @Test
    void BAS04_directorWritesAFormulaIsToldWhatIsWrongAndTriesItOnARep() {
        browser.signIn("zhaozhiqiang");
        browser.open("/crm/app/records/edit.xhtml?type=quantitativeIndicator");
        browser.type(By.cssSelector("#field-code input"), "KPI_CUSTOMERS_PER_DAY");
        browser.type(By.cssSelector("#field-nameZhCn input"), "日均新客户");
        browser.type(By.cssSelector("#field-expression input"), "NEW_CUSTOMERS ÷ WORKDAYS");
        browser.type(By.cssSelector("#field-unit input"), "家/天");
        browser.choose(By.id("field-direction"), "越高越好");
        browser.type(By.cssSelector("#field-definition textarea"), "考核期内新开发客户数除以工作日数");
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("form:messages"), "计算公式中的“WORKDAYS”不是系统能计算的指标数据");

        browser.type(By.cssSelector("#field-expression input"), "（NEW_CUSTOMERS ÷ WORKING_DAYS）× 21");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.cssSelector(".tz-value-expression"), "(NEW_CUSTOMERS / WORKING_DAYS)* 21");

        // (the "saved" notice covers the header's buttons for a few seconds: open the preview by its address)
        String viewUrl = browser.currentUrl().replaceFirst("^https?://[^/]+", "");
        browser.open(viewUrl.replaceFirst("/records/view.xhtml\\?type=quantitativeIndicator&", "/base/indicator-preview.xhtml?"));
        browser.waitForText(By.id("preview:catalogue"), "新开发客户数");
        browser.choose(By.xpath("//*[@id='preview:rep']/.."), "TZ0031 张伟");
        // the period is last month by default; the demo company's customers were all taken on this month
        browser.clickAndWaitForUpdate(By.id("preview:compute"), By.id("preview"));
        browser.waitForText(By.id("preview:metrics"), "工作日数");
        assertThat(browser.find(By.id("preview:metrics")).getText()).contains("NEW_CUSTOMERS", "WORKING_DAYS");
        assertThat(browser.find(By.id("value")).getText()).contains("指标值：0.00 家/天");
        passed = true;
    }
}
