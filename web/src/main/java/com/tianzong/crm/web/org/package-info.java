/** Pages of the sales organisation (ORG) beyond the generic list, form and 360 view: the printable job description. */
package com.tianzong.crm.web.org;
