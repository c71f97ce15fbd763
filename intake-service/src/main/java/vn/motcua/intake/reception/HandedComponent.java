package vn.motcua.intake.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A component handed in (or uploaded), referred to by its number in the procedure's list.
 *
 * @param no        number of the component in the catalogue version, 1-based
 * @param originals originals handed in
 * @param copies    copies handed in
 */
public record HandedComponent(@Min(1) @Max(50) int no, @Min(0) @Max(50) int originals, @Min(0) @Max(50) int copies) {
}
