package com.tianzong.crm.platform.search;

import java.io.Serializable;

/** One record found: its type and id (to open its 360 view), and what to show of it. */
public record SearchHit(String kind, long recordId, String title, String subtitle) implements Serializable {
}
