package com.tianzong.crm.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private final PasswordRules standard = new PasswordRules(8, true, false);
    private final PasswordRules strict = new PasswordRules(12, true, true);

    @Test
    void PLT09_acceptsAPasswordThatMeetsEveryRule() {
        assertThat(standard.violations("Pudong2026".toCharArray(), "zhangwei")).isEmpty();
        assertThat(strict.violations("Pudong#River2026".toCharArray(), "zhangwei")).isEmpty();
    }

    @Test
    void PLT09_namesEveryBrokenRule() {
        assertThat(strict.violations("abc".toCharArray(), "zhangwei"))
                .containsExactly("password.rule.length", "password.rule.letterAndDigit", "password.rule.symbol");
        assertThat(standard.violations("12345678".toCharArray(), "zhangwei"))
                .containsExactly("password.rule.letterAndDigit", "password.rule.common");
        assertThat(standard.violations("x".repeat(129).concat("1").toCharArray(), "zhangwei")).contains("password.rule.tooLong");
    }

    @Test
    void PLT09_refusesTheUserNameInAnyCaseAndTheCommonFavourites() {
        assertThat(standard.violations("ZhangWei2026".toCharArray(), "zhangwei")).containsExactly("password.rule.username");
        assertThat(standard.violations("woaini1314".toCharArray(), "zhangwei")).containsExactly("password.rule.common");
        assertThat(standard.violations("P@ssw0rd".toCharArray(), "zhangwei")).containsExactly("password.rule.common");
    }

    @Test
    void PLT09_chineseCharactersCountAsLettersAndSymbolsAreAnythingElse() {
        assertThat(standard.violations("上海浦东新区2026".toCharArray(), "zhangwei")).isEmpty();
        assertThat(strict.violations("上海浦东新区2026年￥".toCharArray(), "zhangwei")).isEmpty();
        assertThat(strict.violations("上海浦东新区2026年春天".toCharArray(), "zhangwei")).containsExactly("password.rule.symbol");
    }
}
