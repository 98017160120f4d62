package com.tianzong.crm.salesforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ORG-03 chains of superiors and ORG-04 employment periods, without a database. */
class SalesOrganisationTest {

    @Test
    void ORG03_aPositionIsAtOrBelowItselfAndEveryPositionAboveIt() {
        SalesPosition director = position(null);
        SalesPosition manager = position(director);
        SalesPosition rep = position(manager);
        SalesPosition other = position(null);

        assertThat(rep.isAtOrBelow(rep)).isTrue();
        assertThat(rep.isAtOrBelow(manager)).isTrue();
        assertThat(rep.isAtOrBelow(director)).isTrue();
        assertThat(director.isAtOrBelow(rep)).as("so the director may not report to the rep").isFalse();
        assertThat(rep.isAtOrBelow(other)).isFalse();
    }

    @Test
    void ORG04_aRepIsEmployedFromTheHireDateUntilTheDayBeforeLeaving() {
        SalesRep rep = new SalesRep();
        rep.setHireDate(LocalDate.of(2024, 3, 1));
        assertThat(rep.isEmployedOn(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(rep.isEmployedOn(LocalDate.of(2024, 3, 1))).isTrue();
        rep.setLeaveDate(LocalDate.of(2026, 6, 30));
        assertThat(rep.isEmployedOn(LocalDate.of(2026, 6, 29))).isTrue();
        assertThat(rep.isEmployedOn(LocalDate.of(2026, 6, 30))).as("the leaving day is the first day away").isFalse();
    }

    private static SalesPosition position(SalesPosition reportsTo) {
        SalesPosition position = new SalesPosition();
        position.setReportsTo(reportsTo);
        return position;
    }
}
