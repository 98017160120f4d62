/**
 * The users' notification list: alarms (a quota exceeded …) and reminders land here for the
 * user they concern, and the page that raised an alarm shows it at once as well.
 */
package com.tianzong.crm.platform.notification;
