package com.tianzong.crm.sales.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days to pay that a payment-terms code (code list PAYMENT_TERMS) gives an invoice: NET_ and
 * the days, so 月结30天 (NET_30) is 30 and a company that adds NET_45 to its code list gets 45.
 */
public final class PaymentTerms {

    private static final Pattern NET_DAYS = Pattern.compile("NET_([0-9]{1,3})");

    private PaymentTerms() {
    }

    /** Days from the invoice date to its due date; 0 for terms paid on or before delivery and for none. */
    public static int days(String code) {
        if (code == null) {
            return 0;
        }
        Matcher net = NET_DAYS.matcher(code);
        return net.matches() ? Integer.parseInt(net.group(1)) : 0;
    }
}
