package vn.motcua.intake.notification;

/** Contacts as staff see them in the delivery log: enough to recognise, not to reuse. */
public final class Masking {

    private Masking() {
    }

    /** {@code nguyen.a@x.vn} becomes {@code n***@x.vn}. */
    public static String email(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code 0912345123} becomes {@code 09*****123}: the first two and the last three digits. */
    public static String phone(String phone) {
        if (phone.length() <= 5) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 3);
    }

    public static String contact(ChannelKind channel, String contact) {
        return channel == ChannelKind.EMAIL ? email(contact) : phone(contact);
    }
}
