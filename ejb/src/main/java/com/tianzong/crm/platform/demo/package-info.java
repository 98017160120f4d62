/** The demo tenant a newcomer signs in to after the one-command start. */
package com.tianzong.crm.platform.demo;
