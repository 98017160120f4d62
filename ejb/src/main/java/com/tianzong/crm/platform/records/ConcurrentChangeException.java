package com.tianzong.crm.platform.records;

import jakarta.ejb.ApplicationException;

/** Someone else changed or deleted the record since the user loaded it (optimistic locking). */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Object record) {
        super(record + " was changed by someone else");
    }
}
