package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The product file in a real browser, through the same generic pages as every record type: the
 * administrator files a product with quantity, rate, whole-number and yes/no fields, changes its
 * price and reads the price history; a rep reads the file but cannot change it.
 */
class ProductBrowserIT extends BrowserTest {

    @Test
    void BAS01_adminFilesAProductChangesItsPriceAndSeesThePriceHistory() {
        browser.signIn("admin");
        String code = "SM-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        browser.open("/crm/app/records/list.xhtml?type=product");
        browser.waitForText(By.cssSelector(".tz-page-header h2"), "产品档案");
        browser.click(By.id("list:create"));
        browser.waitForUrl("edit.xhtml");
        browser.type(By.cssSelector("#field-code input"), code);
        browser.type(By.cssSelector("#field-name input"), "交流伺服电机 0.75kW");
        browser.type(By.cssSelector("#field-spec input"), "80ST-M02430 0.75kW 3000rpm");
        browser.choose(By.id("field-category"), "电机 / 伺服电机");
        browser.choose(By.id("field-unit"), "套");
        browser.typeNumber(By.cssSelector("#field-listPrice input:not([type=hidden])"), "1860");
        browser.typeNumber(By.cssSelector("#field-cost input:not([type=hidden])"), "1290.5");
        browser.typeNumber(By.cssSelector("#field-stockOnHand input:not([type=hidden])"), "12.5");
        browser.typeNumber(By.cssSelector("#field-warrantyMonths input:not([type=hidden])"), "18");
        browser.click(By.id("form:save"));

        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("title"), code);
        assertThat(browser.find(By.cssSelector(".tz-value-category")).getText()).isEqualTo("电机 / 伺服电机");
        assertThat(browser.find(By.cssSelector(".tz-value-active")).getText()).isEqualTo("是");
        browser.click(By.linkText("价格与税率"));
        browser.waitForText(By.cssSelector(".tz-value-listPrice"), "1,860.00");
        assertThat(browser.find(By.cssSelector(".tz-value-cost")).getText()).isEqualTo("1,290.50");
        assertThat(browser.find(By.cssSelector(".tz-value-taxRate")).getText()).isEqualTo("13.00%");
        browser.click(By.linkText("库存与保修"));
        browser.waitForText(By.cssSelector(".tz-value-stockOnHand"), "12.500");
        assertThat(browser.find(By.cssSelector(".tz-value-warrantyMonths")).getText()).isEqualTo("18");

        // (the "saved" notice covers the edit button for a few seconds: open the form by its address)
        browser.open(browser.currentUrl().replace("view.xhtml", "edit.xhtml").replaceFirst("^https?://[^/]+", ""));
        browser.typeNumber(By.cssSelector("#field-listPrice input:not([type=hidden])"), "1780");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.linkText("价格与税率"));
        browser.waitForText(By.cssSelector(".tz-value-listPrice"), "1,780.00");

        browser.click(By.linkText("价格历史"));
        browser.waitForText(By.cssSelector("[id$='related-prices_data']"), "1,780.00");
        String history = browser.find(By.cssSelector("[id$='related-prices_data']")).getText();
        assertThat(history.indexOf("1,780.00")).as("newest first").isLessThan(history.indexOf("1,860.00"));
        assertThat(history).contains("admin").contains("1,290.50");
        passed = true;
    }

    @Test
    void BAS01_repReadsTheProductFileButCannotChangeIt() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=product");
        browser.waitForText(By.id("list:records"), "YE3 超高效三相异步电机 7.5kW");
        assertThat(browser.findAll(By.id("list:create"))).isEmpty();
        browser.type(By.xpath("//th[.//span[normalize-space()='产品编号']]//input"), "VFD-G7");
        browser.waitUntil(driver -> browser.findAll(By.cssSelector("#list\\:records_data tr")).size() == 2);
        browser.open("/crm/app/records/edit.xhtml?type=product");
        assertThat(browser.pageSource()).contains("没有权限").doesNotContain("form:save");
        passed = true;
    }
}
