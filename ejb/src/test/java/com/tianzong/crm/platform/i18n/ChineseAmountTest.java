package com.tianzong.crm.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** SAL-03, SAL-05: amounts in capital numerals as printed documents write them (人民币大写). */
class ChineseAmountTest {

    @Test
    void SAL05_wholeYuanAndJiaoEndWithZheng() {
        assertThat(words("12475.20")).isEqualTo("壹万贰仟肆佰柒拾伍元贰角整");
        assertThat(words("10")).isEqualTo("壹拾元整");
        assertThat(words("0")).isEqualTo("零元整");
        assertThat(words("1000000")).isEqualTo("壹佰万元整");
        assertThat(words("0.50")).isEqualTo("伍角整");
    }

    @Test
    void SAL05_zerosInsideTheNumberAreReadOnce() {
        assertThat(words("100010")).isEqualTo("壹拾万零壹拾元整");
        assertThat(words("1010")).isEqualTo("壹仟零壹拾元整");
        assertThat(words("100000001")).isEqualTo("壹亿零壹元整");
        assertThat(words("101000000")).isEqualTo("壹亿零壹佰万元整");
        // a zero may be left out where the next section starts at its thousands (会计基础工作规范 art. 52)
        assertThat(words("10001000")).isEqualTo("壹仟万壹仟元整");
        assertThat(words("20305.00")).isEqualTo("贰万零叁佰零伍元整");
    }

    @Test
    void SAL05_fenAreWrittenWithAZeroForMissingJiao() {
        assertThat(words("100.05")).isEqualTo("壹佰元零伍分");
        assertThat(words("3.14")).isEqualTo("叁元壹角肆分");
        assertThat(words("0.07")).isEqualTo("柒分");
        assertThat(words("-52.3")).isEqualTo("负伍拾贰元叁角整");
        assertThat(words("1.005")).as("rounded half up to the fen").isEqualTo("壹元零壹分");
        assertThatThrownBy(() -> words("10000000000000000")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String words(String amount) {
        return ChineseAmount.inWords(new BigDecimal(amount));
    }
}
