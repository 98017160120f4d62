package com.tianzong.crm.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedNameTest {

    private final LocalizedName name = new LocalizedName("华东", "華東", "East China");

    @Test
    void PLT04_nameFollowsTheUsersLanguageAndScript() {
        assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("华东");
        assertThat(name.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("華東");
        assertThat(name.in(Locale.forLanguageTag("zh-HK"))).isEqualTo("華東");
        assertThat(name.in(Locale.forLanguageTag("zh-Hant-SG"))).isEqualTo("華東");
        assertThat(name.in(Locale.forLanguageTag("zh"))).isEqualTo("华东");
        assertThat(name.in(Locale.ENGLISH)).isEqualTo("East China");
        assertThat(name.in(Locale.GERMAN)).isEqualTo("East China");
    }
}
