package com.tianzong.crm.platform.notification;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The alarms raised while serving the current request, for the page to show on screen at once
 * (they are in the notification lists as well).
 */
@RequestScoped
public class RaisedAlarms {

    /** An alarm as the page shows it: a bundle key and its arguments. */
    public record Alarm(String messageKey, List<String> arguments) implements Serializable {
    }

    private final List<Alarm> raised = new ArrayList<>();

    void add(Alarm alarm) {
        if (!raised.contains(alarm)) {
            raised.add(alarm);
        }
    }

    public List<Alarm> all() {
        return List.copyOf(raised);
    }
}
