package vn.motcua.intake.catalogue;

/**
 * A fee or charge (phí, lệ phí) of a procedure.
 *
 * @param description what it is and when it applies
 * @param amountVnd   in đồng; null when a local regulation sets it or it varies
 */
public record Fee(String description, Long amountVnd) {
}
