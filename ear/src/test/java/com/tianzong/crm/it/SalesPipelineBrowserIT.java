package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * SAL-03, SAL-04 and CUS-06 in a real browser: the demo rep 张伟 quotes three motors to 苏州恒达
 * from its 360 view (the product picked by typing part of its code, the totals worked out as he
 * types), turns the quote into an order and posts it; the manager 李建国 ships one motor of the
 * shipment note, confirms it, and finds a note for the other two; the order is partly shipped and
 * the customer has a warranty for the motor. Finance (刘洋) invoices the shipped motor, issues the
 * invoice and records a receipt of 5,000.00, which pays it and leaves an advance; the customer's
 * receivables ledger shows both.
 */
class SalesPipelineBrowserIT extends BrowserTest {

    private static final String MOTOR = "YE3 超高效三相异步电机 7.5kW";

    @Test
    void SAL03_SAL04_SAL05_SAL07_CUS06_quoteToOrderToShipmentToInvoiceToPayment() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026001");
        browser.click(By.cssSelector("[id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        String customerView = browser.currentUrl();
        browser.click(tab("报价单"));
        browser.click(By.cssSelector("[id$='add-quotes']"));
        browser.waitForUrl("edit.xhtml");

        browser.type(By.cssSelector("#field-subject input"), "两条产线电机更新");
        browser.clickAndWaitForUpdate(By.id("form:addLine"), By.id("form:lines"));
        browser.type(By.cssSelector("td.tz-line-product input.ui-autocomplete-input"), "YE3-132");
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + MOTOR + "')]"));
        browser.waitForAjax();
        // the list price 3,680.00 with 13 % VAT
        browser.waitUntil(d -> "4,158.40".equals(d.findElement(By.cssSelector("td.tz-line-unitPrice input[type='text']")).getAttribute("value")));
        browser.typeNumber(By.cssSelector("td.tz-line-quantity input[type='text']"), "3");
        browser.waitForAjax();
        browser.waitForText(By.cssSelector(".tz-total-grossTotal"), "12,475.20");
        assertThat(browser.find(By.cssSelector(".tz-total-taxTotal")).getText()).contains("1,435.20");
        browser.screenshot("quote-form");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("title"), "QT");

        browser.click(By.id("view:command-toOrder"));
        browser.waitForUrl("type=salesOrder");
        browser.waitForText(By.id("title"), "SO");
        assertThat(browser.find(By.cssSelector(".tz-value-status")).getText()).isEqualTo("草稿");
        browser.click(By.id("view:command-post"));
        browser.waitForText(By.cssSelector(".tz-value-status"), "已过账");
        assertThat(browser.pageSource()).contains("已生成发货单 SH");
        String orderView = browser.currentUrl();
        browser.open(orderView.substring(orderView.indexOf("/crm/")).replace("view.xhtml", "print.xhtml"));
        browser.waitForText(By.id("inWords"), "壹万贰仟肆佰柒拾伍元贰角整");
        assertThat(browser.find(By.id("lines")).getText()).contains(MOTOR).contains("4,158.40").contains("12,475.20");
        browser.screenshot("order-print");
        browser.click(By.id("back"));
        browser.waitForUrl("view.xhtml");
        browser.signOut();

        browser.signIn("manager");
        browser.open(orderView.substring(orderView.indexOf("/crm/")));
        browser.click(tab("发货单"));
        browser.click(By.cssSelector("[id$='related-shipments'] a.tz-related-link"));
        browser.waitForUrl("type=shipment");
        browser.waitForText(By.cssSelector(".tz-value-status"), "待发货");
        // the growl of the page before may cover the header's buttons: open the form by its address
        browser.open(browser.currentUrl().substring(browser.currentUrl().indexOf("/crm/")).replace("view.xhtml", "edit.xhtml"));
        browser.waitForUrl("edit.xhtml");
        browser.typeNumber(By.cssSelector("td.tz-line-quantity input[type='text']"), "1");
        browser.waitForAjax();
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.id("view:command-ship"));
        browser.waitForText(By.cssSelector(".tz-value-status"), "已发货");
        assertThat(browser.pageSource()).contains("未发完的部分已生成发货单").contains("已为 1 行保修产品建立保修记录");
        browser.screenshot("shipment-shipped");

        browser.open(orderView.substring(orderView.indexOf("/crm/")));
        browser.waitForText(By.cssSelector(".tz-value-status"), "部分发货");
        browser.click(tab("明细"));
        browser.waitForText(By.cssSelector("[id$=':lines']"), MOTOR);
        assertThat(browser.find(By.cssSelector("td.tz-line-shippedQuantity")).getText()).isEqualTo("1.000");
        assertThat(browser.find(By.cssSelector("td.tz-line-reservedQuantity")).getText()).isEqualTo("2.000");

        browser.open(customerView.substring(customerView.indexOf("/crm/")));
        browser.click(tab("保修"));
        browser.waitForText(By.cssSelector("[id$='related-warranties']"), MOTOR);
        browser.signOut();

        // finance invoices what shipped (one motor, 4,158.40), issues it, and records a receipt of 5,000.00
        browser.signIn("liuyang");
        browser.open(orderView.substring(orderView.indexOf("/crm/")));
        browser.click(By.id("view:command-invoice"));
        browser.waitForUrl("type=invoice");
        browser.click(tab("金额与收款"));
        browser.waitForText(By.cssSelector(".tz-value-grossTotal"), "4,158.40");
        browser.click(By.id("view:command-issue"));
        browser.waitForText(By.cssSelector(".tz-value-status"), "已开具");
        String invoiceNumber = browser.find(By.cssSelector(".tz-value-number")).getText();
        assertThat(invoiceNumber).startsWith("INV");
        String customerId = customerView.substring(customerView.indexOf("id=") + 3);
        browser.open("/crm/app/records/edit.xhtml?type=receipt&customer=" + customerId);
        browser.typeNumber(By.cssSelector("#field-amount input[type='text']"), "5000");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.id("view:command-post"));
        browser.waitForText(By.cssSelector(".tz-value-status"), "已入账");
        assertThat(browser.find(By.cssSelector(".tz-value-appliedAmount")).getText()).contains("4,158.40");
        browser.open(customerView.substring(customerView.indexOf("/crm/")));
        browser.click(tab("应收台账"));
        browser.waitForText(By.cssSelector("[id$='related-ledger']"), invoiceNumber);
        assertThat(browser.find(By.cssSelector("[id$='related-ledger']")).getText()).contains("5,000.00").contains("841.60");
        browser.screenshot("customer-ledger");
        passed = true;
    }

    /** A tab of the 360 view (the menu has links of the same names). */
    private static By tab(String title) {
        return By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']");
    }
}
