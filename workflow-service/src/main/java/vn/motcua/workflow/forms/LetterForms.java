package vn.motcua.workflow.forms;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.backbone.pdf.OfficialLetter;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.Timeline;

/**
 * The wording of forms 02 (supplement request) and 04 (apology with the new appointment) of Circular 01/2018, from a
 * dossier and its timeline. The applicant appears by the initials intake sent: their name and address stay with
 * intake.
 */
public final class LetterForms {

    private static final DateTimeFormatter SPELLED = DateTimeFormatter
            .ofPattern("HH 'giờ' mm 'phút', 'ngày' dd 'tháng' MM 'năm' yyyy").withZone(WorkingCalendar.ZONE);

    /** The unit's names on the day of receipt and the procedure's name, as on form 05. */
    public record Names(String unitName, String parentUnitName, String procedureName) {
    }

    private LetterForms() {
    }

    /**
     * Form 02 of the supplement request the dossier awaits; empty when none is awaited (the missing components are
     * known only until the supplement arrives).
     */
    public static Optional<OfficialLetter> supplementRequest(DossierCase dossier, List<Timeline.Entry> timeline,
            Names names) {
        Optional<Timeline.Entry> request = last(timeline, Action.REQUEST_SUPPLEMENT);
        if (dossier.missing == null || request.isEmpty()) {
            return Optional.empty();
        }
        Timeline.Entry entry = request.get();
        List<String> body = new ArrayList<>();
        body.add("Hồ sơ của: " + applicant(dossier));
        body.add("Nội dung yêu cầu giải quyết: " + names.procedureName() + " (mã thủ tục " + dossier.procedureCode
                + ").");
        body.add("Ngày tiếp nhận hồ sơ: " + SPELLED.format(dossier.receivedAt) + ".");
        body.add("Sau khi xem xét, thẩm định hồ sơ, " + names.unitName()
                + " đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        body.add(dossier.missing);
        if (entry.reason() != null && !entry.reason().isBlank()) {
            body.add("Lý do: " + entry.reason());
        }
        body.add("Thời gian giải quyết hồ sơ tạm dừng từ " + SPELLED.format(entry.at())
                + " cho đến khi nhận đủ hồ sơ bổ sung; thời gian còn lại được tính tiếp từ ngày nhận đủ.");
        body.add("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với " + names.unitName()
                + " để được hướng dẫn.");
        return Optional.of(new OfficialLetter("02", names.parentUnitName(), names.unitName(), entry.at(),
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", dossier.code, body, "NGƯỜI HƯỚNG DẪN",
                signer(entry), "workflow-service"));
    }

    /** Form 04 of the dossier's last extension; empty when the deadline was never extended. */
    public static Optional<OfficialLetter> apology(DossierCase dossier, List<Timeline.Entry> timeline, Names names) {
        int at = lastIndex(timeline, Action.EXTEND);
        if (at < 0) {
            return Optional.empty();
        }
        Timeline.Entry extension = timeline.get(at);
        // the appointment before the extension: the due date in force after the action before it
        Instant previous = at > 0 && timeline.get(at - 1).dueAt() != null ? timeline.get(at - 1).dueAt()
                : dossier.originalDueAt;
        String unit = names.unitName();
        List<String> body = new ArrayList<>();
        body.add("Kính gửi: Ông/Bà " + applicant(dossier));
        body.add(unit + " tiếp nhận hồ sơ của Ông/Bà, mã hồ sơ " + dossier.code + ", lúc "
                + SPELLED.format(dossier.receivedAt) + ".");
        body.add("Nội dung yêu cầu giải quyết: " + names.procedureName() + ".");
        body.add("Thời gian hẹn trả kết quả giải quyết hồ sơ: " + SPELLED.format(previous) + ".");
        body.add("Tuy nhiên đến nay, " + unit + " chưa trả kết quả giải quyết hồ sơ của Ông/Bà, lý do: "
                + (extension.reason() == null ? "" : extension.reason()));
        body.add("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. " + unit
                + " xin lỗi Ông/Bà về sự bất tiện này.");
        body.add(unit + " sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào lúc " + SPELLED.format(extension.dueAt())
                + ".");
        body.add("Xin trân trọng cảm ơn./.");
        return Optional.of(new OfficialLetter("04", names.parentUnitName(), unit, extension.at(),
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", dossier.code, body, "THỦ TRƯỞNG CƠ QUAN",
                signer(extension), "workflow-service"));
    }

    private static String applicant(DossierCase dossier) {
        return dossier.applicantInitials == null ? "(người nộp hồ sơ)" : dossier.applicantInitials;
    }

    private static String signer(Timeline.Entry entry) {
        return entry.actorName() != null ? entry.actorName() : entry.actor();
    }

    private static Optional<Timeline.Entry> last(List<Timeline.Entry> timeline, Action action) {
        int at = lastIndex(timeline, action);
        return at < 0 ? Optional.empty() : Optional.of(timeline.get(at));
    }

    private static int lastIndex(List<Timeline.Entry> timeline, Action action) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (action.name().equals(timeline.get(i).action())) {
                return i;
            }
        }
        return -1;
    }
}
