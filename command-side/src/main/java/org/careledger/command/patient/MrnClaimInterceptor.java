package org.careledger.command.patient;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.careledger.api.patient.RegisterPatient;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps medical record numbers unique per organization. The claim row is written in the command's
 * own transaction, before the registration's event is appended: both commit or neither does. The
 * primary key settles concurrent registrations of one number; the look-ups before it only give the
 * common cases a precise answer.
 */
@Component
@Order(0)
public class MrnClaimInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final MrnClaims claims;

    MrnClaimInterceptor(MrnClaims claims) {
        this.claims = claims;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof RegisterPatient registration) {
            claim(registration);
        }
        return chain.proceed();
    }

    private void claim(RegisterPatient registration) {
        var key = new MrnClaim.Key(registration.organizationId().value(), registration.mrn().value());
        if (claims.existsByPatientId(registration.patientId().value())) {
            throw new PatientAlreadyRegistered(registration.patientId());
        }
        if (claims.existsById(key)) {
            throw new MrnAlreadyRegistered();
        }
        try {
            claims.saveAndFlush(new MrnClaim(key.organizationId(), key.mrn(), registration.patientId().value()));
        } catch (DataIntegrityViolationException raced) {
            throw new MrnAlreadyRegistered();
        }
    }
}
