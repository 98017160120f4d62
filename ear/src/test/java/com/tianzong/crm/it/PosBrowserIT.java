package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * SAL-08 at the till in a real browser: the demo rep 张伟 opens the till from the menu and scans
 * three barcodes as a keyboard-wedge scanner types them (digits and Enter): a drive, a motor and
 * the drive again, which makes two of it. An unknown barcode is refused with a message. He gives
 * the motor a price of his own, takes 11,000.00 in cash, sees the change due, takes the payment
 * and gets the receipt; the drives have left stock. Sold to a named customer, a motor starts the
 * customer's warranty (CUS-06).
 */
class PosBrowserIT extends BrowserTest {

    private static final String DRIVE = "6901234567915";   // 通用型变频器 7.5kW, 3,367.40 with VAT
    private static final String MOTOR = "6901234567892";   // YE3 电机 7.5kW, 4,158.40 with VAT

    @Test
    void SAL08_threeBarcodesScannedPaidInCashWithChangeAndAReceipt() {
        browser.signIn("zhangwei");
        BigDecimal drivesBefore = stockOf("VFD-G7-7R5");
        browser.open("/crm/app/records/list.xhtml?type=cashSale");
        browser.click(By.linkText("收银台"));
        browser.waitForUrl("/app/sales/pos.xhtml");

        scan(DRIVE);
        browser.waitForText(By.id("items"), "1");
        scan(MOTOR);
        browser.waitForText(By.id("items"), "2");
        scan(DRIVE);
        browser.waitForText(By.id("total"), "10,893.20");
        assertThat(browser.find(By.id("items")).getText()).as("the drive again is one more on its line").isEqualTo("2");
        assertThat(browser.find(By.cssSelector("tr.tz-pos-last")).getText()).as("the line just scanned is marked").contains("通用型变频器 7.5kW");

        scan("123");
        browser.waitForText(By.id("pos:growl_container"), "没有条码或编号为 123 的在售商品");
        assertThat(browser.find(By.id("total")).getText()).contains("10,893.20");

        browser.typeNumber(By.id("pos:lines:1:price_input"), "4000");
        browser.waitForText(By.id("total"), "10,734.80");
        browser.typeNumber(By.id("pos:tendered_input"), "11000");
        browser.waitForText(By.id("pos:change"), "265.20");
        browser.screenshot("pos-till");

        browser.click(By.id("pos:checkout"));
        browser.waitForText(By.id("number"), "POS");
        assertThat(browser.find(By.id("paidTotal")).getText()).isEqualTo("10,734.80");
        assertThat(browser.find(By.id("paidChange")).getText()).isEqualTo("265.20");
        assertThat(browser.find(By.id("receiptLines")).getText()).contains("通用型变频器 7.5kW").contains("YE3 超高效三相异步电机 7.5kW");
        browser.screenshot("pos-receipt");

        browser.click(By.id("pos:next"));
        browser.waitForText(By.id("items"), "0");
        assertThat(stockOf("VFD-G7-7R5")).as("two drives left stock").isEqualByComparingTo(drivesBefore.subtract(new BigDecimal("2")));
        passed = true;
    }

    @Test
    void SAL08_CUS06_aNamedCustomersMotorFromTheTillHasItsWarranty() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/sales/pos.xhtml");
        browser.type(By.id("pos:customer_input"), "恒达");
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '苏州恒达精密机械有限公司')]"));
        browser.waitForAjax();
        browser.waitForText(By.id("pos:buyer"), "有保修期的商品将为该客户建立保修记录");
        scan(MOTOR);
        browser.waitForText(By.id("total"), "4,158.40");
        browser.typeNumber(By.id("pos:tendered_input"), "4200");
        browser.waitForText(By.id("pos:change"), "41.60");
        browser.click(By.id("pos:checkout"));
        browser.waitForText(By.id("number"), "POS");
        String receipt = browser.find(By.id("number")).getText();
        assertThat(browser.find(By.id("paidCustomer")).getText()).contains("苏州恒达精密机械有限公司");

        browser.open("/crm/app/records/list.xhtml?type=warranty&q=" + receipt);
        browser.waitForText(By.cssSelector("[id$=':records']"), "苏州恒达精密机械有限公司");
        assertThat(browser.find(By.cssSelector("[id$=':records']")).getText()).contains("YE3 超高效三相异步电机 7.5kW");
        passed = true;
    }

    /** What a keyboard-wedge scanner does: types the code into the focused scan field and presses Enter. */
    private void scan(String code) {
        browser.find(By.id("pos:barcode")).sendKeys(code, Keys.ENTER);
        browser.waitForAjax();
    }

    private BigDecimal stockOf(String productCode) {
        browser.open("/crm/app/records/list.xhtml?type=product&q=" + productCode);
        browser.click(By.cssSelector("[id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='库存与保修']"));
        return new BigDecimal(browser.find(By.cssSelector(".tz-value-stockOnHand")).getText().replaceAll("[^0-9.]", ""));
    }
}
