package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * BAS-05 and ORG-07 in a real browser: the sales director makes a monthly questionnaire and gives
 * it its indicator (a weight that does not make 100 % is refused); the sales manager assesses
 * his rep for the month, scores the qualitative indicator on the score sheet, sees the total and
 * confirms it, after which the sheet is read-only.
 */
class AssessmentBrowserIT extends BrowserTest {

    private static final By LINES = By.id("items:editor");
    private static final By SHEET = By.id("scores:sheet");

    @Test
    void ORG07_directorMakesAQuestionnaireAndTheManagerScoresAndConfirmsAnAssessment() {
        browser.signIn("zhaozhiqiang");
        browser.open("/crm/app/records/edit.xhtml?type=questionnaire");
        browser.type(By.cssSelector("#field-code input"), "Q_BROWSER_MONTHLY");
        browser.type(By.cssSelector("#field-name input"), "华东一部月度考核表");
        browser.choose(By.id("field-periodType"), "月度");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        String viewUrl = browser.currentUrl().replaceFirst("^https?://[^/]+", "");
        browser.open(viewUrl.replaceFirst("/records/view.xhtml\\?type=questionnaire&", "/base/questionnaire-items.xhtml?"));
        browser.waitForText(By.id("title"), "指标与权重");

        browser.clickAndWaitForUpdate(By.id("items:add"), LINES);
        // choosing the kind redraws the line with the indicators of that kind: wait for it
        WebElement indicatorBefore = browser.find(By.cssSelector("[id='items:lines:0:indicator']"));
        browser.choose(By.xpath("//*[@id='items:lines:0:kind']/.."), "定性");
        browser.waitUntil(ExpectedConditions.stalenessOf(indicatorBefore));
        browser.choose(By.xpath("//*[@id='items:lines:0:indicator']/.."), "Q_ATT_01 责任心");
        browser.waitForAjax();
        browser.typeNumber(By.id("items:lines:0:weight_input"), "90");
        browser.waitForText(By.id("items:total"), "90.00%");
        browser.clickAndWaitForUpdate(By.id("items:save"), LINES);
        browser.waitForText(By.id("items:messages"), "各项权重合计须为 100%，现为 90.00%");
        browser.typeNumber(By.id("items:lines:0:weight_input"), "100");
        browser.waitForText(By.id("items:total"), "100.00%");
        browser.clickAndWaitForUpdate(By.id("items:save"), LINES);
        browser.waitForText(By.id("growl_container"), "问卷指标已保存");
        browser.signOut();

        browser.signIn("manager");
        browser.open("/crm/app/records/edit.xhtml?type=assessment");
        browser.choose(By.id("field-rep"), "张伟");
        browser.choose(By.id("field-questionnaire"), "华东一部月度考核表");
        browser.typeDate(By.cssSelector("#field-periodStart input"), LocalDate.now().toString());
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        String assessmentUrl = browser.currentUrl().replaceFirst("^https?://[^/]+", "");
        browser.open(assessmentUrl.replaceFirst("/records/view.xhtml\\?type=assessment&", "/org/assessment-scores.xhtml?"));
        browser.waitForText(By.id("scores:lines"), "Q_ATT_01 责任心");
        assertThat(browser.find(By.id("total")).getText()).contains("尚有指标未评分");

        browser.find(By.cssSelector("[id='scores:lines:0:level']")).click();
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and starts-with(@data-label, '2 · 8.0 · ')]"));
        browser.clickAndWaitForUpdate(By.id("scores:saveLevels"), SHEET);
        browser.waitForText(By.id("total"), "总分：80.00");
        browser.click(By.id("scores:confirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("state"), "已确认");
        assertThat(browser.findAll(By.id("scores:saveLevels"))).as("a confirmed sheet is read-only").isEmpty();
        passed = true;
    }
}
