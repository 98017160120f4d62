/**
 * The generic record pages (PLT-03): one list, one form and one 360 view serve every registered
 * record type, driven by its {@link com.tianzong.crm.platform.records.RecordType} declaration.
 */
package com.tianzong.crm.web.records;
