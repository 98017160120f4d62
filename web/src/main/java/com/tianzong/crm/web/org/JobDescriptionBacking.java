package com.tianzong.crm.web.org;

import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.salesforce.application.PositionRecordType;
import com.tianzong.crm.salesforce.application.PositionService;
import com.tianzong.crm.salesforce.domain.SalesPosition;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The printable job description (职务说明书, ORG-03) of a position: everything the position file
 * holds, laid out as the one-page document HR hands to the holder, with the signature block.
 * The BIRT version comes with the report centre; this is the browser's print view.
 */
@Named("jobDescription")
@ViewScoped
public class JobDescriptionBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PositionService positions;

    @jakarta.inject.Inject
    transient PositionRecordType type;

    private String id;
    private SalesPosition position;
    private List<SalesPosition> subordinates = List.of();
    private LocalDate printedOn;

    public void load() {
        if (!positions.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        position = parseId(id).flatMap(positions::find).orElse(null);
        if (position == null) {
            markNotFound();
            return;
        }
        subordinates = positions.related(position.getId(), "subordinates").stream()
                .map(SalesPosition.class::cast).toList();
        printedOn = LocalDate.now();
    }

    public SalesPosition getPosition() {
        return position;
    }

    public List<SalesPosition> getSubordinates() {
        return subordinates;
    }

    /** The subordinate positions' names, separated as the language separates a list. */
    public String subordinateNames(String separator) {
        return String.join(separator, subordinates.stream().map(SalesPosition::getName).toList());
    }

    /** The grade field, to show the grade's name in the user's language. */
    public RecordField getGradeField() {
        return type.field("grade").orElseThrow();
    }

    public String getPrintedOn() {
        return printedOn == null ? "" : printedOn.toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
