package org.careledger.query.audit;

import java.lang.reflect.RecordComponent;
import java.util.UUID;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;

/** The organization an event belongs to and the patient it concerns, either of which may be unknown. */
record Subject(UUID organizationId, UUID patientId) {
    static final Subject NONE = new Subject(null, null);

    /**
     * What the payload itself names: any event record with a {@code patientId} or {@code organizationId} component.
     * Events are records by convention (api), so new event types are attributed without a list to keep.
     */
    static Subject namedIn(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return NONE;
        }
        UUID organization = null;
        UUID patient = null;
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            Object value = valueOf(component, payload);
            if (value instanceof PatientId id && component.getName().equals("patientId")) {
                patient = id.value();
            } else if (value instanceof OrganizationId id && component.getName().equals("organizationId")) {
                organization = id.value();
            }
        }
        return new Subject(organization, patient);
    }

    private static Object valueOf(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + payload.getClass(), e);
        }
    }
}
