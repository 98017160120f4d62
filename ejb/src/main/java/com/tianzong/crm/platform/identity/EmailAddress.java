package com.tianzong.crm.platform.identity;

import java.util.regex.Pattern;

/** Whether text can be a mailbox to send invitations to: one local part, one domain with a dot. */
public final class EmailAddress {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    public static final int MAX_LENGTH = 200;

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && PLAIN.matcher(text).matches();
    }
}
