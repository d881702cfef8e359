package org.careledger.query.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.VitalSignsSource;

@Entity
@Table(name = "patient_vital_signs")
@IdClass(VitalSignsView.Key.class)
class VitalSignsView {
    @Id
    private UUID patientId;
    @Id
    private long sequenceNumber;
    private Instant observedAt;
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private VitalSignsSource source;
    private Integer heartRate;
    private Integer respiratoryRate;
    private Integer oxygenSaturation;
    private Integer systolicBloodPressure;
    private BigDecimal temperature;
    @Enumerated(EnumType.STRING)
    private Consciousness consciousness;
    private Boolean supplementalOxygen;
    @Column(name = "news2_total")
    private int news2Total;
    @Enumerated(EnumType.STRING)
    @Column(name = "news2_risk")
    private News2Risk news2Risk;
    @Column(name = "news2_complete")
    private boolean news2Complete;
    private UUID recordedBy;

    /** A reading is identified by its place in the patient's event stream, so a redelivered event finds its row. */
    record Key(UUID patientId, long sequenceNumber) implements Serializable {}

    protected VitalSignsView() {} // for JPA

    public Instant getObservedAt() {
        return observedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public VitalSignsSource getSource() {
        return source;
    }

    public Integer getHeartRate() {
        return heartRate;
    }

    public Integer getRespiratoryRate() {
        return respiratoryRate;
    }

    public Integer getOxygenSaturation() {
        return oxygenSaturation;
    }

    public Integer getSystolicBloodPressure() {
        return systolicBloodPressure;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public Consciousness getConsciousness() {
        return consciousness;
    }

    public Boolean getSupplementalOxygen() {
        return supplementalOxygen;
    }

    public int getNews2Total() {
        return news2Total;
    }

    public News2Risk getNews2Risk() {
        return news2Risk;
    }

    public boolean isNews2Complete() {
        return news2Complete;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }
}
