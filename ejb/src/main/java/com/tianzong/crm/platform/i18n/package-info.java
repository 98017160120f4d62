/** Data that is labelled in each UI language (zh_CN, zh_TW, en). */
package com.tianzong.crm.platform.i18n;
