package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Importing customers from Excel in a real browser (PLT-10, and PLT-09's upload checks): a file
 * whose content is not what its name says is refused; a sheet with one bad row shows the problem
 * and imports nothing; the fixed sheet imports, the new customer is in the list, and the search
 * box (PLT-11) finds it at once.
 */
class CustomerImportBrowserIT extends BrowserTest {

    private Path files;

    @BeforeEach
    void folder() throws IOException {
        files = Files.createTempDirectory("tianzong-import");
    }

    @AfterEach
    void removeFolder() throws IOException {
        try (var list = Files.list(files)) {
            list.forEach(file -> file.toFile().delete());
        }
        Files.deleteIfExists(files);
    }

    @Test
    void PLT10_excelWithABadRowShowsTheProblemAndTheFixedFileImports() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String good = "IMA" + run;
        String fixed = "IMB" + run;
        browser.signIn("wangfang");
        browser.open("/crm/app/records/list.xhtml?type=customer");
        browser.click(By.id("list:import"));
        browser.waitForUrl("import.xhtml");

        Path disguised = files.resolve("客户.xlsx");
        Files.writeString(disguised, "MZ this is not a workbook", StandardCharsets.ISO_8859_1);
        upload(disguised);
        browser.waitForText(By.id("import:messages"), "文件内容与扩展名不符");

        Path bad = workbook("客户-有错.xlsx", good, fixed, "不存在的类型");
        upload(bad);
        browser.waitForText(By.id("summary"), "共 2 行：新增 1 条，更新 0 条，有问题 1 行");
        assertThat(browser.find(By.id("import:issues")).getText()).contains("3").contains("客户类型").contains("“不存在的类型”不是可选的值");
        assertThat(browser.findAll(By.id("import:commit"))).isEmpty();
        browser.click(By.id("import:report"));
        assertThat(Files.readString(browser.downloaded("-problems.csv"), StandardCharsets.UTF_8))
                .contains("问题说明").contains(fixed).doesNotContain(good);

        Path corrected = workbook("客户-已改正.xlsx", good, fixed, "经销商");
        upload(corrected);
        browser.waitForText(By.id("summary"), "共 2 行：新增 2 条，更新 0 条，有问题 0 行");
        browser.click(By.id("import:commit"));
        browser.waitForText(By.id("import:done"), "导入完成：新增 2 条，更新 0 条");

        browser.open("/crm/app/records/list.xhtml?type=customer&q=" + fixed);
        browser.waitForText(By.id("list:records"), "佛山顺德电器配件有限公司");

        // PLT-11: the search box finds the imported customer at once, typed in Traditional script
        browser.open("/crm/app/index.xhtml");
        browser.find(By.id("search:text")).sendKeys("順德電器" + Keys.ENTER);
        browser.waitForUrl("search.xhtml");
        browser.waitForText(By.id("hits"), "佛山顺德电器配件有限公司");
        assertThat(browser.find(By.id("hits")).getText()).as("a customer hit shows its code").contains(fixed);
        browser.screenshot("PLT11_searchResults");
        browser.click(By.linkText("佛山顺德电器配件有限公司"));
        browser.waitForUrl("view.xhtml");
        passed = true;
    }

    private void upload(Path file) {
        browser.findAll(By.cssSelector("#import\\:file input[type=file]")).get(0).sendKeys(file.toString());
    }

    private Path workbook(String name, String good, String second, String secondType) throws IOException {
        Path file = files.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("客户");
            row(sheet, 0, "客户编号*", "客户名称*", "客户类型*", "地区", "信用额度*", "电话");
            row(sheet, 1, good, "东莞长安五金制品有限公司", "企业客户", "华南", "150000", "0769-85551234");
            row(sheet, 2, second, "佛山顺德电器配件有限公司", secondType, "华南", "80000.50", "0757-22223333");
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
