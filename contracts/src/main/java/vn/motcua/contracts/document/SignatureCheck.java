package vn.motcua.contracts.document;

/** The outcome of checking the digital signatures of a received file. */
public enum SignatureCheck {
    /** Every signature is intact and chains to a trust anchor. */
    VALID,
    /**
     * Every signature is intact, but a certificate does not chain to a trust anchor (e.g. the
     * development CA's demo certificates).
     */
    VALID_UNTRUSTED_CHAIN,
    /** A signature is broken: the file changed after signing, or the signature itself is corrupt. */
    INVALID,
    /** Signatures are intact but not all could be confirmed, e.g. no chain to a trust anchor. */
    INDETERMINATE,
    /** The file carries no digital signature. */
    NOT_SIGNED,
    /** No electronic file was received (paper), or it is not a PDF. */
    NOT_CHECKED
}
