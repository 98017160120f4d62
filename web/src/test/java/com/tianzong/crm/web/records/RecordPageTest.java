package com.tianzong.crm.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordPageTest {

    @Test
    void PLT03_onlyPositiveNumbersAreRecordIds() {
        assertThat(RecordPage.parseId("42")).contains(42L);
        assertThat(RecordPage.parseId("0")).isEmpty();
        assertThat(RecordPage.parseId("-1")).isEmpty();
        assertThat(RecordPage.parseId("abc")).isEmpty();
        assertThat(RecordPage.parseId("1 or 1=1")).isEmpty();
        assertThat(RecordPage.parseId("99999999999999999999")).isEmpty();
        assertThat(RecordPage.parseId(null)).isEmpty();
    }
}
