package vn.motcua.intake.migration;

/** The realm role of the legacy import (client {@code motcua-import}): the only caller that may set past instants. */
public final class MigrationRole {

    public static final String NAME = "migration";

    private MigrationRole() {
    }
}
