package vn.motcua.workflow.dossier;

import java.util.Optional;
import vn.motcua.backbone.problem.ProblemException;

/**
 * The dossier version an officer's action is based on, and where it came from: an {@code If-Match} header (stale
 * answers 412 Precondition Failed) or the body's {@code version} (stale answers 409, as it always has).
 */
public record ExpectedVersion(long version, boolean fromIfMatch) {

    /** The ETag of {@code version}: strong, quoted. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** From the If-Match header if present, otherwise from the body; both present must agree. */
    public static ExpectedVersion of(String ifMatch, Long bodyVersion) {
        Optional<Long> header = Optional.ofNullable(ifMatch).map(String::strip).filter(h -> !h.isEmpty())
                .map(ExpectedVersion::parse);
        if (header.isPresent()) {
            if (bodyVersion != null && !bodyVersion.equals(header.get())) {
                throw ProblemException.invalid("version", "the body says " + bodyVersion + " but If-Match says "
                        + header.get());
            }
            return new ExpectedVersion(header.get(), true);
        }
        if (bodyVersion == null) {
            throw ProblemException.invalid("version", "send the version you read, in the body or as If-Match");
        }
        return new ExpectedVersion(bodyVersion, false);
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.startsWith("W/") ? ifMatch.substring(2) : ifMatch;
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        throw ProblemException.invalid("If-Match", "must be the ETag of the dossier as read, e.g. \"3\"");
    }

    /** Refuses the action if the dossier moved on since it was read. */
    public void check(String code, long current) {
        if (current == version) {
            return;
        }
        String detail = "dossier " + code + " is at version " + current + ", not " + version + "; read it again";
        if (fromIfMatch) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed", detail,
                    java.util.List.of());
        }
        throw ProblemException.conflict("stale-version", detail);
    }
}
