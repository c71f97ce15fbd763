package vn.motcua.backbone.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A minimal aggregate whose creation emits DossierReceived through the outbox. */
@Entity
@Table(name = "sample_dossier")
public class SampleDossier {
    @Id
    public UUID id;
    public String code;
    @Column(name = "unit_code")
    public String unitCode;
}
