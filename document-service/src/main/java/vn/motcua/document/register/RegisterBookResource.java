package vn.motcua.document.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.backbone.security.UnitTree;
import vn.motcua.backbone.security.Roles;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.SignatureCheck;

/** The printed register books (sổ đăng ký văn bản đi / đến) of the caller's unit for a period, as PDF. */
@Path("/api/v1/register-books")
@Tag(name = "register")
public class RegisterBookResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long MAX_DAYS = 366;
    private static final Map<DeliveryMode, String> DELIVERY = Map.of(
            DeliveryMode.FULLY_ELECTRONIC, "Điện tử",
            DeliveryMode.PAPER_ONLY, "Giấy",
            DeliveryMode.ELECTRONIC_AND_PAPER, "Điện tử và giấy");
    private static final Map<SignatureCheck, String> CHECK = Map.of(
            SignatureCheck.VALID, "Hợp lệ",
            SignatureCheck.VALID_UNTRUSTED_CHAIN, "Nguyên vẹn, chưa tin cậy", // intact, chain not trusted
            SignatureCheck.INVALID, "Không hợp lệ (đã bị sửa đổi)",
            SignatureCheck.INDETERMINATE, "Chưa xác định",
            SignatureCheck.NOT_SIGNED, "Không có chữ ký số",
            SignatureCheck.NOT_CHECKED, "Không kiểm tra");

    private final EntityManager entityManager;
    private final Caller caller;

    private final UnitScope units;

    RegisterBookResource(EntityManager entityManager, Caller caller, UnitScope units) {
        this.units = units;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @GET
    @Path("/outgoing")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLERK, Roles.LEADER})
    @Operation(summary = "The outgoing register for a period (at most a year), as PDF; series ORDINARY or SECRET")
    public Response outgoing(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("series") @DefaultValue("ORDINARY") String series) {
        String unit = caller.requireUnit();
        Period period = Period.of(from, to);
        Series chosen = OutgoingDocumentResource.parse(Series.class, "series", series);
        if (chosen == Series.INCOMING) {
            throw ProblemException.invalid("series", "ORDINARY or SECRET");
        }
        List<OutgoingDocument> documents = entityManager.createQuery("""
                        from OutgoingDocument where unitCode = :unit and series = :series and number is not null
                        and documentDate between :from and :to order by year, number""", OutgoingDocument.class)
                .setParameter("unit", unit).setParameter("series", chosen)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        List<List<String>> rows = documents.stream().map(d -> List.of(
                d.symbol,
                DAY.format(d.documentDate),
                d.type.vietnameseName() + ": " + d.summary,
                d.signerName + Optional.ofNullable(d.signerTitle).map(t -> " (" + t + ")").orElse(""),
                String.join("\n", d.recipients),
                DELIVERY.get(d.deliveryMode),
                Optional.ofNullable(d.dossierCode).map(c -> "Hồ sơ " + c).orElse(""))).toList();
        byte[] pdf = RegisterBookPdf.render(
                chosen == Series.SECRET ? "SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐI" : "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
                period.subtitle(unit, units.tree()),
                List.of(new RegisterBookPdf.Column("Số, ký hiệu văn bản", 1.2f),
                        new RegisterBookPdf.Column("Ngày tháng văn bản", 0.9f),
                        new RegisterBookPdf.Column("Tên loại và trích yếu nội dung văn bản", 3f),
                        new RegisterBookPdf.Column("Người ký", 1.3f),
                        new RegisterBookPdf.Column("Nơi nhận văn bản", 1.6f),
                        new RegisterBookPdf.Column("Hình thức phát hành", 0.9f),
                        new RegisterBookPdf.Column("Ghi chú", 1.3f)),
                rows);
        return pdf(pdf, "so-van-ban-di-" + unit + "-" + period.from() + "-" + period.to() + ".pdf");
    }

    @GET
    @Path("/incoming")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLERK, Roles.LEADER})
    @Operation(summary = "The incoming register for a period (at most a year), as PDF")
    public Response incoming(@QueryParam("from") String from, @QueryParam("to") String to) {
        String unit = caller.requireUnit();
        Period period = Period.of(from, to);
        List<IncomingDocument> documents = entityManager.createQuery("""
                        from IncomingDocument where unitCode = :unit and receivedOn between :from and :to
                        order by year, incomingNumber""", IncomingDocument.class)
                .setParameter("unit", unit).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        List<List<String>> rows = documents.stream().map(d -> List.of(
                String.valueOf(d.incomingNumber),
                DAY.format(d.receivedOn),
                d.sender,
                Optional.ofNullable(d.senderSymbol).orElse(""),
                Optional.ofNullable(d.documentDate).map(DAY::format).orElse(""),
                Optional.ofNullable(d.type).map(t -> t.vietnameseName() + ": ").orElse("") + d.summary,
                CHECK.get(d.signatureCheck))).toList();
        byte[] pdf = RegisterBookPdf.render("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", period.subtitle(unit, units.tree()),
                List.of(new RegisterBookPdf.Column("Số đến", 0.6f),
                        new RegisterBookPdf.Column("Ngày đến", 0.9f),
                        new RegisterBookPdf.Column("Tác giả", 1.6f),
                        new RegisterBookPdf.Column("Số, ký hiệu", 1.1f),
                        new RegisterBookPdf.Column("Ngày tháng văn bản", 0.9f),
                        new RegisterBookPdf.Column("Tên loại và trích yếu nội dung", 3f),
                        new RegisterBookPdf.Column("Chữ ký số", 1.2f)),
                rows);
        return pdf(pdf, "so-van-ban-den-" + unit + "-" + period.from() + "-" + period.to() + ".pdf");
    }

    private static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The printed period: both dates included, at most a year. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(String from, String to) {
            Period period = new Period(date("from", from), date("to", to));
            if (period.to.isBefore(period.from)) {
                throw ProblemException.invalid("to", "the period ends before it starts");
            }
            if (ChronoUnit.DAYS.between(period.from, period.to) >= MAX_DAYS) {
                throw ProblemException.invalid("to", "a register book covers at most a year");
            }
            return period;
        }

        /** The unit by its name at the period's end (its code only while the unit tree does not know it). */
        List<String> subtitle(String unit, UnitTree units) {
            String name = units.nameOn(unit, to).orElse("mã " + unit);
            return List.of("Đơn vị: " + name, "Từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to));
        }

        private static LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                throw ProblemException.invalid(field, "a date, YYYY-MM-DD");
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(field, "a date, YYYY-MM-DD");
            }
        }
    }
}
