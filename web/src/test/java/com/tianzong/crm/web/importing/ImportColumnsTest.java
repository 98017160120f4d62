package com.tianzong.crm.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.customer.application.CustomerRecordType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImportColumnsTest {

    private final CustomerRecordType customers = new CustomerRecordType();

    @Test
    void PLT10_matchesHeadingsInAnyLanguageOrByNameAndIgnoresTheRest() {
        List<String> fields = ImportColumns.match(customers,
                List.of("客户编号*", "客戶名稱", "Credit limit", " ｐｈｏｎｅ ", "备注", "创建时间"));
        assertThat(fields).containsExactly("code", "name", "creditLimit", "phone", null, null);
    }

    @Test
    void PLT10_templateHasTheImportableFieldsInTheUsersLanguageRequiredMarked() {
        List<String> headings = ImportColumns.templateHeadings(customers, Locale.SIMPLIFIED_CHINESE);
        assertThat(headings).startsWith("客户编号*", "客户名称*").contains("信用额度*", "电话").doesNotContain("创建时间");
        assertThat(ImportColumns.match(customers, headings)).doesNotContainNull();
    }
}
