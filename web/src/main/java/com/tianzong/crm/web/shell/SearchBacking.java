package com.tianzong.crm.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The search box in the top bar. Until full-text search (PLT-11) exists it searches the
 * customer file's searchable fields (code, name, short name).
 */
@Named
@RequestScoped
public class SearchBacking {

    private String text;

    public void search() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String query = text == null ? "" : URLEncoder.encode(text.trim(), StandardCharsets.UTF_8);
        external.redirect(external.getRequestContextPath() + "/app/records/list.xhtml?type=customer&q=" + query);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
