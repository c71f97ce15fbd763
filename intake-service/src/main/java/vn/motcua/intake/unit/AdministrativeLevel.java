package vn.motcua.intake.unit;

/** Level of an administrative unit (cấp hành chính). Districts (cấp huyện) ended on 2025-07-01. */
public enum AdministrativeLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** Whether a unit of this level may be the parent of one of {@code child}'s level. */
    public boolean canContain(AdministrativeLevel child) {
        return switch (this) {
            case PROVINCE -> child == DISTRICT || child == COMMUNE;
            case DISTRICT -> child == COMMUNE;
            case COMMUNE -> false;
        };
    }
}
