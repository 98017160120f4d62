package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ORG-02 in a real browser: the administrator sets a head count of one for 华北销售部 this month,
 * then files a second rep there; the saved rep's page shows the quota alarm at once, the bell in
 * the top bar counts it, and the notification list holds it until it is marked read.
 */
class QuotaBrowserIT extends BrowserTest {

    @Test
    void ORG02_hiringOverTheHeadCountShowsTheAlarmOnScreenAndInTheNotificationList() {
        LocalDate today = LocalDate.now();
        browser.signIn("admin");
        browser.open("/crm/app/records/edit.xhtml?type=quota");
        browser.choose(By.id("field-kind"), "编制人数");
        browser.choose(By.id("field-department"), "华北销售部");
        date("periodStart", today.withDayOfMonth(1));
        date("periodEnd", today.withDayOfMonth(today.lengthOfMonth()));
        browser.typeNumber(By.cssSelector("#field-limitAmount input[id$='_input']"), "1");
        browser.type(By.cssSelector("#field-note input"), "华北编制（浏览器测试）");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("title"), "编制人数");

        browser.open("/crm/app/records/edit.xhtml?type=salesRep");
        browser.type(By.cssSelector("#field-employeeNo input"), "TZ0099");
        browser.type(By.cssSelector("#field-name input"), "刘洋");
        browser.choose(By.id("field-department"), "华北销售部");
        browser.choose(By.id("field-status"), "在职");
        date("hireDate", today.withDayOfMonth(1));
        browser.choose(By.id("field-owner"), "刘洋");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("growl_container"), "定额报警：华北销售部");
        assertThat(browser.find(By.id("growl_container")).getText()).contains("编制为 1 人，现有 2 人，超编 1 人");
        browser.waitForText(By.id("userbar:bell"), "1");

        browser.click(By.id("userbar:bell"));
        browser.waitForUrl("notifications.xhtml");
        browser.waitForText(By.id("notifications:list"), "超编 1 人");
        browser.clickAndWaitForUpdate(By.id("notifications:readAll"), By.id("notifications:list"));
        browser.waitForText(By.id("growl_container"), "所有提醒已标为已读");
        assertThat(browser.findAll(By.id("userbar:unread"))).as("nothing unread any more").isEmpty();
        assertThat(browser.find(By.id("notifications:list")).getText()).as("read, still listed").contains("超编 1 人");
        passed = true;
    }

    private void date(String field, LocalDate day) {
        browser.typeDate(By.cssSelector("#field-" + field + " input"), day.toString());
    }
}
