package vn.motcua.intake.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the admin API for units. */
public final class UnitRequests {

    static final String CODE = "[0-9]{2}|[0-9]{3}|[0-9]{5}";
    static final String ELECTRONIC_ID = "[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}";
    static final String CODE_MESSAGE = "must be a national unit code of 2, 3 or 5 digits";
    static final String ELECTRONIC_ID_MESSAGE = "must look like 000.00.31.H41 (QCVN 102:2016)";

    private UnitRequests() {
    }

    /** A unit that did not exist before (its first version). */
    public record NewUnit(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull AdministrativeLevel level,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @Pattern(regexp = ELECTRONIC_ID, message = ELECTRONIC_ID_MESSAGE) String electronicId,
            boolean electronicIdDemo,
            LocalDate validFrom,
            @Size(max = 1000) String note,
            @Size(max = 1000) String reason) {
    }

    /**
     * A new version from {@code validFrom} (the open one ends that day), e.g. a commune that keeps its code
     * while absorbing others, listed in {@code predecessorCodes}.
     */
    public record NewVersion(
            @NotBlank @Size(max = 200) String name,
            @NotNull AdministrativeLevel level,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @Pattern(regexp = ELECTRONIC_ID, message = ELECTRONIC_ID_MESSAGE) String electronicId,
            boolean electronicIdDemo,
            @NotNull LocalDate validFrom,
            @Size(max = 50) List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> predecessorCodes,
            @Size(max = 1000) String note,
            @Size(max = 1000) String reason) {
    }

    /** The unit ends on {@code validTo} (first day it no longer exists); its territory goes to the successors. */
    public record End(
            @NotNull LocalDate validTo,
            @Size(max = 50) List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> successorCodes,
            @Size(max = 1000) String reason) {
    }

    /** A correction of one version that changes neither its dates nor its territory (send If-Match). */
    public record Correction(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = ELECTRONIC_ID, message = ELECTRONIC_ID_MESSAGE) String electronicId,
            boolean electronicIdDemo,
            @Size(max = 1000) String note,
            @Size(max = 1000) String reason) {
    }
}
