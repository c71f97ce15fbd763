package vn.motcua.workflow.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.backbone.text.MultiLine;
import vn.motcua.workflow.citizen.PublicAccess;
import vn.motcua.workflow.citizen.Ratings;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierStatus;

/**
 * For citizens, without a token: status lookup and rating, by dossier code + the secret printed on the receipt.
 * A wrong secret answers exactly as an unknown code; both are rate-limited per client (group {@code public-status},
 * {@code motcua.rate-limit.public-status.requests-per-minute}). No personal data
 * beyond the applicant's initials is returned. The secret travels in the body, not the URL, so it stays out of
 * access logs.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RateLimited("public-status")
public class PublicStatusResource {

    public record Lookup(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 128) String secret) {
    }

    /**
     * @param missing           what the applicant must supply, while a supplement is requested
     * @param applicantInitials e.g. {@code N.V.A.}, when intake sent them
     */
    public record PublicStatus(String code, String status, int nationalStatus, Instant appointedAt, String missing,
            String applicantInitials, boolean rated) {
    }

    public record Rating(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 128) String secret,
            @NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) @MultiLine String comment) {
    }

    public record Rated(String code, int score, Instant ratedAt) {
    }

    private final PublicAccess access;
    private final Ratings ratings;

    PublicStatusResource(PublicAccess access, Ratings ratings) {
        this.access = access;
        this.ratings = ratings;
    }

    @POST
    @Path("/status")
    @PermitAll
    public PublicStatus lookup(@Valid @NotNull Lookup lookup) {
        DossierCase dossier = access.verified(lookup.code(), lookup.secret());
        boolean supplementAwaited = dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED;
        return new PublicStatus(dossier.code, dossier.status().name(), dossier.status, dossier.dueAt,
                supplementAwaited ? dossier.missing : null, dossier.applicantInitials, ratings.rated(dossier));
    }

    @POST
    @Path("/rating")
    @PermitAll
    public RestResponse<Rated> rate(@Valid @NotNull Rating rating) {
        Instant at = ratings.rate(rating.code(), rating.secret(), rating.score(), rating.comment());
        return RestResponse.status(RestResponse.Status.CREATED, new Rated(rating.code(), rating.score(), at));
    }
}
