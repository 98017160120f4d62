package com.tianzong.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CUS-04, CUS-06, CUS-07: the rules of cases and warranties, worked by hand. */
class CustomerServiceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void CUS04_aSettledCaseNeedsItsResolutionAndKeepsTheDayItWasSettled() {
        ServiceRequest request = new ServiceRequest();
        assertThat(request.settle(TODAY)).as("an open case").isTrue();
        assertThat(request.getResolvedDate()).isNull();

        request.setStatus(CustomerCase.RESOLVED);
        assertThat(request.settle(TODAY)).as("resolved without saying how").isFalse();
        request.setResolution("更换轴承");
        assertThat(request.settle(TODAY)).isTrue();
        assertThat(request.getResolvedDate()).isEqualTo(TODAY);

        request.setStatus(CustomerCase.CLOSED);
        assertThat(request.settle(TODAY.plusDays(3))).isTrue();
        assertThat(request.getResolvedDate()).as("closing later keeps the day it was resolved").isEqualTo(TODAY);

        request.setStatus("IN_PROGRESS");
        assertThat(request.settle(TODAY.plusDays(4))).isTrue();
        assertThat(request.getResolvedDate()).as("reopened").isNull();
    }

    @Test
    void CUS06_aWarrantyCoversFromItsStartToTheDayBeforeTheSameDateMonthsLater() {
        assertThat(Warranty.expiry(LocalDate.of(2026, 1, 15), 12)).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(Warranty.expiry(LocalDate.of(2026, 1, 15), 18)).isEqualTo(LocalDate.of(2027, 7, 14));
        // a month-end start: 31 Jan + 1 month is 28 Feb (no 31 Feb), covered through 27 Feb
        assertThat(Warranty.expiry(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 27));
        // 29 Feb of a leap year + 12 months is 28 Feb 2029, covered through 27 Feb 2029
        assertThat(Warranty.expiry(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 27));

        Warranty warranty = new Warranty();
        warranty.setStartDate(LocalDate.of(2026, 1, 15));
        warranty.computeExpiry(24);
        assertThat(warranty.getMonths()).as("the product's warranty when none is typed").isEqualTo(24);
        assertThat(warranty.getExpiryDate()).isEqualTo(LocalDate.of(2028, 1, 14));
        assertThat(warranty.coversOn(LocalDate.of(2028, 1, 14))).isTrue();
        assertThat(warranty.coversOn(LocalDate.of(2028, 1, 15))).isFalse();
        assertThat(warranty.coversOn(LocalDate.of(2026, 1, 14))).isFalse();

        Warranty none = new Warranty();
        none.setStartDate(LocalDate.of(2026, 1, 15));
        none.computeExpiry(0);
        assertThat(none.getMonths()).as("no period anywhere").isNull();
        assertThat(none.getExpiryDate()).isNull();
    }
}
