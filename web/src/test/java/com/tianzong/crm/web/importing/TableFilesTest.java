package com.tianzong.crm.web.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.importing.ImportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTest {

    private static final String CSV = "客户编号,客户名称,信用额度\r\nC9001,\"上海华信电子有限公司, 浦东\",\"300,000.00\"\r\n\r\nC9002,廣州南沙精工,5000\r\n";

    @Test
    void PLT10_readsUtf8CsvWithOrWithoutByteOrderMarkAndQuotedCommas() throws Exception {
        for (String text : new String[] {CSV, "\uFEFF" + CSV}) {
            ImportTable table = TableFiles.read("customers.csv", text.getBytes(StandardCharsets.UTF_8));
            assertThat(table.headers()).containsExactly("客户编号", "客户名称", "信用额度");
            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cells()).containsExactly("C9001", "上海华信电子有限公司, 浦东", "300,000.00");
            assertThat(table.rows().get(0).line()).isEqualTo(2);
            assertThat(table.rows().get(1).cell(1)).isEqualTo("廣州南沙精工");
        }
    }

    @Test
    void PLT10_readsGbkCsvAsOlderChineseExcelSavesIt() throws Exception {
        ImportTable table = TableFiles.read("客户.csv", CSV.replace("廣州", "广州").getBytes(Charset.forName("GBK")));
        assertThat(table.headers()).containsExactly("客户编号", "客户名称", "信用额度");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("广州南沙精工");
    }

    @Test
    void PLT10_readsExcelUnicodeTextTabSeparated() throws Exception {
        String text = "客户编号\t客户名称\r\nC9001\t上海华信电子有限公司\r\n";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        ImportTable table = TableFiles.read("customers.txt", utf16);
        assertThat(table.headers()).containsExactly("客户编号", "客户名称");
        assertThat(table.rows().get(0).cells()).containsExactly("C9001", "上海华信电子有限公司");
    }

    @Test
    void PLT10_readsTheFirstSheetOfAnExcelFileWithGapsAndNumbers() throws Exception {
        byte[] xlsx = workbook();
        ImportTable table = TableFiles.read("客户.XLSX", xlsx);
        assertThat(table.headers()).containsExactly("客户编号", "客户名称", "信用额度");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsExactly("C9001", "上海华信电子有限公司", "300000");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).cell(1)).isEmpty();
        assertThat(table.rows().get(1).cell(2)).isEqualTo("1250.5");
    }

    @Test
    void PLT09_refusesOtherTypesRenamedFilesEmptyAndOversizedUploads() throws Exception {
        assertRefused("virus.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "upload.type");
        assertRefused("customers.xlsx", CSV.getBytes(StandardCharsets.UTF_8), "upload.contentMismatch");
        assertRefused("customers.csv", workbook(), "upload.contentMismatch");
        assertRefused("customers.csv", new byte[0], "upload.empty");
        assertRefused("customers.csv", new byte[TableFiles.MAX_BYTES + 1], "upload.tooLarge");
        assertRefused("customers.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0}, "upload.unreadable");
        assertRefused("customers.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8), "upload.noHeader");
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> TableFiles.read(name, content)).as(name)
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("客户编号");
            header.createCell(1).setCellValue("客户名称");
            header.createCell(2).setCellValue("信用额度");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("C9001");
            first.createCell(1).setCellValue("上海华信电子有限公司");
            first.createCell(2).setCellValue(300000);
            Row third = sheet.createRow(3);
            third.createCell(0).setCellValue("C9002");
            third.createCell(2).setCellValue(1250.5);
            workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("忽略");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
