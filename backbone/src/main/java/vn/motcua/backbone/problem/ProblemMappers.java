package vn.motcua.backbone.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into {@code application/problem+json}; shared by all services. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "invalid-request", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail = "The body is not valid JSON for this request: " + e.getOriginalMessage();
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, e.getOriginalMessage()));
        return respond(400, "unreadable-body", "Unreadable request body", detail, uri, errors);
    }

    /** Replaces Quarkus's own mapper for a value of the wrong type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your roles do not allow this action", uri, List.of());
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps a body it cannot read in a 400; say which field was wrong
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable, uri);
            }
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        return respond(status, title.toLowerCase().replace(' ', '-'), title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String transientState = transientSqlState(e);
        if (transientState != null) {
            // a fault of the moment, not of the request: say so, and when to come back
            LOG.warnf("Transient database failure on %s (SQLSTATE %s): %s", uri.getPath(), transientState,
                    rootMessage(e));
            return Response.fromResponse(respond(503, "temporarily-unavailable", "Temporarily unavailable",
                    "The database could not complete the request just now (SQLSTATE " + transientState + ": a "
                            + "deadlock, a serialization conflict or a lost connection); nothing was changed, send "
                            + "it again", uri, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "internal-error", "Internal error",
                "The request failed on our side and changed nothing; it is safe to retry", uri, List.of());
    }

    /**
     * The SQLSTATE of a cause that says nothing about the request, only about the moment: class 40 (serialization
     * failure 40001, deadlock 40P01), class 08 (connection exceptions) and 57P01-57P03 (the server shutting down,
     * crashing or starting). Null for anything else.
     */
    static String transientSqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.startsWith("08") || state.matches("57P0[123]")) {
                    return state;
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"motcua\"").build();
    }

    private Response concurrentChange(UriInfo uri) {
        return respond(409, "concurrent-change", "Concurrent change",
                "Someone else changed this resource meanwhile; reload it and try again", uri, List.of());
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(Problem.type(slug), title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** {@code create.arg0.applicant.name} → {@code applicant.name}: drop the method and parameter nodes. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        String field = nodes.stream()
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(n -> n != null && !n.startsWith("<"))
                .collect(Collectors.joining("."));
        return field.isEmpty() ? nodes.get(nodes.size() - 1).getName() : field;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
