package vn.motcua.backbone.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Makes PostgreSQL itself fail a request with a given SQLSTATE, as a deadlock or a crash-restart would. */
@Path("/test/faults")
@PermitAll
public class SampleFaultResource {

    private final EntityManager entityManager;

    SampleFaultResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Path("/{sqlState}")
    @Transactional
    public String fail(@PathParam("sqlState") String sqlState) {
        if (!sqlState.matches("[0-9A-Z]{5}")) {
            throw new IllegalArgumentException("not an SQLSTATE: " + sqlState);
        }
        entityManager.createNativeQuery("do $$ begin raise exception 'sample fault' using errcode = '" + sqlState
                + "'; end $$").executeUpdate();
        return "unreachable";
    }
}
