package vn.motcua.intake;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.backbone.problem.Problem;

/**
 * The explicit limit on request bodies, answered as a problem like every other bad input. A reception is
 * a few kilobytes (files go to document-service). The HTTP server's own, larger limit
 * ({@code quarkus.http.limits.max-body-size}) stays as the backstop for bodies sent without a length.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    /** The legacy import's batches of up to 1,000 records. */
    static final String MIGRATION_BATCH = "/api/v1/migration/dossiers/batch";

    private final long limit;
    private final long migrationBatchLimit;

    BodySizeLimit(@ConfigProperty(name = "motcua.http.max-body-size", defaultValue = "64K") MemorySize limit,
            @ConfigProperty(name = "motcua.http.max-migration-batch-size", defaultValue = "1M") MemorySize batch) {
        this.limit = limit.asLongValue();
        this.migrationBatchLimit = batch.asLongValue();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = MIGRATION_BATCH.equals(request.getUriInfo().getPath()) ? migrationBatchLimit : this.limit;
        if (request.getLength() > limit) {
            String message = "the body has " + request.getLength() + " bytes; at most " + limit + " are accepted";
            Problem problem = new Problem(Problem.type("body-too-large"), "Request body too large", 413, message,
                    request.getUriInfo().getPath(), List.of(new Problem.FieldError("body", message)));
            request.abortWith(Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
        }
    }
}
