package vn.motcua.document.register;

import java.util.Map;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.contracts.document.SignerRole;
import vn.motcua.document.signature.SignatureReport;

/**
 * Whether an electronic document may be issued over the signatures its current PDF carries: both
 * recorded signatures (the competent person's and the organisation's) are there, intact, over
 * unchanged content, and every signature validates (valid, or intact under the enabled development CA).
 */
final class IssuableSignatures {

    private IssuableSignatures() {
    }

    /**
     * @param recordedSerials the certificate serial of each recorded signature, by role (a missing role
     *                        refuses the issue)
     */
    static void require(SignatureReport report, Map<SignerRole, String> recordedSerials) {
        for (SignerRole role : SignerRole.values()) {
            String serial = recordedSerials.get(role);
            if (serial == null || report.verdict() == SignatureCheck.INVALID || !report.hasIntactSignatureBy(serial)) {
                throw ProblemException.conflict("signature-broken", "The file to issue does not carry an intact "
                        + role.name().toLowerCase() + " signature over unchanged content; it was changed after "
                        + "signing and must be signed again");
            }
        }
        if (!report.acceptable()) {
            throw ProblemException.conflict("signature-not-valid", "The file's signatures do not validate ("
                    + report.verdict() + "), so it cannot be issued: " + report.problem());
        }
    }
}
