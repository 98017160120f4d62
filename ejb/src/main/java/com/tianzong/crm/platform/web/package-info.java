/** What every web module of the EAR shares: response hardening. Declared in each WAR's web.xml. */
package com.tianzong.crm.platform.web;
