package com.tianzong.crm.operator;

import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /operator/api/runtime}: this server's memory (heap, and resident set size where the
 * system tells it) and its number of tenants, for capacity planning; {@code ?gc=true} collects
 * garbage first so that heap figures of two moments compare. Operators only.
 */
@jakarta.ws.rs.Path("runtime")
@RequestScoped
public class RuntimeResource {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    @EJB
    TenantRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response runtime(@QueryParam("gc") boolean collectFirst) {
        if (collectFirst) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return Response.ok(Json.createObjectBuilder()
                .add("tenants", registry.findAll().size())
                .add("heapUsedBytes", heap.getUsed())
                .add("heapCommittedBytes", heap.getCommitted())
                .add("heapMaxBytes", heap.getMax())
                .add("residentBytes", residentSetSize())
                .add("threads", ManagementFactory.getThreadMXBean().getThreadCount())
                .build()).build();
    }

    /** VmRSS of this process in bytes, or -1 where the system does not tell it. */
    static long residentSetSize() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
