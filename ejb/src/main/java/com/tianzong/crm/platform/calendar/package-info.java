/** The company's working calendar: public holidays and the weekend days worked in exchange. */
package com.tianzong.crm.platform.calendar;
