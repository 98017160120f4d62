package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionTier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * Commission rules (BAS-06). The header is edited in the generic form; the bands through
 * {@link #replaceTiers}, as one change that the calculator validates first. An active rule always
 * has bands the calculator accepts.
 */
@Stateless
@TenantAware
public class CommissionRuleService extends AbstractRecordService<CommissionRuleRecord> {

    @Inject
    CommissionRuleRecordType type;

    @Override
    protected RecordType<CommissionRuleRecord> type() {
        return type;
    }

    @Override
    public CommissionRuleRecord newRecord() {
        return new CommissionRuleRecord();
    }

    @Override
    protected void checkRules(CommissionRuleRecord rule) {
        if (rule.getCode() != null && taken("code", rule.getCode(), rule)) {
            throw new BusinessRuleException("commissionRule.code.taken", "code", rule.getCode());
        }
        requireOneOf("basis", rule.getBasis(), CommissionRule.Basis.values());
        requireOneOf("ruleType", rule.getRuleType(), CommissionRule.Type.values());
        requireOneOf("tierMode", rule.getTierMode(), CommissionRule.Mode.values());
        if (rule.getNameZhCn() != null) {
            LocalizedName names = LocalizedName.completing(rule.getNameZhCn(), rule.getNameZhTw(), rule.getNameEn());
            rule.setNameZhTw(names.getTraditional());
            rule.setNameEn(names.getEnglish());
        }
        if (rule.getValidFrom() != null && rule.getValidTo() != null && rule.getValidTo().isBefore(rule.getValidFrom())) {
            throw new BusinessRuleException("commission.validity.order", "validTo");
        }
        if (rule.isActive()) {
            // only a rule the calculator accepts may be used; its bands come from the database
            List<CommissionTier> stored = rule.isNew() ? List.of() : storedTiers(rule.getId());
            rule.toRule(stored).validated();
        }
    }

    /**
     * Replaces the bands of a rule (the caller's EDIT permission and data scope apply) after the
     * calculator has accepted them with the rule's type and mode; {@code expectedVersion} guards
     * against overwriting someone else's change. The audit trail keeps the bands before and after.
     */
    public CommissionRuleRecord replaceTiers(long id, int expectedVersion, List<CommissionTier> bands) {
        CommissionRuleRecord rule = get(id);
        if (rule.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(rule);
        }
        rule.toRule(bands).validated();
        em.detach(rule);
        rule.replaceTiers(bands);
        rule.touch();
        return save(rule);
    }

    private List<CommissionTier> storedTiers(long ruleId) {
        return em.createQuery("select t from CommissionTierRecord t where t.rule.id = :rule order by t.lowerBound",
                        com.tianzong.crm.salesforce.domain.commission.CommissionTierRecord.class)
                .setParameter("rule", ruleId)
                .getResultStream().map(t -> t.toTier()).toList();
    }

    private static void requireOneOf(String field, String value, Enum<?>[] allowed) {
        if (value != null && Arrays.stream(allowed).noneMatch(option -> option.name().equals(value))) {
            throw new BusinessRuleException("error.code.unknown", field, value);
        }
    }
}
