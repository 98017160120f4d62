package com.tianzong.crm.operator;

import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /operator/api/health}: 200 with the platform's health once the application serves. */
@Path("health")
@RequestScoped
public class HealthResource {

    @EJB
    TenantRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        PlatformHealth health = PlatformHealth.of(registry.findAll().stream().map(Tenant::getStatus).toList());
        JsonObjectBuilder tenants = Json.createObjectBuilder();
        health.tenants().forEach((status, count) -> tenants.add(status.name(), count));
        return Response.ok(Json.createObjectBuilder()
                .add("status", health.status())
                .add("tenants", tenants)
                .build()).build();
    }
}
