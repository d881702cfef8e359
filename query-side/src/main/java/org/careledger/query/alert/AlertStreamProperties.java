package org.careledger.query.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live alert stream's timing.
 *
 * @param heartbeat how often an idle stream sends a comment line, which keeps proxies from closing it and lets the
 *     server notice a client that went away
 * @param timeout how long one stream stays open; the client then reconnects, as SSE clients do by themselves
 */
@ConfigurationProperties("careledger.alerts.stream")
record AlertStreamProperties(@DefaultValue("PT15S") Duration heartbeat, @DefaultValue("PT30M") Duration timeout) {}
