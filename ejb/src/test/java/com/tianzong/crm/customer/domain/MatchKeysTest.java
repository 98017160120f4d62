package com.tianzong.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CUS-01: the normalisation behind duplicate detection, on names and numbers as people type them. */
class MatchKeysTest {

    @Test
    void CUS01_simplifiedAndTraditionalNamesMatch() {
        assertThat(MatchKeys.name("廣州華信電子有限公司")).isEqualTo(MatchKeys.name("广州华信电子有限公司")).isEqualTo("广州华信电子");
    }

    @Test
    void CUS01_legalFormSuffixesDoNotMatter() {
        String key = MatchKeys.name("上海华信电子");
        assertThat(MatchKeys.name("上海华信电子有限公司")).isEqualTo(key);
        assertThat(MatchKeys.name("上海華信電子有限責任公司")).isEqualTo(key);
        assertThat(MatchKeys.name("上海华信电子股份有限公司")).isEqualTo(key);
        assertThat(MatchKeys.name("上海华信电子集团有限公司")).isEqualTo(key);
        assertThat(MatchKeys.name("上海华信电子公司")).isEqualTo(key);
        assertThat(MatchKeys.name("Shanghai Huaxin Electronics Co., Ltd.")).isEqualTo(MatchKeys.name("shanghai huaxin electronics"))
                .isEqualTo("shanghaihuaxinelectronics");
        assertThat(MatchKeys.name("Huaxin Inc")).isEqualTo("huaxin");
        assertThat(MatchKeys.name("Costco")).as("a word ending in co is not a suffix").isEqualTo("costco");
    }

    @Test
    void CUS01_fullWidthFormsSpacesAndPunctuationDoNotMatter() {
        String key = MatchKeys.name("华信（上海）电子有限公司");
        assertThat(MatchKeys.name("华信(上海)电子有限公司")).isEqualTo(key);
        assertThat(MatchKeys.name(" 华信 （上海） 电子　有限公司。")).isEqualTo(key);
        assertThat(MatchKeys.name("ＡＢＣ电子有限公司")).isEqualTo(MatchKeys.name("abc电子有限公司")).isEqualTo("abc电子");
        assertThat(key).isEqualTo("华信上海电子");
    }

    @Test
    void CUS01_differentCompaniesStayApart() {
        assertThat(MatchKeys.name("上海华信电子有限公司")).isNotEqualTo(MatchKeys.name("上海华信电器有限公司"));
        assertThat(MatchKeys.name("上海华信电子有限公司")).isNotEqualTo(MatchKeys.name("上海华信电子有限公司苏州分公司"));
        assertThat(MatchKeys.name("有限公司")).as("nothing but a legal form is kept, not emptied").isEqualTo("有限");
        assertThat(MatchKeys.name("　")).isNull();
        assertThat(MatchKeys.name(null)).isNull();
    }

    @Test
    void CUS01_phoneNumbersMatchByTheirDigitsWithoutCountryCodeOrTrunkPrefix() {
        String landline = MatchKeys.phone("0512-66881234");
        assertThat(landline).isEqualTo("51266881234");
        assertThat(MatchKeys.phone("(0512) 6688 1234")).isEqualTo(landline);
        assertThat(MatchKeys.phone("+86 512 6688 1234")).isEqualTo(landline);
        assertThat(MatchKeys.phone("0086-512-66881234")).isEqualTo(landline);
        assertThat(MatchKeys.phone("０５１２－６６８８１２３４")).as("full-width digits").isEqualTo(landline);
        assertThat(MatchKeys.phone("+86 138-0013-8000")).isEqualTo(MatchKeys.phone("13800138000")).isEqualTo("13800138000");
        assertThat(MatchKeys.phone("0512-66881234-801")).as("an extension is another line").isNotEqualTo(landline);
        assertThat(MatchKeys.phone("110")).as("too short to tell a company by").isNull();
        assertThat(MatchKeys.phone(null)).isNull();
    }
}
