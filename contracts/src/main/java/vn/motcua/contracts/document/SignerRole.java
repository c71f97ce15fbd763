package vn.motcua.contracts.document;

/** Who a signature on an electronic document stands for: both are required (Decree 30/2020). */
public enum SignerRole {
    /** The competent person (người có thẩm quyền), e.g. the chairperson signing a decision. */
    PERSON,
    /** The issuing organisation (chữ ký số của cơ quan, tổ chức), applied by the clerical office. */
    ORGANISATION
}
