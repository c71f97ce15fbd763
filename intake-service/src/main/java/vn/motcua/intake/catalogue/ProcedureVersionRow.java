package vn.motcua.intake.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.intake.unit.AdministrativeLevel;

/** One row of {@code procedure_version}. */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public int version;
    public String name;

    @Column(name = "field_code")
    public String fieldCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] levels;

    @Column(name = "processing_amount")
    public int processingAmount;

    @Column(name = "processing_unit")
    public String processingUnit;

    @Column(name = "cut_off")
    public LocalTime cutOff;

    @Column(name = "processing_note")
    public String processingNote;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Component> components;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Form> forms;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Fee> fees;

    @Column(name = "online_level")
    public String onlineLevel;

    @Column(name = "result_on_paper")
    public boolean resultOnPaper;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "demo_values")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] demoValues;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "published_at")
    public Instant publishedAt;

    ProcedureVersion toVersion(String fieldName) {
        Set<AdministrativeLevel> levelSet = Arrays.stream(levels).map(AdministrativeLevel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdministrativeLevel.class)));
        ProcessingTime time = new ProcessingTime(processingAmount, ProcessingTime.Unit.valueOf(processingUnit),
                Optional.ofNullable(cutOff));
        return new ProcedureVersion(code, version, name, fieldCode, fieldName, levelSet, time, processingNote,
                components, forms == null ? List.of() : forms, fees == null ? List.of() : fees,
                OnlineLevel.valueOf(onlineLevel), resultOnPaper, legalBasis, List.of(demoValues), validFrom, validTo);
    }

    static ProcedureVersionRow of(ProcedureVersion v, Instant publishedAt) {
        ProcedureVersionRow row = new ProcedureVersionRow();
        row.code = v.code();
        row.version = v.version();
        row.name = v.name();
        row.fieldCode = v.fieldCode();
        row.levels = v.levels().stream().map(Enum::name).sorted().toArray(String[]::new);
        row.processingAmount = v.processingTime().amount();
        row.processingUnit = v.processingTime().unit().name();
        row.cutOff = v.processingTime().cutOff().orElse(null);
        row.processingNote = v.processingNote();
        row.components = v.components();
        row.forms = v.forms();
        row.fees = v.fees();
        row.onlineLevel = v.onlineLevel().name();
        row.resultOnPaper = v.resultOnPaper();
        row.legalBasis = v.legalBasis();
        row.demoValues = v.demoValues().toArray(String[]::new);
        row.validFrom = v.validFrom();
        row.validTo = v.validTo();
        row.publishedAt = publishedAt;
        return row;
    }
}
