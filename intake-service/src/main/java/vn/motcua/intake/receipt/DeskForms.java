package vn.motcua.intake.receipt;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.backbone.pdf.OfficialLetter;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.reception.Dossier;
import vn.motcua.intake.reception.DossierStatus;

/**
 * The wording of the desk's forms of Circular 01/2018 for a dossier it did not accept: 02 (supplement request: what is
 * missing, for a request handed in incomplete or an online dossier sent back) and 03 (refusal, with the reason). The
 * desk hands them to the applicant, so, unlike workflow's, they carry the applicant's full name and address.
 */
public final class DeskForms {

    private static final DateTimeFormatter SPELLED = DateTimeFormatter
            .ofPattern("HH 'giờ' mm 'phút', 'ngày' dd 'tháng' MM 'năm' yyyy").withZone(WorkingCalendar.ZONE);

    /** The unit's names on the day of the decision and the procedure's name. */
    public record Names(String unitName, String parentUnitName, String procedureName) {
    }

    private DeskForms() {
    }

    /** Form 02 of a dossier found incomplete at the desk ({@link DossierStatus#INCOMPLETE}) or sent back online. */
    public static OfficialLetter supplementRequest(Dossier d, Names names) {
        List<String> body = new ArrayList<>();
        body.add("Hồ sơ của: " + d.applicant.name() + address(d));
        body.add("Nội dung yêu cầu giải quyết: " + names.procedureName() + " (mã thủ tục " + d.procedureCode + ").");
        body.add((d.submittedAt != null ? "Hồ sơ nộp trực tuyến lúc " + SPELLED.format(d.submittedAt)
                : "Hồ sơ nộp tại Bộ phận tiếp nhận và trả kết quả lúc " + SPELLED.format(d.decidedAt)) + ".");
        body.add("Sau khi kiểm tra thành phần hồ sơ, Bộ phận tiếp nhận và trả kết quả - " + names.unitName()
                + " đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        int i = 1;
        for (Component missing : d.missingComponents) {
            body.add(i++ + ". " + missing.name() + copies(missing) + ".");
        }
        if (d.status == DossierStatus.SUPPLEMENT_REQUESTED && d.notes != null && !d.notes.isBlank()) {
            body.add("Ghi chú: " + d.notes);
        }
        body.add(d.status == DossierStatus.SUPPLEMENT_REQUESTED
                ? "Ông/Bà gửi thành phần bổ sung trực tuyến với mã hồ sơ " + d.code
                        + " và mã tra cứu của mình; mã hồ sơ được giữ nguyên."
                : "Hồ sơ chưa được tiếp nhận. Ông/Bà nộp lại hồ sơ đầy đủ thành phần để được tiếp nhận và hẹn trả"
                        + " kết quả.");
        body.add("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với Bộ phận tiếp nhận và trả kết"
                + " quả - " + names.unitName() + " để được hướng dẫn.");
        return letter("02", d, names, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", body, "NGƯỜI HƯỚNG DẪN");
    }

    /** Form 03 of a refused dossier ({@link DossierStatus#REFUSED}), at the desk or online. */
    public static OfficialLetter refusal(Dossier d, Names names) {
        List<String> body = new ArrayList<>();
        body.add("Bộ phận tiếp nhận và trả kết quả - " + names.unitName() + " tiếp nhận hồ sơ của: " + d.applicant.name()
                + address(d));
        body.add("Nội dung yêu cầu giải quyết: " + names.procedureName() + " (mã thủ tục " + d.procedureCode + ").");
        body.add("Qua xem xét, " + names.unitName() + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể"
                + " như sau:");
        body.add(d.refusalReason);
        body.add("Xin thông báo để Ông/Bà được biết và thực hiện./.");
        return letter("03", d, names, "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", body, "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    private static OfficialLetter letter(String number, Dossier d, Names names, String title, List<String> body,
            String signerTitle) {
        Instant issued = d.decidedAt;
        // the officer signs by hand: intake keeps who decided (their id), not their name
        return new OfficialLetter(number, names.parentUnitName(), names.unitName(), issued, title, d.code, body,
                signerTitle, null, "intake-service");
    }

    private static String address(Dossier d) {
        return d.applicant.address() == null || d.applicant.address().isBlank() ? "" : "; địa chỉ: " + d.applicant.address();
    }

    private static String copies(Component c) {
        if (c.originals() == 0 && c.copies() == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.originals() > 0) {
            parts.add("bản chính: " + c.originals());
        }
        if (c.copies() > 0) {
            parts.add("bản sao: " + c.copies());
        }
        return " (" + String.join(", ", parts) + ")";
    }
}
