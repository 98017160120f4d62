package com.tianzong.crm.web.notification;

import com.tianzong.crm.platform.notification.Notification;
import com.tianzong.crm.platform.notification.Notifications;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordDisplay;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The user's notification list (alarms, reminders): newest unread first, each in the user's
 * language, with a link to what it is about; read one by one or all at once. The top bar's bell
 * shows the unread count.
 */
@Named("notificationList")
@RequestScoped
public class NotificationsBacking {

    private static final int SHOWN = 200;

    @EJB
    Notifications notifications;

    @Inject
    Texts texts;

    @Inject
    RecordDisplay records;

    private List<Notification> mine;
    private Long unread;

    public List<Notification> getMine() {
        if (mine == null) {
            mine = notifications.mine(SHOWN);
        }
        return mine;
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The notification's message in the user's language. */
    public String message(Notification notification) {
        return texts.get(notification.getMessageKey(), notification.getArguments().toArray());
    }

    public String time(Notification notification) {
        return records.timestamp(notification.getCreatedAt());
    }

    public void markRead(long id) {
        notifications.markRead(id);
        mine = null;
        unread = null;
    }

    public void markAllRead() {
        notifications.markAllRead();
        mine = null;
        unread = null;
        texts.info("notification.allRead");
    }
}
