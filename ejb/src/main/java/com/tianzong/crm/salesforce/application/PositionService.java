package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesPosition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Positions (ORG-03): codes are unique, a position never reports to itself or to one below it,
 * and a position someone holds is not deleted (it is retired instead).
 */
@Stateless
@TenantAware
public class PositionService extends AbstractRecordService<SalesPosition> {

    @Inject
    PositionRecordType type;

    @Override
    protected RecordType<SalesPosition> type() {
        return type;
    }

    @Override
    public SalesPosition newRecord() {
        return new SalesPosition();
    }

    @Override
    protected void checkRules(SalesPosition position) {
        if (position.getCode() != null && taken("code", position.getCode(), position)) {
            throw new BusinessRuleException("position.code.taken", "code", position.getCode());
        }
        SalesPosition superior = position.getReportsTo();
        if (superior != null && !position.isNew()) {
            SalesPosition stored = em.find(SalesPosition.class, superior.getId());
            if (stored != null && stored.isAtOrBelow(position)) {
                throw new BusinessRuleException("position.reportsTo.cycle", "reportsTo", superior.getName());
            }
        }
    }

    @Override
    protected void checkDeletable(SalesPosition position) {
        long holders = em.createQuery("select count(r) from SalesRep r where r.position = :position", Long.class)
                .setParameter("position", position).getSingleResult();
        if (holders > 0) {
            throw new BusinessRuleException("position.inUse", null, Long.toString(holders));
        }
        long subordinates = em.createQuery("select count(p) from SalesPosition p where p.reportsTo = :position", Long.class)
                .setParameter("position", position).getSingleResult();
        if (subordinates > 0) {
            throw new BusinessRuleException("position.hasSubordinates", null, Long.toString(subordinates));
        }
    }
}
