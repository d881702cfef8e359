package org.careledger.saga.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.careledger.saga.appointment.AppointmentProcessProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The notification process (alerts and appointment reminders): its channels, its sending threads and the processors it runs on. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {
    private static final ObjectMapper PROVIDER_JSON = new ObjectMapper();

    /**
     * The dispatcher starts at the head of the event stream the first time it runs: deployed onto a store full of
     * old alerts, it must not notify about them. (Axon only calls a reset a replay; a new processor starting at the
     * tail would not be one.) The directory starts at the tail like every projection, to learn every care team.
     */
    @Autowired
    void dispatcherStartsAtTheHead(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(AlertNotificationDispatcher.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    Notifier emailNotifier(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        return new EmailNotifier(mail.getIfAvailable(), properties.email().from());
    }

    @Bean
    Notifier smsNotifier(NotificationProperties properties) {
        return new SmsNotifier(properties.sms(), httpClient(properties), properties.httpTimeout(), PROVIDER_JSON);
    }

    @Bean
    Notifier whatsAppNotifier(NotificationProperties properties) {
        return new WhatsAppNotifier(properties.whatsapp(), httpClient(properties), properties.httpTimeout(),
                PROVIDER_JSON);
    }

    @Bean
    Notifier inAppNotifier() {
        return new InAppNotifier();
    }

    @Bean
    NotificationDelivery notificationDelivery(List<Notifier> notifiers, NotificationProperties properties,
            CommandGateway commands, DeliveryClaims claims, Clock clock) {
        return new NotificationDelivery(notifiers, senders(properties.threads()), properties.retry(), commands, claims,
                clock);
    }

    @Bean
    AlertNotificationDispatcher alertNotificationDispatcher(NotificationDirectory directory,
            RecipientDirectory people, EventProcessingConfiguration processing, DeliveryClaims claims,
            NotificationDelivery delivery, NotificationProperties properties, Clock clock) {
        return new AlertNotificationDispatcher(new Recipients(directory, people, properties.alertBaseUrl()),
                directory, new DirectoryProgress(
                        () -> processing.eventProcessor(NotificationDirectory.PROCESSING_GROUP, StreamingEventProcessor.class),
                        properties.directoryWait()), claims, delivery, clock);
    }

    @Bean
    AppointmentReminderDispatcher appointmentReminderDispatcher(RecipientDirectory people,
            NotificationDirectory directory, ReminderClaims claims, NotificationDelivery delivery,
            AppointmentProcessProperties appointments, Clock clock) {
        return new AppointmentReminderDispatcher(people, directory, claims, delivery, appointments, clock);
    }

    /** A bounded pool of its own; the waits between attempts are scheduled tasks, not sleeping threads. */
    private static ScheduledExecutorService senders(int size) {
        var threads = new AtomicInteger();
        var executor = new ScheduledThreadPoolExecutor(size, task -> {
            var thread = new Thread(task, "notification-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static HttpClient httpClient(NotificationProperties properties) {
        return HttpClient.newBuilder().connectTimeout(properties.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
