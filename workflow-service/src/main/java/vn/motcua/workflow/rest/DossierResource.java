package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.ActionRequest;
import vn.motcua.workflow.dossier.DossierProcessing;

/**
 * Officers' actions on a dossier of their own unit. Each takes the version last read; the lifecycle
 * ({@code Lifecycle}) decides which action is legal in which status, and refuses the rest with 409.
 */
@Path("/api/v1/dossiers/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierProcessing processing;
    private final Caller caller;

    DossierResource(DossierProcessing processing, Caller caller) {
        this.processing = processing;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public DossierView get(@PathParam("code") String code) {
        return DossierView.of(processing.find(caller.requireUnit(), code));
    }

    @POST
    @Path("/assign")
    @RolesAllowed({Roles.FRONT_DESK, Roles.LEADER})
    public DossierView assign(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.ASSIGN, request);
    }

    @POST
    @Path("/supplement-request")
    @RolesAllowed({Roles.SPECIALIST, Roles.FRONT_DESK})
    public DossierView requestSupplement(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REQUEST_SUPPLEMENT, request);
    }

    @POST
    @Path("/supplement-received")
    @RolesAllowed(Roles.FRONT_DESK)
    public DossierView receiveSupplement(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RECEIVE_SUPPLEMENT, request);
    }

    @POST
    @Path("/fee-request")
    @RolesAllowed({Roles.SPECIALIST, Roles.FRONT_DESK})
    public DossierView requestFee(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REQUEST_FEE, request);
    }

    @POST
    @Path("/fee-paid")
    @RolesAllowed(Roles.FRONT_DESK)
    public DossierView recordFeePaid(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RECORD_FEE_PAID, request);
    }

    @POST
    @Path("/extension")
    @RolesAllowed(Roles.LEADER)
    public DossierView extend(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.EXTEND, request);
    }

    @POST
    @Path("/approval")
    @RolesAllowed(Roles.LEADER)
    public DossierView approve(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.APPROVE, request);
    }

    @POST
    @Path("/rejection")
    @RolesAllowed(Roles.LEADER)
    public DossierView reject(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.REJECT, request);
    }

    @POST
    @Path("/stop")
    @RolesAllowed(Roles.LEADER)
    public DossierView stop(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.STOP, request);
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed(Roles.FRONT_DESK)
    public DossierView withdraw(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.WITHDRAW, request);
    }

    @POST
    @Path("/result-return")
    @RolesAllowed(Roles.FRONT_DESK)
    public DossierView returnResult(@PathParam("code") String code, @Valid @NotNull ActionRequest request) {
        return perform(code, Action.RETURN_RESULT, request);
    }

    private DossierView perform(String code, Action action, ActionRequest request) {
        return DossierView.of(processing.perform(caller.requireUnit(), code, action, request, caller.userId(),
                caller.roles()));
    }
}
