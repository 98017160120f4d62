/**
 * Import of records from a table (PLT-10), for every record type through its declared fields:
 * a preview with every row's problems before anything is written, upsert by the type's natural
 * key, and an all-or-nothing commit through the record service, so that permissions, data
 * scope, rules and the audit trail (marked IMPORT) apply as for a change made by hand.
 * Reading files (CSV, Excel) is the web module's part; this package sees rows of text.
 */
package com.tianzong.crm.platform.importing;
