/** What happens when the application starts: schemas brought up to date, demo tenant on request. */
package com.tianzong.crm.platform.startup;
