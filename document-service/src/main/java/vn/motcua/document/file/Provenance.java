package vn.motcua.document.file;

import java.util.Set;
import vn.motcua.backbone.security.Roles;

/** Where a file comes from, which decides whether it belongs to a dossier and who may record it. */
public enum Provenance {
    /** A component of a dossier scanned or uploaded at the desk (số hóa khi tiếp nhận). */
    DIGITISED_AT_RECEPTION(true, Set.of(Roles.FRONT_DESK, Roles.SPECIALIST)),
    /** A component taken from the digitised data of an earlier dossier (tái sử dụng). */
    REUSED(true, Set.of(Roles.FRONT_DESK, Roles.SPECIALIST)),
    /** The result of a dossier (kết quả giải quyết), to be signed and issued. */
    RESULT(true, Set.of(Roles.SPECIALIST, Roles.LEADER, Roles.CLERK)),
    /** A document received from another organisation, for the incoming register. */
    RECEIVED(false, Set.of(Roles.CLERK)),
    /** An outgoing document that is not a dossier's result, e.g. an official letter. */
    DRAFTED(false, Set.of(Roles.SPECIALIST, Roles.LEADER, Roles.CLERK)),
    /**
     * A component's file sent by the applicant with an online submission (nộp trực tuyến), before the desk
     * accepted it; only the applicant records it (with the lookup secret), no staff role adds versions to it.
     */
    SUBMITTED_ONLINE(true, Set.of());

    private final boolean ofDossier;
    private final Set<String> recordedBy;

    Provenance(boolean ofDossier, Set<String> recordedBy) {
        this.ofDossier = ofDossier;
        this.recordedBy = recordedBy;
    }

    /** Whether files of this provenance belong to a dossier (and only then). */
    public boolean ofDossier() {
        return ofDossier;
    }

    public boolean mayBeRecordedBy(Set<String> roles) {
        return roles.stream().anyMatch(recordedBy::contains);
    }

    /** A dossier component counted as digitised (the national digitisation indicator). */
    public boolean isDigitisedComponent() {
        return this == DIGITISED_AT_RECEPTION || this == REUSED;
    }
}
