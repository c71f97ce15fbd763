package vn.motcua.intake.catalogue;

/**
 * A component of a procedure's dossier (thành phần hồ sơ), as the catalogue lists it.
 *
 * @param no        its number in the list, 1-based; the desk refers to components by it
 * @param name      e.g. {@code Tờ khai đăng ký khai sinh theo mẫu}
 * @param originals originals required (bản chính)
 * @param copies    copies required (bản sao)
 * @param mandatory without it the dossier is incomplete
 */
public record Component(int no, String name, int originals, int copies, boolean mandatory) {

    public Component {
        if (no < 1 || originals < 0 || copies < 0 || name == null || name.isBlank()) {
            throw new IllegalArgumentException("invalid component " + no + " " + name);
        }
    }
}
