package com.tianzong.crm.platform.notification;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Each user's notification list: alarms are written for the users they concern (in the same
 * transaction as the change that raised them) and shown on the screen of the request that raised
 * them; a user reads and clears only his own list.
 */
@Stateless
@TenantAware
public class Notifications {

    public static final String ALARM = "ALARM";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    UserAccounts userAccounts;

    @Inject
    RaisedAlarms raisedAlarms;

    /** Writes the alarm into the lists of the users (each once) and shows it on the current screen. */
    public void alarm(Collection<UserAccount> recipients, String messageKey, List<String> arguments, String link) {
        for (UserAccount user : new LinkedHashSet<>(recipients)) {
            em.persist(new Notification(user, ALARM, messageKey, arguments, link));
        }
        try {
            raisedAlarms.add(new RaisedAlarms.Alarm(messageKey, List.copyOf(arguments)));
        } catch (ContextNotActiveException e) {
            // raised by work without a request (a batch job): the notification lists carry it
        }
    }

    /** Shows a warning on the current screen only (a possible duplicate …); work without a screen ignores it. */
    public void warnOnScreen(String messageKey, List<String> arguments) {
        try {
            raisedAlarms.add(new RaisedAlarms.Alarm(messageKey, List.copyOf(arguments)));
        } catch (ContextNotActiveException e) {
            // no screen to show it on
        }
    }

    /** The signed-in user's list, unread first, newest first. */
    public List<Notification> mine(int limit) {
        return em.createNamedQuery("Notification.mine", Notification.class)
                .setParameter("user", userAccounts.me())
                .setMaxResults(limit)
                .getResultList();
    }

    public long unreadCount() {
        return em.createNamedQuery("Notification.unread", Long.class).setParameter("user", userAccounts.me()).getSingleResult();
    }

    /** Marks one of the user's own notifications read; another user's id changes nothing. */
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null && notification.getUser().equals(userAccounts.me())) {
            notification.markRead();
        }
    }

    public void markAllRead() {
        em.createQuery("update Notification n set n.readAt = current_timestamp where n.user = :user and n.readAt is null")
                .setParameter("user", userAccounts.me())
                .executeUpdate();
    }
}
