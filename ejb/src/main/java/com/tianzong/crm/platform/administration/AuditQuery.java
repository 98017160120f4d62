package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.persistence.Trimmed;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the administrator looks for in the audit log: by whom (user name as signed in), on which
 * module or record type, in which period (whole days, both ends included, in the given zone).
 * Any part may be left empty.
 */
public record AuditQuery(String actor, String recordType, LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public AuditQuery {
        actor = Trimmed.orNull(actor);
        recordType = Trimmed.orNull(recordType);
        zone = zone == null ? CHINA : zone;
    }

}
