package org.careledger.query.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;

// Hibernate loads this as null while all its columns are null, i.e. before the patient's first vital signs.
@Embeddable
class LatestNews2View {
    @Column(name = "latest_news2_total")
    private int total;
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_news2_risk")
    private News2Risk risk;
    @Column(name = "latest_news2_complete")
    private boolean complete;
    @Column(name = "latest_news2_observed_at")
    private Instant observedAt;

    protected LatestNews2View() {} // for JPA

    LatestNews2View(News2Score news2, Instant observedAt) {
        total = news2.total();
        risk = news2.risk();
        complete = news2.complete();
        this.observedAt = observedAt;
    }

    public int getTotal() {
        return total;
    }

    public News2Risk getRisk() {
        return risk;
    }

    public boolean isComplete() {
        return complete;
    }

    public Instant getObservedAt() {
        return observedAt;
    }
}
