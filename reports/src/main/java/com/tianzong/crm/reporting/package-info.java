/** The report centre (RPT): report rendering in the user's language and script. */
package com.tianzong.crm.reporting;
