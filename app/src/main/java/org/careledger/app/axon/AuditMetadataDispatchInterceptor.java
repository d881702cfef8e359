package org.careledger.app.axon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.careledger.app.security.CareLedgerUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps each command sent from a web request with who sent it (user, role, organization), from
 * where (client IP) and, when the client names one, the correlation id of its own workflow.
 */
@Component
class AuditMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private Map<String, Object> metadataFor(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CareLedgerUser user) {
            metadata.put(AuditMetadata.ACTOR_ID, user.actor().userId().toString());
            metadata.put(AuditMetadata.ACTOR_ROLE, user.actor().role().name());
            metadata.put(AuditMetadata.ORGANIZATION_ID, user.actor().organizationId().toString());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(AuditMetadata.CLIENT_IP, request.getRemoteAddr());
            String correlationId = request.getHeader(CORRELATION_HEADER);
            boolean fresh = !command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID);
            if (fresh && correlationId != null && SAFE_CORRELATION_ID.matcher(correlationId).matches()) {
                metadata.put(AuditMetadata.CORRELATION_ID, correlationId);
            }
        }
        return metadata;
    }
}
