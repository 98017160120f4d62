package com.tianzong.crm.platform.records;

import jakarta.ejb.ApplicationException;

/** No record with this id exists for the caller (another tenant's id is simply not found). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(Class<?> type, Object id) {
        super(type.getSimpleName() + " " + id + " not found");
    }
}
