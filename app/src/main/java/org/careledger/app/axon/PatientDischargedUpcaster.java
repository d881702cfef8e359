package org.careledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.careledger.api.patient.DischargeReason;
import org.careledger.api.patient.PatientDischarged;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a stored {@code PatientDischarged} of revision 1 as revision 2: the discharge reason did not exist then, so
 * it becomes {@code NOT_RECORDED}. The stored row is not touched. Axon's Spring Boot support puts every
 * {@code EventUpcaster} bean into the configuration's upcaster chain, in {@code @Order}; the JDBC storage engine
 * ({@link AxonConfig}) and Axon Server's event store both read through that chain.
 */
@Component
@Order(1)
class PatientDischargedUpcaster extends SingleEventUpcaster {
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PatientDischarged.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PatientDischarged.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("reason", DischargeReason.NOT_RECORDED.name());
            return payload;
        });
    }
}
