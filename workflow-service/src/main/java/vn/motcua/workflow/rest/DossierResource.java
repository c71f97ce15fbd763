package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.ActionRequest;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.ExpectedVersion;
import vn.motcua.workflow.dossier.Officer;

/**
 * Officers' actions on a dossier of their own unit. Each takes the version last read (body {@code version} or
 * {@code If-Match}); reads and actions answer with the new version as {@code ETag}. The lifecycle
 * ({@code Lifecycle}) decides which action is legal in which status, and refuses the rest with 409; only the holder
 * of the dossier's open step may act on it or hand it on, and a leader of the unit take it back ({@code Holding}),
 * anyone else gets 409 {@code not-the-holder} naming who holds it and where.
 */
@Path("/api/v1/dossiers/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private static final String IF_MATCH = "If-Match";

    private final DossierProcessing processing;
    private final Caller caller;

    DossierResource(DossierProcessing processing, Caller caller) {
        this.processing = processing;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public RestResponse<DossierView> get(@PathParam("code") String code) {
        return withETag(DossierView.of(processing.find(caller.requireUnit(), code)));
    }

    @GET
    @Path("/actions")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public AllowedActionsView actions(@PathParam("code") String code) {
        return AllowedActionsView.of(processing.allowedActions(caller.requireUnit(), code, officer()));
    }

    @POST
    @Path("/assign")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public RestResponse<DossierView> assign(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.ASSIGN, ifMatch, request);
    }

    @POST
    @Path("/supplement-request")
    @RolesAllowed({Roles.SPECIALIST, Roles.FRONT_DESK})
    public RestResponse<DossierView> requestSupplement(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REQUEST_SUPPLEMENT, ifMatch, request);
    }

    @POST
    @Path("/supplement-received")
    @RolesAllowed(Roles.FRONT_DESK)
    public RestResponse<DossierView> receiveSupplement(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RECEIVE_SUPPLEMENT, ifMatch, request);
    }

    @POST
    @Path("/fee-request")
    @RolesAllowed({Roles.SPECIALIST, Roles.FRONT_DESK})
    public RestResponse<DossierView> requestFee(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REQUEST_FEE, ifMatch, request);
    }

    @POST
    @Path("/fee-paid")
    @RolesAllowed(Roles.FRONT_DESK)
    public RestResponse<DossierView> recordFeePaid(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RECORD_FEE_PAID, ifMatch, request);
    }

    @POST
    @Path("/extension")
    @RolesAllowed(Roles.LEADER)
    public RestResponse<DossierView> extend(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.EXTEND, ifMatch, request);
    }

    @POST
    @Path("/approval")
    @RolesAllowed(Roles.LEADER)
    public RestResponse<DossierView> approve(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.APPROVE, ifMatch, request);
    }

    @POST
    @Path("/rejection")
    @RolesAllowed(Roles.LEADER)
    public RestResponse<DossierView> reject(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REJECT, ifMatch, request);
    }

    @POST
    @Path("/stop")
    @RolesAllowed(Roles.LEADER)
    public RestResponse<DossierView> stop(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.STOP, ifMatch, request);
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed(Roles.FRONT_DESK)
    public RestResponse<DossierView> withdraw(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.WITHDRAW, ifMatch, request);
    }

    @POST
    @Path("/result-return")
    @RolesAllowed(Roles.FRONT_DESK)
    public RestResponse<DossierView> returnResult(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RETURN_RESULT, ifMatch, request);
    }

    private RestResponse<DossierView> perform(String code, Action action, String ifMatch, ActionRequest request) {
        ExpectedVersion expected = ExpectedVersion.of(ifMatch, request.version());
        return withETag(DossierView.of(processing.perform(caller.requireUnit(), code, action, request, expected,
                officer())));
    }

    private Officer officer() {
        return new Officer(caller.userId(), caller.username(), caller.displayName(), caller.roles());
    }

    /** The version travels as the ETag too, for clients that send it back as If-Match. */
    private static RestResponse<DossierView> withETag(DossierView view) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, ExpectedVersion.etag(view.version()))
                .build();
    }
}
