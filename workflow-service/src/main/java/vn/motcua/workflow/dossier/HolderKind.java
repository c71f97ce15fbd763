package vn.motcua.workflow.dossier;

/** Who a step is handed to. */
public enum HolderKind {
    PERSON,      // an officer, by user id
    DEPARTMENT,  // a department (phòng, ban) of the unit
    AGENCY,      // another agency, in an inter-agency procedure (liên thông)
    ROLE         // nobody named yet: whoever holds the step's role
}
