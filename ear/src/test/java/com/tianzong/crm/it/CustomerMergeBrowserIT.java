package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * CUS-01 in a real browser: the sales manager 李建国 finds that 上海云启信息科技 was filed twice (as
 * 安亭精工's duplicate, in this scenario) and merges it into 上海安亭精工 from the customer's view:
 * he picks the file, sees what moves and what is filled in, confirms, and is back on the kept
 * file, which names the merge in its history; the merged file is gone. A rep has no merge button.
 */
class CustomerMergeBrowserIT extends BrowserTest {

    @Test
    void CUS01_managerPreviewsAndMergesADuplicateFileIntoTheOneKept() {
        browser.signIn("zhangwei");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026001");
        browser.click(By.cssSelector("[id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        assertThat(browser.findAll(By.id("view:action-merge"))).as("a rep may not merge").isEmpty();
        browser.signOut();

        browser.signIn("manager");
        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026012");
        browser.click(By.cssSelector("[id$=':view'] a"));
        browser.waitForUrl("view.xhtml");
        browser.click(By.xpath("//a[normalize-space()='合并客户'] | //span[normalize-space()='合并客户']/ancestor::a"));
        browser.waitForUrl("merge.xhtml");
        browser.choose(By.id("field-other"), "C2026013 上海云启信息科技有限公司");
        browser.clickAndWaitForUpdate(By.id("merge:preview"), By.id("merge"));
        browser.waitForText(By.id("merge:plan"), "转入联系人");
        assertThat(browser.find(By.id("contacts")).getText()).isEqualTo("0");
        browser.click(By.id("merge:confirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForUrl("view.xhtml");
        browser.waitForText(By.id("growl_container"), "已将 C2026013 上海云启信息科技有限公司 合并到本客户");
        browser.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='修改历史']"));
        browser.waitForText(By.cssSelector("[id$='historyTable_data']"), "C2026013");

        browser.open("/crm/app/records/list.xhtml?type=customer&q=C2026013");
        browser.waitForText(By.id("list:records"), "没有符合条件的记录");
        passed = true;
    }
}
