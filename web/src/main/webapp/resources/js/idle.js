/*
 * Idle timeout with a warning (PLT-09). The server ends a session after the company's idle
 * timeout (data-idle-seconds on the body); only requests count as use, so this clock restarts on
 * every page load and every Ajax response, not on mouse moves. Shortly before the end the user is
 * warned and may stay; at the end the page signs out and the sign-in page says why.
 */
(function () {
    'use strict';
    var idleSeconds = parseInt(document.body.getAttribute('data-idle-seconds'), 10);
    if (!(idleSeconds > 0)) {
        return;
    }
    var warnBefore = Math.min(120, Math.floor(idleSeconds / 5));
    var lastUse = Date.now();
    var warned = false;
    var ended = false;

    function dialog() {
        return window.PF ? PF('idleWarning') : null;
    }

    function restart() {
        lastUse = Date.now();
        if (warned && dialog()) {
            dialog().hide();
        }
        warned = false;
    }

    /** Compares the time since the last request with the timeout; {@code now} defaults to the clock. */
    function check(now) {
        var elapsed = ((now || Date.now()) - lastUse) / 1000;
        if (elapsed >= idleSeconds && !ended) {
            ended = true;
            document.getElementById('idleForm:timedOut').click();
        } else if (elapsed >= idleSeconds - warnBefore && !warned && dialog()) {
            warned = true;
            dialog().show();
        }
    }

    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', restart);
    }
    window.setInterval(check, 5000);
    window.tzIdle = {check: check, restart: restart, idleSeconds: idleSeconds, warnBefore: warnBefore};
})();
