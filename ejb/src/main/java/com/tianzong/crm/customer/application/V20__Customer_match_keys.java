package com.tianzong.crm.customer.application;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Tenant schema migration 20: the duplicate-detection keys of the customers already on file. */
public class V20__Customer_match_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String schema = context.getConfiguration().getDefaultSchema();
        MatchKeyFill.fill(context.getConnection(), schema);
    }
}
