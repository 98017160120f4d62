package com.tianzong.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void CUS01_creditLimitIsKeptWithExactlyTwoDecimals() {
        Customer customer = valid();
        customer.setCreditLimit(new BigDecimal("1200"));
        assertThat(customer.getCreditLimit()).isEqualByComparingTo("1200").hasScaleOf(2);
        customer.setCreditLimit(new BigDecimal("0.1"));
        assertThat(customer.getCreditLimit().toPlainString()).isEqualTo("0.10");
    }

    @Test
    void CUS01_moreThanTwoDecimalsIsRefusedNotRounded() {
        Customer customer = valid();
        customer.setCreditLimit(new BigDecimal("99.999"));
        assertThat(customer.getCreditLimit()).isEqualByComparingTo("99.999");
        assertThat(violatedFields(customer)).containsExactly("creditLimit");
    }

    @Test
    void CUS01_aValidCustomerHasNoViolations() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void CUS01_requiredFieldsAndFormatsAreChecked() {
        Customer customer = new Customer();
        customer.setCode("C 01!");
        customer.setPhone("电话号码");
        customer.setTaxId("1234");
        customer.setCreditLimit(new BigDecimal("-5"));
        assertThat(violatedFields(customer))
                .containsExactlyInAnyOrder("code", "name", "customerType", "phone", "taxId", "creditLimit");
    }

    @Test
    void CUS01_inputIsTrimmedAndTaxIdUpperCased() {
        Customer customer = valid();
        customer.setName("  杭州西湖区人民医院 ");
        customer.setShortName("   ");
        customer.setTaxId(" 12330106470012345x ");
        assertThat(customer.getName()).isEqualTo("杭州西湖区人民医院");
        assertThat(customer.getShortName()).isNull();
        assertThat(customer.getTaxId()).isEqualTo("12330106470012345X");
        assertThat(violatedFields(customer)).isEmpty();
    }

    @Test
    void CUS01_validationMessagesAreInTheUsersLanguage() {
        Customer customer = valid();
        customer.setTaxId("bad");
        ConstraintViolation<Customer> violation = validator.validate(customer).iterator().next();
        assertThat(violation.getMessage()).isEqualTo("应为18位统一社会信用代码");
    }

    private static Set<String> violatedFields(Customer customer) {
        return validator.validate(customer).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    private static Customer valid() {
        Customer customer = new Customer();
        customer.setCode("C2026001");
        customer.setName("苏州恒达精密机械有限公司");
        customer.setCustomerType("ENTERPRISE");
        customer.setPhone("0512-66881234");
        customer.setTaxId("91320505MA1XK3R27U");
        customer.setCreditLimit(new BigDecimal("500000.00"));
        return customer;
    }
}
