package vn.motcua.intake.catalogue;

/**
 * A form (mẫu đơn, tờ khai) of a procedure.
 *
 * @param name      e.g. {@code Tờ khai đăng ký khai sinh}
 * @param reference the act that prescribes it, e.g. {@code Thông tư 04/2020/TT-BTP}; may be null
 */
public record Form(String name, String reference) {
}
