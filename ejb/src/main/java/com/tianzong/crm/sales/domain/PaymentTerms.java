package com.tianzong.crm.sales.domain;

/** The days to pay that a payment-terms code (code list PAYMENT_TERMS) gives an invoice: 月结30天 is 30. */
public final class PaymentTerms {

    private PaymentTerms() {
    }

    /** Days from the invoice date to its due date; 0 for terms paid on or before delivery and for none. */
    public static int days(String code) {
        if (code == null) {
            return 0;
        }
        return switch (code) {
            case "NET_30" -> 30;
            case "NET_60" -> 60;
            case "NET_90" -> 90;
            default -> 0;
        };
    }
}
