/** Signing in (company code + user name + password) and out. */
package com.tianzong.crm.web.login;
