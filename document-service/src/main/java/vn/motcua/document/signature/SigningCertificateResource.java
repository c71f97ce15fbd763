package vn.motcua.document.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.contracts.document.SignerRole;

/** Signing certificates of the caller's unit: who can sign, enrolment and revocation by an administrator. */
@Path("/api/v1/signing-certificates")
@Tag(name = "signatures")
@Produces(MediaType.APPLICATION_JSON)
public class SigningCertificateResource {

    /** Enrol an official (kind PERSON, with username) or the unit's organisation signature (kind ORGANISATION). */
    public record EnrolmentRequest(@NotNull SignerRole kind, @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String holderName) {
    }

    private final SigningCertificates certificates;
    private final Caller caller;

    SigningCertificateResource(SigningCertificates certificates, Caller caller) {
        this.certificates = certificates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Who in your unit holds a valid signing certificate, and the organisation's")
    public SigningCertificates.UnitSummary summary() {
        return certificates.summary(caller.requireUnit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enrol the keystore provisioned for an official or the organisation (or, with the "
            + "development CA, issue a demo certificate); replaces the holder's previous certificate; "
            + "200 if that certificate is enrolled and valid already")
    public Response enrol(@Valid @NotNull EnrolmentRequest request) {
        SigningCertificates.Enrolled enrolled = certificates.enrol(new SigningCertificates.Enrolment(
                        request.kind(), Optional.ofNullable(request.username()).filter(u -> !u.isBlank()),
                        request.holderName().strip()),
                caller.requireUnit(), caller.username());
        SigningCertificates.CertificateView certificate = enrolled.certificate();
        return Response.status(enrolled.unchanged() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/signing-certificates/" + certificate.id())).entity(certificate).build();
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Stop using a certificate for signing (e.g. the official left, the token was lost)")
    public SigningCertificates.CertificateView revoke(@PathParam("id") UUID id) {
        return certificates.revoke(id, caller.requireUnit());
    }
}
