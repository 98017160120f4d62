package com.tianzong.crm.platform.onboarding;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Where mail goes and where links point, from system properties set on the server
 * ({@code bin/tianzong} sets them): {@code tianzong.mail.host} / {@code .port} / {@code .from},
 * and {@code tianzong.publicUrl}, the address users reach the product at.
 */
final class MailSettings {

    private MailSettings() {
    }

    static Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", System.getProperty("tianzong.mail.host", "127.0.0.1"));
        properties.put("mail.smtp.port", System.getProperty("tianzong.mail.port", "25"));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(properties);
    }

    static String from() {
        return System.getProperty("tianzong.mail.from", "noreply@tianzong.local");
    }

    static String publicUrl() {
        String url = System.getProperty("tianzong.publicUrl", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
