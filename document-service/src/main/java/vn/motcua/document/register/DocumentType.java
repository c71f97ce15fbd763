package vn.motcua.document.register;

import java.util.Optional;

/**
 * Types of administrative document and their abbreviations in the symbol (Decree 30/2020, Appendix
 * III). An official letter (công văn) has no type abbreviation: its symbol names the issuer and
 * the drafting unit instead.
 */
public enum DocumentType {
    NQ("NQ", "Nghị quyết"),
    QD("QĐ", "Quyết định"),
    CT("CT", "Chỉ thị"),
    QC("QC", "Quy chế"),
    QYD("QyĐ", "Quy định"),
    TC("TC", "Thông cáo"),
    TB("TB", "Thông báo"),
    HD("HD", "Hướng dẫn"),
    CTR("CTr", "Chương trình"),
    KH("KH", "Kế hoạch"),
    PA("PA", "Phương án"),
    DEAN("ĐA", "Đề án"),
    DUAN("DA", "Dự án"),
    BC("BC", "Báo cáo"),
    BB("BB", "Biên bản"),
    TTR("TTr", "Tờ trình"),
    HOPDONG("HĐ", "Hợp đồng"),
    CD("CĐ", "Công điện"),
    GN("GN", "Bản ghi nhớ"),
    TTH("TTh", "Bản thỏa thuận"),
    GUQ("GUQ", "Giấy ủy quyền"),
    GM("GM", "Giấy mời"),
    GGT("GGT", "Giấy giới thiệu"),
    GNP("GNP", "Giấy nghỉ phép"),
    PG("PG", "Phiếu gửi"),
    PC("PC", "Phiếu chuyển"),
    PB("PB", "Phiếu báo"),
    /** Official letter (công văn): no type abbreviation. */
    CV(null, "Công văn");

    private final String abbreviation;
    private final String vietnameseName;

    DocumentType(String abbreviation, String vietnameseName) {
        this.abbreviation = abbreviation;
        this.vietnameseName = vietnameseName;
    }

    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isOfficialLetter() {
        return abbreviation == null;
    }
}
