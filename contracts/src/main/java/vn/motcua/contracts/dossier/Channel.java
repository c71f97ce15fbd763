package vn.motcua.contracts.dossier;

/** How a dossier reached the desk. National codes: in person 1, online 2, postal 3. */
public enum Channel {
    IN_PERSON,
    ONLINE,
    POSTAL
}
