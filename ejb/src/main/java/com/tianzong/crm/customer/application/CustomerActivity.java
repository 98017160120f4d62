package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.customer.domain.VisitCycle;
import com.tianzong.crm.customer.domain.VisitSchedule;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a customer's dynamic data (CUS-01) in step with its interactions and visit cycle: the
 * last interaction, the last on-site visit and the next visit due. It writes them with SQL of its
 * own, past the entity, so logging a visit does not count as an edit of the customer: its version,
 * and so a colleague's open form, stay valid (a JPQL bulk update would raise the version).
 */
@Stateless
@TenantAware
public class CustomerActivity {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    CompanyProfiles profiles;

    @Inject
    CurrentTenant currentTenant;

    /** Recomputes one customer's dynamic data from its interactions. */
    public void refresh(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            return;
        }
        LocalDate lastInteraction = latest("select max(i.interactionDate) from Interaction i where i.customer.id = :customer", customerId);
        LocalDate lastVisit = latest("select max(i.interactionDate) from Interaction i where i.customer.id = :customer and i.kind = '"
                + Interaction.VISIT + "'", customerId);
        LocalDate due = nextDue(customer, lastVisit).orElse(null);
        em.createNativeQuery("update " + table() + " set last_interaction_date = cast(?1 as date), last_visit_date = cast(?2 as date),"
                        + " next_visit_due = cast(?3 as date) where id = ?4")
                .setParameter(1, lastInteraction)
                .setParameter(2, lastVisit)
                .setParameter(3, due)
                .setParameter(4, customerId)
                .executeUpdate();
        em.refresh(customer);
    }

    /**
     * Before a customer's own change is written: its dynamic data as stored (the form's copy may
     * be stale) with the next visit recomputed for its grade and cycle as now typed.
     */
    public void schedule(Customer customer) {
        LocalDate lastInteraction = null;
        LocalDate lastVisit = null;
        if (!customer.isNew()) {
            Object[] stored = em.createQuery("select c.lastInteractionDate, c.lastVisitDate from Customer c where c.id = :id", Object[].class)
                    .setParameter("id", customer.getId())
                    .getSingleResult();
            lastInteraction = (LocalDate) stored[0];
            lastVisit = (LocalDate) stored[1];
        }
        customer.recordActivity(lastInteraction, lastVisit, nextDue(customer, lastVisit).orElse(null));
    }

    /** After a grade's cycle changed: every customer of the grade that has no cycle of its own is due anew. */
    public int rescheduleGrade(String grade) {
        Optional<Integer> cycle = gradeCycle(grade);
        int rescheduled = em.createNativeQuery("update " + table() + " set next_visit_due = "
                        + "cast(coalesce(last_visit_date, cast(created_at at time zone ?1 as date)) + ?2 * interval '1 day' as date)"
                        + " where grade = ?3 and visit_cycle_days is null")
                .setParameter(1, profiles.zone().getId())
                .setParameter(2, cycle.orElse(0))
                .setParameter(3, grade)
                .executeUpdate();
        if (cycle.isEmpty()) {
            em.createNativeQuery("update " + table() + " set next_visit_due = null where grade = ?1 and visit_cycle_days is null")
                    .setParameter(1, grade)
                    .executeUpdate();
        }
        return rescheduled;
    }

    /** The customer table of the current company; the schema name comes from a validated company code. */
    private String table() {
        return currentTenant.require().schemaName() + ".customer";
    }

    private Optional<LocalDate> nextDue(Customer customer, LocalDate lastVisit) {
        Optional<Integer> cycle = VisitSchedule.cycleDays(customer.getVisitCycleDays(),
                customer.getGrade() == null ? null : gradeCycle(customer.getGrade()).orElse(null));
        return VisitSchedule.nextDue(lastVisit, takenOn(customer), cycle);
    }

    private LocalDate takenOn(Customer customer) {
        return customer.getCreatedAt() == null ? profiles.today() : customer.getCreatedAt().atZoneSameInstant(profiles.zone()).toLocalDate();
    }

    private Optional<Integer> gradeCycle(String grade) {
        return em.createQuery("select v from VisitCycle v where v.grade = :grade", VisitCycle.class)
                .setParameter("grade", grade)
                .getResultStream()
                .findFirst()
                .map(VisitCycle::getCycleDays);
    }

    private LocalDate latest(String jpql, long customerId) {
        return em.createQuery(jpql, LocalDate.class).setParameter("customer", customerId).getSingleResult();
    }
}
