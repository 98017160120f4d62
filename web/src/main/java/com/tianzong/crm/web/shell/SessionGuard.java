package com.tianzong.crm.web.shell;

import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps every signed-in session tied to its record in {@link SignedInSessions} (PLT-09): opened
 * at sign-in with the company's idle timeout, checked on every request under {@code /app}, so a
 * session ended elsewhere ("log out everywhere", the administrator) is refused at its next
 * request on any server; a user whose password has expired can only change it.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
@WebListener
public class SessionGuard extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    static final String SESSION_RECORD = "tianzong.signedInSession";
    static final String PASSWORD_EXPIRED = "tianzong.passwordExpired";
    public static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    @EJB
    SignedInSessions sessions;

    /** Ties the new session of a user who just signed in to its record, with the company's idle timeout. */
    public static void attach(HttpSession session, String record, int idleTimeoutMinutes, boolean passwordExpired) {
        session.setMaxInactiveInterval(idleTimeoutMinutes * 60);
        session.setAttribute(SESSION_RECORD, record);
        if (passwordExpired) {
            session.setAttribute(PASSWORD_EXPIRED, Boolean.TRUE);
        }
    }

    public static void passwordChanged(HttpSession session) {
        if (session != null) {
            session.removeAttribute(PASSWORD_EXPIRED);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Optional<String> record = recordOf(session);
            if (record.isEmpty() || !sessions.stillOpen(record.get())) {
                session.invalidate();
                request.logout();
                redirect(request, response, "/login.xhtml?ended=true");
                return;
            }
            if (session.getAttribute(PASSWORD_EXPIRED) != null && !PASSWORD_PAGE.equals(request.getServletPath())) {
                redirect(request, response, PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A full-page redirect, also for a Faces Ajax request (which would ignore an HTTP redirect). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        recordOf(event.getSession()).ifPresent(id -> sessions.end(id, SignedInSession.EndReason.EXPIRED));
    }

    public static Optional<String> recordOf(HttpSession session) {
        try {
            return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_RECORD));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
