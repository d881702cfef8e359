package org.careledger.query.patient;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.Sex;
import org.careledger.query.NewRow;

@Entity
@Table(name = "patient_summary")
class PatientSummaryView extends NewRow<UUID> {
    @Id
    private UUID patientId;
    private UUID organizationId;
    private String mrn;
    private String givenName;
    private String familyName;
    private String givenNameKey;
    private String familyNameKey;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private String email;
    private String phone;
    private String address;
    @Enumerated(EnumType.STRING)
    private PatientStatus status;
    private Instant registeredAt;
    private Instant dischargedAt;
    private Instant lastCheckInAt;
    @Embedded
    private LatestNews2View latestNews2;
    private long version;

    protected PatientSummaryView() {} // for JPA

    PatientSummaryView(PatientRegistered event, Instant registeredAt, long sequence) {
        patientId = event.patientId().value();
        organizationId = event.organizationId().value();
        mrn = event.mrn().value();
        status = PatientStatus.ACTIVE;
        this.registeredAt = registeredAt;
        version = sequence;
        demographics(event.demographics());
        contactDetails(event.contactDetails());
    }

    /** Search keys are lower-cased here, with the same rule {@link PatientFilters} applies to the search text. */
    static String searchKey(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    void demographics(Demographics demographics) {
        givenName = demographics.name().givenName();
        familyName = demographics.name().familyName();
        givenNameKey = searchKey(givenName);
        familyNameKey = searchKey(familyName);
        birthDate = demographics.birthDate();
        sex = demographics.sex();
    }

    void contactDetails(ContactDetails contactDetails) {
        email = contactDetails.email();
        phone = contactDetails.phone();
        address = contactDetails.address();
    }

    /** Readings may arrive out of observation order (a wearable uploads late): keep the latest observed one. */
    void vitalSignsObserved(News2Score news2, Instant observedAt) {
        if (latestNews2 == null || !observedAt.isBefore(latestNews2.getObservedAt())) {
            latestNews2 = new LatestNews2View(news2, observedAt);
        }
    }

    void checkedIn(Instant at) {
        lastCheckInAt = at;
    }

    void discharged(Instant at) {
        status = PatientStatus.DISCHARGED;
        dischargedAt = at;
    }

    void appliedUpTo(long sequence) {
        version = sequence;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public String getMrn() {
        return mrn;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public PatientStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getDischargedAt() {
        return dischargedAt;
    }

    public Instant getLastCheckInAt() {
        return lastCheckInAt;
    }

    public LatestNews2View getLatestNews2() {
        return latestNews2;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID getId() {
        return patientId;
    }
}
