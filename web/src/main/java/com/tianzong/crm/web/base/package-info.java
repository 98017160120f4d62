/** Base-data pages beyond the generic ones: a commission rule's bands and what-if preview. */
package com.tianzong.crm.web.base;
