package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The signed-in user's own company's logo (under /app, so only for its users); 404 when it has none. */
@WebServlet("/app/company-logo")
public class CompanyLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CompanyProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var found = profiles.logo();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CompanyProfiles.Logo logo = found.get();
        String tag = "\"logo-" + logo.version() + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "private, max-age=300");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.type());
        response.setContentLength(logo.image().length);
        response.getOutputStream().write(logo.image());
    }
}
