package com.tianzong.crm.platform.importing;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** How far a running import is, read by the page while the import works on another thread. */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    void start(int rows) {
        total = rows;
        done.set(0);
    }

    void advance() {
        done.incrementAndGet();
    }

    public int getDone() {
        return done.get();
    }

    public int getTotal() {
        return total;
    }

    /** Whole per cent, 0 to 100. */
    public int getPercent() {
        int rows = total;
        return rows == 0 ? 0 : (int) Math.min(100, done.get() * 100L / rows);
    }
}
