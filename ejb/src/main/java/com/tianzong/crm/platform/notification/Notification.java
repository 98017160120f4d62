package com.tianzong.crm.platform.notification;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a user's notification list: a message kept as a bundle key and its arguments, so
 * it reads in the language the user has when reading it, and where to go to act on it.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.mine",
        query = "select n from Notification n where n.user = :user order by n.readAt nulls first, n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.unread",
        query = "select count(n) from Notification n where n.user = :user and n.readAt is null")
public class Notification extends TenantRecord {

    private static final long serialVersionUID = 1L;

    /** Separates the arguments in their column; it does not occur in names and amounts. */
    private static final String SEPARATOR = "\u001f";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "arguments", nullable = false, updatable = false)
    private String arguments;

    @Column(name = "link", updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    public Notification(UserAccount user, String kind, String messageKey, List<String> arguments, String link) {
        this.user = user;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = String.join(SEPARATOR, arguments);
        this.link = link;
        this.createdAt = OffsetDateTime.now();
    }

    public void markRead() {
        if (readAt == null) {
            readAt = OffsetDateTime.now();
        }
    }

    public UserAccount getUser() {
        return user;
    }

    public String getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
