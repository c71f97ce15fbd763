package vn.motcua.intake.reception;

/** Who applies: a person (công dân) or an organisation (tổ chức, doanh nghiệp). */
public enum ApplicantKind {
    PERSON,
    ORGANISATION
}
