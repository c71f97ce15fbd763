package vn.motcua.backbone.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type     stable URI naming the kind of problem; clients switch on it
 * @param title    short summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, in words a user can act on
 * @param instance the request path
 * @param errors   for invalid input: each offending field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://motcua.vn/problems/";

    /** One invalid field: its JSON path ({@code applicant.name}) and the reason. */
    public record FieldError(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
