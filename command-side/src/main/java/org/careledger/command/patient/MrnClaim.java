package org.careledger.command.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A medical record number taken by a patient of an organization. */
@Entity
@Table(name = "command_mrn_claim")
@IdClass(MrnClaim.Key.class)
class MrnClaim implements Persistable<MrnClaim.Key> {
    @Id
    @Column(name = "organization_id")
    private UUID organizationId;

    @Id
    @Column(name = "mrn")
    private String mrn;

    @Column(name = "patient_id", nullable = false, unique = true)
    private UUID patientId;

    protected MrnClaim() {} // for JPA

    MrnClaim(UUID organizationId, String mrn, UUID patientId) {
        this.organizationId = organizationId;
        this.mrn = mrn;
        this.patientId = patientId;
    }

    @Override
    public Key getId() {
        return new Key(organizationId, mrn);
    }

    // A claim is only ever inserted: a merge could overwrite another patient's claim.
    @Override
    public boolean isNew() {
        return true;
    }

    record Key(UUID organizationId, String mrn) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
