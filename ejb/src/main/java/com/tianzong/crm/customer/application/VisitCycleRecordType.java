package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.VisitCycle;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Visit cycles per customer grade (拜访周期, CUS-03) in the generic list and form. */
@ApplicationScoped
public class VisitCycleRecordType extends DeclaredRecordType<VisitCycle> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.code("grade", "CUSTOMER_GRADE").required(),
            RecordField.integer("cycleDays").required(),
            RecordField.text("note", 200).searchable(),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public VisitCycleRecordType() {
        super("visitCycle", "CUS-03", "CUS", VisitCycle.class, "grade", List.of("basic", "record"), FIELDS);
    }

    @EJB
    VisitCycleService service;

    @Override
    public RecordService<VisitCycle> service() {
        return service;
    }
}
