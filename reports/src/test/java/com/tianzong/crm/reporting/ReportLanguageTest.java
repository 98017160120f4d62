package com.tianzong.crm.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

    @Test
    void PLT04_reportFollowsUserLanguageAndScript() {
        assertThat(ReportLanguage.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThat(ReportLanguage.of(Locale.forLanguageTag("zh-HK"))).isEqualTo(ReportLanguage.TRADITIONAL_CHINESE);
        assertThat(ReportLanguage.of(Locale.forLanguageTag("zh-Hant"))).isEqualTo(ReportLanguage.TRADITIONAL_CHINESE);
        assertThat(ReportLanguage.of(Locale.ENGLISH)).isEqualTo(ReportLanguage.ENGLISH);
        assertThat(ReportLanguage.of(null)).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
    }

    @Test
    void PLT04_onlyTraditionalReportsConvertData() {
        assertThat(ReportLanguage.TRADITIONAL_CHINESE.convertsDataToTraditional()).isTrue();
        assertThat(ReportLanguage.SIMPLIFIED_CHINESE.convertsDataToTraditional()).isFalse();
    }
}
