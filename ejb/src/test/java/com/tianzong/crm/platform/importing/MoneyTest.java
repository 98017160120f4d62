package com.tianzong.crm.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void PLT10_readsAmountsAsTypedInChineseSpreadsheets() {
        assertThat(Money.parse("300000")).contains(new BigDecimal("300000"));
        assertThat(Money.parse("1,250,000.50")).contains(new BigDecimal("1250000.50"));
        assertThat(Money.parse("￥３００，０００．００")).contains(new BigDecimal("300000.00"));
        assertThat(Money.parse("5000元")).contains(new BigDecimal("5000"));
        assertThat(Money.parse("-12.5")).contains(new BigDecimal("-12.5"));
    }

    @Test
    void PLT10_refusesWhatIsNotAnAmount() {
        assertThat(Money.parse("三十万")).isEmpty();
        assertThat(Money.parse("1e6")).isEmpty();
        assertThat(Money.parse("12.5.1")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
        assertThat(Money.parse("abc")).isEmpty();
    }

    @Test
    void PLT10_readsWholeNumbersAndYesNoAsTyped() {
        assertThat(Money.parseWhole("24")).contains(24);
        assertThat(Money.parseWhole("１，２００")).contains(1200);
        assertThat(Money.parseWhole("12.0")).contains(12);
        assertThat(Money.parseWhole("12.5")).isEmpty();
        assertThat(Money.parseWhole("99999999999")).isEmpty();
        assertThat(Flags.parse("是")).contains(true);
        assertThat(Flags.parse(" 否 ")).contains(false);
        assertThat(Flags.parse("YES")).contains(true);
        assertThat(Flags.parse("停用")).contains(false);
        assertThat(Flags.parse("１")).contains(true);
        assertThat(Flags.parse("也许")).isEmpty();
    }

    @Test
    void PLT10_readsDaysAsWrittenInChinese() {
        assertThat(Days.parse("2026-03-01")).contains(java.time.LocalDate.of(2026, 3, 1));
        assertThat(Days.parse("2026/3/1")).contains(java.time.LocalDate.of(2026, 3, 1));
        assertThat(Days.parse("2026年3月1日")).contains(java.time.LocalDate.of(2026, 3, 1));
        assertThat(Days.parse("２０２６．１２．３１")).contains(java.time.LocalDate.of(2026, 12, 31));
        assertThat(Days.parse("2026-02-30")).isEmpty();
        assertThat(Days.parse("明天")).isEmpty();
    }
}
