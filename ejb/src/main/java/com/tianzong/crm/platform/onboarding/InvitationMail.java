package com.tianzong.crm.platform.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sends an invitation to set a first password, in the invited person's language (Simplified Chinese by default). */
@ApplicationScoped
public class InvitationMail {

    static final String BUNDLE = "com.tianzong.crm.platform.onboarding.mail";

    /** The link the mail carries; shown to the operator as well, should the mail not arrive. */
    public String link(String token) {
        return MailSettings.publicUrl() + "/crm/invitation.xhtml?token=" + token;
    }

    public void send(String email, String displayName, String companyName, String companyCode, String username,
                     String token, Locale locale) throws MessagingException {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, InvitationMail.class.getClassLoader());
        MimeMessage message = new MimeMessage(MailSettings.session());
        message.setFrom(new InternetAddress(MailSettings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, true));
        message.setSubject(MessageFormat.format(texts.getString("invitation.subject"), companyName), StandardCharsets.UTF_8.name());
        message.setText(MessageFormat.format(texts.getString("invitation.body"), displayName, companyName, companyCode,
                username, link(token), Invitations.VALID_FOR.toDays()), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
