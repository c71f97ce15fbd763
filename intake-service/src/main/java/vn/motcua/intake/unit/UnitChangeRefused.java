package vn.motcua.intake.unit;

/** A change to a unit that the rules of effective dating do not allow; names the field at fault. */
public class UnitChangeRefused extends RuntimeException {

    private final String field;

    public UnitChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
