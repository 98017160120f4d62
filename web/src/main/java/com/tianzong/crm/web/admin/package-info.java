/** The tenant administrator's pages: roles and permissions, audit log, sign-in security; and the user's own account page. */
package com.tianzong.crm.web.admin;
