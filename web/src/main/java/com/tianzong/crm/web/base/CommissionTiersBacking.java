package com.tianzong.crm.web.base;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.application.CommissionRuleRecordType;
import com.tianzong.crm.salesforce.application.CommissionRuleService;
import com.tianzong.crm.salesforce.domain.commission.CommissionResult;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionTier;
import com.tianzong.crm.salesforce.domain.commission.CommissionTierRecord;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A commission rule's bands (BAS-06): edited as rows whose lower bound is the upper bound of the
 * row before, tried out on an amount before or after saving (the what-if preview uses the rows
 * on screen, saved or not), saved as one change the calculator has accepted.
 */
@Named("commissionTiers")
@ViewScoped
public class CommissionTiersBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CommissionRuleService rules;

    @Inject
    transient CommissionRuleRecordType type;

    @Inject
    transient RecordMessages messages;

    @Inject
    transient Texts texts;

    private String id;
    private CommissionRuleRecord rule;
    private boolean editable;
    private final List<Row> rows = new ArrayList<>();
    private BigDecimal amount;
    private CommissionResult result;

    /** One band as edited: its upper bound (none for the last) and its rate in percent. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private BigDecimal upper;
        private BigDecimal ratePercent;

        Row(BigDecimal upper, BigDecimal ratePercent) {
            this.upper = upper;
            this.ratePercent = ratePercent;
        }

        public BigDecimal getUpper() {
            return upper;
        }

        public void setUpper(BigDecimal upper) {
            this.upper = upper;
        }

        public BigDecimal getRatePercent() {
            return ratePercent;
        }

        public void setRatePercent(BigDecimal ratePercent) {
            this.ratePercent = ratePercent;
        }
    }

    public void load() {
        Set<PermissionAction> allowed = rules.allowedActions();
        if (!allowed.contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = allowed.contains(PermissionAction.EDIT);
        rule = parseId(id).flatMap(rules::find).orElse(null);
        if (rule == null) {
            markNotFound();
            return;
        }
        rows.clear();
        for (CommissionTierRecord tier : rule.getTiers()) {
            rows.add(new Row(tier.getUpperBound(), tier.getRatePercent()));
        }
        if (rows.isEmpty()) {
            rows.add(new Row(null, null));
        }
    }

    /** The lower bound of a row: 0 for the first, the upper bound of the row before for the others. */
    public BigDecimal lowerOf(Row row) {
        int index = rows.indexOf(row);
        return index <= 0 ? BigDecimal.ZERO.setScale(2) : rows.get(index - 1).getUpper();
    }

    public boolean isLast(Row row) {
        return rows.indexOf(row) == rows.size() - 1;
    }

    public void addTier() {
        rows.add(new Row(null, null));
        result = null;
    }

    public void removeTier(Row row) {
        if (rows.size() > 1) {
            rows.remove(row);
            rows.get(rows.size() - 1).setUpper(null);
        }
        result = null;
    }

    public void save() {
        try {
            rule = rules.replaceTiers(rule.getId(), rule.getVersion(), bands());
            texts.info("commission.tiers.saved");
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    public void preview() {
        result = null;
        if (amount == null) {
            texts.error("commission.preview.amountMissing");
            return;
        }
        try {
            result = rule.toRule(bands()).calculate(amount);
        } catch (BusinessRuleException e) {
            messages.showRule(e, type);
        }
    }

    /** The rows as bands; a row left incomplete is refused as the calculator would word it. */
    private List<CommissionTier> bands() {
        List<CommissionTier> bands = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean last = i == rows.size() - 1;
            String band = Integer.toString(i + 1);
            if (row.getRatePercent() == null) {
                throw new BusinessRuleException("commission.rate.range", "tiers", band);
            }
            if (!last && row.getUpper() == null) {
                throw new BusinessRuleException("commission.tiers.onlyLastOpen", "tiers", band);
            }
            BigDecimal upper = last ? null : row.getUpper();
            bands.add(new CommissionTier(lower, upper, row.getRatePercent().movePointLeft(2)));
            lower = upper;
        }
        return bands;
    }

    public com.tianzong.crm.platform.records.RecordField getTypeField() {
        return type.field("ruleType").orElseThrow();
    }

    public com.tianzong.crm.platform.records.RecordField getModeField() {
        return type.field("tierMode").orElseThrow();
    }

    public com.tianzong.crm.platform.records.RecordField getBasisField() {
        return type.field("basis").orElseThrow();
    }

    public String getTitle() {
        return rule == null ? "" : rule.getCode() + " " + rule.getNameZhCn();
    }

    public CommissionRuleRecord getRule() {
        return rule;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Row> getRows() {
        return rows;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public CommissionResult getResult() {
        return result;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
