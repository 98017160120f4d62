package com.tianzong.crm.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PLT-11: how names, queries, phones and pinyin initials are read for the index. */
class SearchTextTest {

    @Test
    void PLT11_textIsHalfWidthSimplifiedAndLowerCase() {
        assertThat(SearchText.normalized("廣州天河貿易有限公司")).isEqualTo("广州天河贸易有限公司");
        assertThat(SearchText.normalized("ＡＢＣ　Trading（香港）")).isEqualTo("abc trading(香港)");
        assertThat(SearchText.normalized("  ")).isNull();
        assertThat(SearchText.normalized(null)).isNull();
    }

    @Test
    void PLT11_pinyinInitialsOfChineseNamesKeepLettersAndDigits() {
        assertThat(SearchText.initials("上海华信电子有限公司")).isEqualTo("shhxdzyxgs");
        assertThat(SearchText.initials("廣州天河")).as("Traditional reads as Simplified").isEqualTo("gzth");
        assertThat(SearchText.initials("3M中国")).isEqualTo("3mzg");
        assertThat(SearchText.initials("（）")).isNull();
    }

    @Test
    void PLT11_phoneDigitsAndWhatAQueryLooksLike() {
        assertThat(SearchText.digits("021-6234 5678")).isEqualTo("02162345678");
        assertThat(SearchText.digits("０２１－６２３４")).as("full-width digits").isEqualTo("0216234");
        assertThat(SearchText.digits("无")).isNull();
        assertThat(SearchText.looksLikePhone("138 1234")).isTrue();
        assertThat(SearchText.looksLikePhone("+86 (21) 6234-5678")).isTrue();
        assertThat(SearchText.looksLikePhone("123")).as("too short to mean a phone").isFalse();
        assertThat(SearchText.looksLikePhone("HX001")).isFalse();
        assertThat(SearchText.looksLikeInitials("shhx")).isTrue();
        assertThat(SearchText.looksLikeInitials("ＳＨＨＸ")).isTrue();
        assertThat(SearchText.looksLikeInitials("s")).isFalse();
        assertThat(SearchText.looksLikeInitials("华信")).isFalse();
    }
}
