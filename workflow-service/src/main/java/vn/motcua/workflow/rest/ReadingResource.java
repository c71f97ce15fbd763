package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.Timeline;

/** The dossier timeline: who did what, when and why (and for a fee, how much and under which receipt). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    private final Timeline timeline;
    private final DossierProcessing processing;
    private final Caller caller;

    ReadingResource(Timeline timeline, DossierProcessing processing, Caller caller) {
        this.timeline = timeline;
        this.processing = processing;
        this.caller = caller;
    }

    @GET
    @Path("/timelines/{code}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    @Transactional
    public List<Timeline.Entry> timeline(@PathParam("code") String code) {
        DossierCase dossier = processing.find(caller.requireUnit(), code);
        return timeline.entries(dossier.id);
    }
}
