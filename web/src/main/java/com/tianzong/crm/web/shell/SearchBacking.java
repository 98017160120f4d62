package com.tianzong.crm.web.shell;

import com.tianzong.crm.platform.search.GlobalSearch;
import com.tianzong.crm.platform.search.SearchHit;
import com.tianzong.crm.platform.search.SearchResults;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search box in the top bar and its results page (PLT-11): customers and contacts found by
 * any part of a name, short name, address, phone, contact name or pinyin initials, in either
 * Chinese script, within the user's permissions and data scope.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int SHOWN = 50;

    @EJB
    GlobalSearch globalSearch;

    private String text;
    private String query;
    private SearchResults results = SearchResults.none();

    public void search() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String encoded = text == null ? "" : URLEncoder.encode(text.strip(), StandardCharsets.UTF_8);
        external.redirect(external.getRequestContextPath() + "/app/search.xhtml?q=" + encoded);
    }

    /** The results page's view action: runs the query of its {@code q} parameter. */
    public void load() {
        if (query != null && !query.isBlank()) {
            text = query.strip();
            results = globalSearch.search(text, SHOWN);
        }
    }

    public List<SearchHit> getHits() {
        return results.hits();
    }

    public long getTotal() {
        return results.total();
    }

    /** How long the index took to answer, shown with the count. */
    public long getTookMillis() {
        return results.tookMillis();
    }

    public boolean isMore() {
        return results.total() > results.hits().size();
    }

    public boolean isAsked() {
        return query != null && !query.isBlank();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
