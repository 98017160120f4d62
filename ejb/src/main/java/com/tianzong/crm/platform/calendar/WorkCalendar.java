package com.tianzong.crm.platform.calendar;

import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The current company's working days over a period, by its working calendar. */
@Stateless
@TenantAware
public class WorkCalendar {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    public long workingDays(LocalDate from, LocalDate to) {
        Map<LocalDate, String> calendar = new HashMap<>();
        em.createQuery("select d.day, d.kind from WorkCalendarDay d where d.day between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(row -> calendar.put((LocalDate) row[0], (String) row[1]));
        return WorkingDays.between(from, to, calendar);
    }
}
