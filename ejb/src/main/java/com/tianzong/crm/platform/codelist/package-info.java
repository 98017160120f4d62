/** Tenant-configurable code lists (customer type, industry, region …) labelled in three languages. */
package com.tianzong.crm.platform.codelist;
