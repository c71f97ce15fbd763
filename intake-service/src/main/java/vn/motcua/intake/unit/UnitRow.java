package vn.motcua.intake.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One row of {@code admin_unit}: one version of a unit. */
@Entity
@Table(name = "admin_unit")
public class UnitRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public int version;

    public String name;

    @Enumerated(EnumType.STRING)
    public AdministrativeLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "electronic_id")
    public String electronicId;

    @Column(name = "electronic_id_demo")
    public boolean electronicIdDemo;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String note;

    /** Optimistic concurrency: the ETag of a version. */
    @Version
    public int revision;

    UnitVersion toVersion() {
        return new UnitVersion(code, version, name, level, parentCode, electronicId, electronicIdDemo, validFrom, validTo, note);
    }

    /** Copies a version's values. */
    void update(UnitVersion v) {
        name = v.name();
        level = v.level();
        parentCode = v.parentCode();
        electronicId = v.electronicId();
        electronicIdDemo = v.electronicIdDemo();
        validFrom = v.validFrom();
        validTo = v.validTo();
        note = v.note();
    }
}
