package org.careledger.command.support;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.InvalidValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details carry a
 * {@link ClinicalError}. Exception types do not survive the trip through Axon Server; the details
 * do, so clients get the same problem response whichever bus carried the command.
 */
// First in the chain, so it wraps every interceptor and handler that can refuse a command.
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClinicalErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (ClinicalException e) {
            throw failure(e, e.toError());
        } catch (InvalidValue e) {
            throw failure(e, new ClinicalError(ClinicalErrorCode.INVALID_REQUEST, e.getMessage()));
        } catch (AggregateNotFoundException e) {
            throw failure(e, NotFoundErrors.forCommand(unitOfWork.getMessage(), String.valueOf(e.getAggregateIdentifier())));
        }
    }

    private static CommandExecutionException failure(Exception cause, ClinicalError error) {
        return new CommandExecutionException(error.message(), cause, error);
    }
}
