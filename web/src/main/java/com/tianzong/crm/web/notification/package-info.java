/** The signed-in user's notification list and the bell in the top bar. */
package com.tianzong.crm.web.notification;
