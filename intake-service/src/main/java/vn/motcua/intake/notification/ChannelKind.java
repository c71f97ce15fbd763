package vn.motcua.intake.notification;

/** How a notification travels. */
public enum ChannelKind {
    EMAIL("email"), SMS("sms");

    private final String suffix;

    ChannelKind(String suffix) {
        this.suffix = suffix;
    }

    /** Part of the template's file name. */
    public String suffix() {
        return suffix;
    }
}
