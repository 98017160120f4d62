package com.tianzong.crm.platform.numbering;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The next number of a document type (SO2026-000001, 报价单、订单、发票 …): per tenant, per type and
 * per calendar year of the company's time zone, consecutive without gaps. The number is taken in
 * the caller's transaction from a counter row that stays locked until it ends: a document that is
 * rolled back gives its number back, and two documents created at the same moment wait for each
 * other instead of sharing or skipping a number.
 */
@Stateless
@TenantAware
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DocumentNumbers {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,6}");
    private static final int DIGITS = 6;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    CompanyProfiles profiles;

    @Inject
    CurrentTenant currentTenant;

    /** The next number of a document type, written with its prefix: {@code SO2026-000001}. */
    public String next(String documentType, String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A document number prefix is 1 to 6 capital letters: " + prefix);
        }
        int year = profiles.today().getYear();
        return format(prefix, year, nextValue(documentType, year));
    }

    /** How a number is written: prefix, year, a dash and six digits (more once a year passes 999,999). */
    public static String format(String prefix, int year, long value) {
        return String.format(Locale.ROOT, "%s%d-%0" + DIGITS + "d", prefix, year, value);
    }

    private long nextValue(String documentType, int year) {
        // the first document of a type and year creates its counter; a concurrent first one waits on the insert
        String table = currentTenant.require().schemaName() + ".document_sequence";
        em.createNativeQuery("insert into " + table + " (document_type, period, last_value) values (?1, ?2, 0)"
                        + " on conflict (document_type, period) do nothing")
                .setParameter(1, documentType)
                .setParameter(2, year)
                .executeUpdate();
        Object value = em.createNativeQuery("update " + table + " set last_value = last_value + 1"
                        + " where document_type = ?1 and period = ?2 returning last_value")
                .setParameter(1, documentType)
                .setParameter(2, year)
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
