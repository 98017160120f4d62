package com.tianzong.crm.operator;

import com.tianzong.crm.operator.console.ConsoleTexts;
import com.tianzong.crm.platform.onboarding.NewTenant;
import com.tianzong.crm.platform.onboarding.TenantOnboarding;
import com.tianzong.crm.platform.operator.OperatorPrincipal;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.search.SearchIndexAdministration;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;

/**
 * The tenants for scripts and billing systems, with the console's rules: {@code GET} lists them,
 * {@code POST} onboards one (schema, default data, administrator, invitation) and answers with
 * the time it took, {@code DELETE /{code}?confirm={code}} deletes one, {@code POST
 * /{code}/search-index} rebuilds its search index. Operators only (the
 * session of an operator signed in at {@code /operator/login.xhtml}); refusals come back as
 * {@code {"error", "field", "message"}} in the caller's language, and change nothing.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    @EJB
    TenantRegistry registry;

    @EJB
    TenantOnboarding onboarding;

    @EJB
    SearchIndexAdministration searchIndex;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    public Response list() {
        JsonArrayBuilder tenants = Json.createArrayBuilder();
        for (Tenant tenant : registry.findAll()) {
            tenants.add(Json.createObjectBuilder()
                    .add("code", tenant.getCode().value())
                    .add("name", tenant.getName())
                    .add("plan", tenant.getPlan())
                    .add("status", tenant.getStatus().name())
                    .add("createdAt", String.valueOf(tenant.getCreatedAt())));
        }
        return Response.ok(tenants.build()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(JsonObject body) {
        if (body == null) {
            return refused(Response.Status.BAD_REQUEST, new BusinessRuleException("tenant.code.invalid", "code"));
        }
        NewTenant request = new NewTenant(body.getString("code", ""), body.getString("name", ""), body.getString("plan", "STANDARD"),
                body.getString("adminName", ""), body.getString("adminEmail", ""));
        long started = System.nanoTime();
        try {
            TenantOnboarding.Onboarded done = onboarding.onboard(request, operator(), step -> { });
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                    .add("code", done.code())
                    .add("name", done.name())
                    .add("adminEmail", done.adminEmail())
                    .add("invitationLink", done.invitationLink())
                    .add("mailSent", done.mailSent())
                    .add("elapsedMs", elapsedMs)
                    .build()).build();
        } catch (BusinessRuleException rule) {
            return refused("tenant.code.taken".equals(rule.getMessageKey()) ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, rule);
        } catch (EJBException wrapped) {
            if (wrapped.getCause() instanceof BusinessRuleException rule) {
                return refused(Response.Status.BAD_REQUEST, rule);
            }
            throw wrapped;
        }
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code, @QueryParam("confirm") String confirmation) {
        try {
            onboarding.delete(code, confirmation, operator());
            return Response.noContent().build();
        } catch (BusinessRuleException rule) {
            Response.Status status = switch (rule.getMessageKey()) {
                case "tenant.notFound" -> Response.Status.NOT_FOUND;
                case "tenant.delete.jobsRunning" -> Response.Status.CONFLICT;
                default -> Response.Status.BAD_REQUEST;
            };
            return refused(status, rule);
        }
    }

    /** Rebuilds the tenant's search index (PLT-11); answers the documents indexed and the time taken. */
    @POST
    @Path("{code}/search-index")
    public Response reindex(@PathParam("code") String code) {
        try {
            SearchIndexAdministration.Rebuilt done = searchIndex.rebuild(code, operator());
            return Response.ok(Json.createObjectBuilder()
                    .add("code", done.tenant())
                    .add("documents", done.documents())
                    .add("elapsedMs", done.millis())
                    .build()).build();
        } catch (BusinessRuleException rule) {
            return refused(Response.Status.NOT_FOUND, rule);
        }
    }

    private Response refused(Response.Status status, BusinessRuleException rule) {
        String message = ConsoleTexts.in(language(), rule.getMessageKey(), rule.getArguments().toArray());
        return Response.status(status).entity(Json.createObjectBuilder()
                .add("error", rule.getMessageKey())
                .add("field", rule.getField() == null ? "" : rule.getField())
                .add("message", message)
                .build()).build();
    }

    private Locale language() {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            for (Locale offered : LANGUAGES) {
                if (offered.getLanguage().equals(wanted.getLanguage())
                        && (offered.getCountry().equals(wanted.getCountry()) || wanted.getCountry().isEmpty())) {
                    return offered;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private String operator() {
        return security.getUserPrincipal() == null ? "" : OperatorPrincipal.usernameOf(security.getUserPrincipal().getName()).orElse("");
    }
}
