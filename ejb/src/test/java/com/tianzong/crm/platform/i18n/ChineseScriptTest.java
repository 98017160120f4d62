package com.tianzong.crm.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void PLT04_convertsNamesBetweenScriptsByPhrase() {
        assertThat(ChineseScript.toTraditional("广州市天河区")).isEqualTo("廣州市天河區");
        assertThat(ChineseScript.toTraditional("经销商")).isEqualTo("經銷商");
        assertThat(ChineseScript.toTraditional("发展")).isEqualTo("發展");
        assertThat(ChineseScript.toSimplified("客戶服務")).isEqualTo("客户服务");
        assertThat(ChineseScript.toTraditional("ABC 123")).isEqualTo("ABC 123");
        assertThat(ChineseScript.toTraditional(null)).isNull();
    }
}
