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
}
