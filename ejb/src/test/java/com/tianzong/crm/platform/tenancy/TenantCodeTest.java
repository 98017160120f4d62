package com.tianzong.crm.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTest {

    @Test
    void PLT01_codeIsNormalisedAndNamesItsOwnSchema() {
        TenantCode code = TenantCode.parse("  Demo ").orElseThrow();
        assertThat(code.value()).isEqualTo("demo");
        assertThat(code.schemaName()).isEqualTo("t_demo");
        assertThat(code).isEqualTo(TenantCode.of("demo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1abc", "ab-c", "ab c", "abc;drop", "t_demo\"", "公司", "a234567890123456789012345678901"})
    void PLT01_anythingUnsafeAsASchemaNameIsNotATenantCode(String input) {
        assertThat(TenantCode.parse(input)).isEmpty();
        assertThatThrownBy(() -> TenantCode.of(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PLT01_nullIsNotATenantCode() {
        assertThat(TenantCode.parse(null)).isEmpty();
    }

    @Test
    void PLT01_principalNameCarriesUserAndTenant() {
        TenantUser user = new TenantUser("zhangwei", TenantCode.of("demo"));
        assertThat(user.principalName()).isEqualTo("zhangwei@demo");
        assertThat(TenantUser.fromPrincipalName("zhangwei@demo")).contains(user);
        assertThat(TenantUser.fromPrincipalName("a@b@demo")).map(TenantUser::username).contains("a@b");
        assertThat(TenantUser.fromPrincipalName("ANONYMOUS")).isEmpty();
        assertThat(TenantUser.fromPrincipalName("x@")).isEmpty();
        assertThat(TenantUser.fromPrincipalName("@demo")).isEmpty();
        assertThat(TenantUser.fromPrincipalName(null)).isEmpty();
    }

    @Test
    void PLT01_explicitTenantIsRestoredAfterNestedWork() {
        TenantCode outer = TenantCode.of("outer");
        TenantCode inner = TenantCode.of("inner");
        assertThat(TenantContext.explicitTenant()).isEmpty();
        TenantContext.runAs(outer, () -> {
            TenantContext.runAs(inner, () -> assertThat(TenantContext.explicitTenant()).contains(inner));
            assertThat(TenantContext.explicitTenant()).contains(outer);
        });
        assertThatThrownBy(() -> TenantContext.runAs(outer, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.explicitTenant()).isEmpty();
    }
}
