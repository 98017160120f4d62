package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * BAS-06 and ORG-08 in a real browser: a sales manager defines a progressive commission rule,
 * enters its bands, previews the commission on 350,000 before saving (10,500.00, worked out band
 * by band), saves, and finds the bands on the rule and in its history; he puts the rule in force,
 * works out 张伟's commission for this month under it (from 张伟's invoices) and approves it.
 */
class CommissionRuleBrowserIT extends BrowserTest {

    private static final By EDITOR = By.id("tiers:editor");

    @Test
    void BAS06_managerDefinesAProgressiveRuleAndPreviewsIt() {
        browser.signIn("manager");
        String code = "CR_" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        browser.open("/crm/app/records/edit.xhtml?type=commissionRule");
        browser.type(By.cssSelector("#field-code input"), code);
        browser.type(By.cssSelector("#field-nameZhCn input"), "华东一部阶梯提成");
        browser.choose(By.id("field-basis"), "销售额");
        browser.choose(By.id("field-ruleType"), "递增阶梯");
        browser.choose(By.id("field-tierMode"), "超额累进（各段分别计算）");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("title"), code);

        String viewUrl = browser.currentUrl().replaceFirst("^https?://[^/]+", "");
        browser.open(viewUrl.replaceFirst("/records/view.xhtml\\?type=commissionRule&", "/base/commission-tiers.xhtml?"));
        browser.waitForText(By.id("title"), "提成区间与试算");
        browser.clickAndWaitForUpdate(By.id("tiers:add"), EDITOR);
        browser.typeNumber(By.id("tiers:bands:0:upper_input"), "100000");
        browser.typeNumber(By.id("tiers:bands:0:rate_input"), "2");
        browser.clickAndWaitForUpdate(By.id("tiers:add"), EDITOR);
        browser.typeNumber(By.id("tiers:bands:1:upper_input"), "300000");
        browser.typeNumber(By.id("tiers:bands:1:rate_input"), "3");
        browser.typeNumber(By.id("tiers:bands:2:rate_input"), "5");

        browser.typeNumber(By.id("tiers:amount_input"), "350000");
        browser.clickAndWaitForUpdate(By.id("tiers:preview"), EDITOR);
        String result = browser.find(By.id("tiers:result")).getText();
        assertThat(result).contains("2,000.00").contains("6,000.00").contains("2,500.00").contains("10,500.00");

        browser.clickAndWaitForUpdate(By.id("tiers:save"), EDITOR);
        browser.waitForText(By.id("tiers:messages"), "提成区间已保存");

        // (the "saved" notice covers the way back for a few seconds: open the rule by its address)
        browser.open(viewUrl);
        browser.click(By.linkText("提成区间"));
        browser.waitForText(By.cssSelector(".tz-value-tiersText"), "300000.00– 5.00%");
        browser.click(By.linkText("修改历史"));
        browser.waitForText(By.cssSelector("[id$='historyTable_data']"), "提成区间");

        browser.open(viewUrl.replace("view.xhtml", "edit.xhtml"));
        browser.click(By.cssSelector("#field-active .ui-toggleswitch"));
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.open("/crm/app/records/edit.xhtml?type=commissionRecord");
        browser.choose(By.id("field-rep"), "张伟");
        browser.choose(By.id("field-rule"), code);
        browser.typeDate(By.cssSelector("#field-periodStart input"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.cssSelector(".tz-value-status"), "待审批");
        BigDecimal base = amount(".tz-value-baseAmount");
        assertThat(amount(".tz-value-commission")).as("the bands on a base of " + base).isEqualByComparingTo(progressive(base));
        browser.screenshot("commission-record");
        browser.click(By.id("view:command-approve"));
        browser.waitForText(By.cssSelector(".tz-value-status"), "已审批");
        passed = true;
    }

    private BigDecimal amount(String selector) {
        return new BigDecimal(browser.find(By.cssSelector(selector)).getText().replaceAll("[^0-9.]", ""));
    }

    /** The rule entered above, by hand: 2 % up to 100,000, 3 % up to 300,000, 5 % beyond, each band to the fen. */
    private static BigDecimal progressive(BigDecimal base) {
        BigDecimal first = base.min(new BigDecimal("100000")).max(BigDecimal.ZERO);
        BigDecimal second = base.min(new BigDecimal("300000")).subtract(new BigDecimal("100000")).max(BigDecimal.ZERO);
        BigDecimal third = base.subtract(new BigDecimal("300000")).max(BigDecimal.ZERO);
        return fen(first, "0.02").add(fen(second, "0.03")).add(fen(third, "0.05"));
    }

    private static BigDecimal fen(BigDecimal portion, String rate) {
        return portion.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void BAS06_badBandsGetAClearMessageAndARepOnlyPreviews() throws Exception {
        browser.signIn("manager");
        browser.open("/crm/app/records/list.xhtml?type=commissionRule&q=CR_SALES_TIERED");
        browser.waitForText(By.id("list:records"), "按销售额阶梯提成");
        browser.click(By.cssSelector("#list\\:records_data [id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.cssSelector("#view\\:action-tiers a"));
        browser.waitForUrl("commission-tiers.xhtml");
        browser.typeNumber(By.id("tiers:bands:1:upper_input"), "400000");
        browser.clickAndWaitForUpdate(By.id("tiers:save"), EDITOR);
        // band 2 would now end (400,000) below where it starts (500,000)
        browser.waitForText(By.id("tiers:messages"), "第 2 档的上限须大于下限");

        try (Browser rep = new Browser()) {
            rep.signIn("zhangwei");
            rep.open(browser.currentUrl().replaceFirst("^https?://[^/]+", ""));
            rep.waitForText(By.id("title"), "提成区间与试算");
            assertThat(rep.findAll(By.id("tiers:save"))).isEmpty();
            rep.typeNumber(By.id("tiers:amount_input"), "1200000");
            rep.clickAndWaitForUpdate(By.id("tiers:preview"), EDITOR);
            rep.waitForText(By.id("tiers:result"), "16,500.00");
        }
        passed = true;
    }
}
