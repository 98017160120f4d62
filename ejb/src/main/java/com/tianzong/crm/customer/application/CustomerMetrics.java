package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.MetricDefinition;
import com.tianzong.crm.salesforce.domain.assessment.MetricSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The customer file's metrics: the customers a rep looks after at the end of a period and those
 * he took on during it (created in the period, by the company's time zone); the on-site visits,
 * all interactions and their cost that the rep himself made in the period; the complaints received
 * in the period about his customers.
 */
@Stateless
@Local(MetricSource.class)
@TenantAware
public class CustomerMetrics implements MetricSource {

    public static final String NEW_CUSTOMERS = "NEW_CUSTOMERS";
    public static final String CUSTOMERS = "CUSTOMERS";
    public static final String VISITS = "VISITS";
    public static final String INTERACTIONS = "INTERACTIONS";
    public static final String INTERACTION_COST = "INTERACTION_COST";
    /** Complaints (CUS-07) received in the period about the rep's customers. */
    public static final String COMPLAINTS = "COMPLAINTS";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    CompanyProfiles profiles;

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(NEW_CUSTOMERS), new MetricDefinition(CUSTOMERS),
                new MetricDefinition(VISITS), new MetricDefinition(INTERACTIONS), new MetricDefinition(INTERACTION_COST),
                new MetricDefinition(COMPLAINTS));
    }

    @Override
    public BigDecimal value(String code, SalesRep rep, LocalDate from, LocalDate to) {
        ZoneId zone = profiles.zone();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return switch (code) {
            case NEW_CUSTOMERS -> count("select count(c) from Customer c where c.owner = :owner and c.createdAt >= :start and c.createdAt < :end",
                    rep, from.atStartOfDay(zone).toOffsetDateTime(), end);
            case CUSTOMERS -> count("select count(c) from Customer c where c.owner = :owner and c.createdAt < :end", rep, null, end);
            case VISITS -> interactions("select count(i) from Interaction i where i.performedBy = :rep and i.kind = '"
                    + Interaction.VISIT + "' and i.interactionDate between :from and :to", rep, from, to);
            case INTERACTIONS -> interactions("select count(i) from Interaction i where i.performedBy = :rep"
                    + " and i.interactionDate between :from and :to", rep, from, to);
            case INTERACTION_COST -> interactions("select coalesce(sum(i.cost), 0) from Interaction i where i.performedBy = :rep"
                    + " and i.interactionDate between :from and :to", rep, from, to);
            case COMPLAINTS -> BigDecimal.valueOf(em.createQuery("select count(f) from Feedback f where f.owner = :owner and f.kind = '"
                            + com.tianzong.crm.customer.domain.Feedback.COMPLAINT + "' and f.receivedDate between :from and :to", Long.class)
                    .setParameter("owner", rep.getOwner()).setParameter("from", from).setParameter("to", to).getSingleResult());
            default -> throw new IllegalArgumentException("no metric " + code);
        };
    }

    private BigDecimal interactions(String jpql, SalesRep rep, LocalDate from, LocalDate to) {
        Object value = em.createQuery(jpql).setParameter("rep", rep.getOwner())
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return value instanceof BigDecimal amount ? amount.setScale(2) : new BigDecimal(value.toString());
    }

    private BigDecimal count(String jpql, SalesRep rep, OffsetDateTime start, OffsetDateTime end) {
        var query = em.createQuery(jpql, Long.class).setParameter("owner", rep.getOwner()).setParameter("end", end);
        if (start != null) {
            query.setParameter("start", start);
        }
        return BigDecimal.valueOf(query.getSingleResult());
    }

}
