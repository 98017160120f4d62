/**
 * The generic record machinery (PLT-03): a record type declares its fields once; lists, forms,
 * 360 views, exports, isolation and scope tests all work from that declaration.
 */
package com.tianzong.crm.platform.records;
