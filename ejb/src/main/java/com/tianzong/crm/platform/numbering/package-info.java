/** Document numbers without gaps, per tenant, document type and year. */
package com.tianzong.crm.platform.numbering;
