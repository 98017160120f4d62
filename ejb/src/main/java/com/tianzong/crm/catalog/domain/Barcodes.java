package com.tianzong.crm.catalog.domain;

/**
 * Barcode checks: a code of 8, 12, 13 or 14 digits is a GTIN (EAN-8, UPC-A, EAN-13, GTIN-14)
 * whose last digit must be its check digit, so a mistyped or misscanned code is caught at once.
 * Anything else is the company's own code and is taken as it is.
 */
public final class Barcodes {

    private Barcodes() {
    }

    public static boolean isGtin(String code) {
        return code != null && code.matches("[0-9]{8}|[0-9]{12,14}");
    }

    /** Whether the code is not a GTIN, or is one with the right check digit. */
    public static boolean checkDigitValid(String code) {
        if (!isGtin(code)) {
            return true;
        }
        int sum = 0;
        // from the right, leaving out the check digit: weights 3, 1, 3, 1 …
        for (int i = code.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (code.charAt(i) - '0') * weight;
        }
        int check = (10 - sum % 10) % 10;
        return check == code.charAt(code.length() - 1) - '0';
    }
}
