package vn.motcua.stats.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored form of {@link DossierFacts}. */
@Entity
@Table(name = "dossier_facts")
public class DossierFactsRow extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public String dossierId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "field_code")
    public String fieldCode;
    @Column(name = "procedure_code")
    public String procedureCode;
    public String channel;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "received_due_at")
    public Instant receivedDueAt;
    @Column(name = "final_due_at")
    public Instant finalDueAt;
    @Column(name = "final_due_as_of")
    public Instant finalDueAsOf;
    @Enumerated(EnumType.STRING)
    public DossierFacts.Finish finish;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "refused_at")
    public Instant refusedAt;

    DossierFacts facts() {
        return new DossierFacts(dossierId, unitCode, fieldCode, procedureCode, channel, receivedAt, receivedDueAt,
                finalDueAt, finalDueAsOf, finish, finishedAt, refusedAt);
    }

    void take(DossierFacts f) {
        unitCode = f.unitCode();
        fieldCode = f.fieldCode();
        procedureCode = f.procedureCode();
        channel = f.channel();
        receivedAt = f.receivedAt();
        receivedDueAt = f.receivedDueAt();
        finalDueAt = f.finalDueAt();
        finalDueAsOf = f.finalDueAsOf();
        finish = f.finish();
        finishedAt = f.finishedAt();
        refusedAt = f.refusedAt();
    }
}
