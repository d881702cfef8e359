package org.careledger.query.appointment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneOffset;
import org.careledger.query.TestDatabase;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.test.context.ContextConfiguration;

/**
 * An appointment read-side test: the feature's beans on JPA over a fresh PostgreSQL database migrated by the real
 * Flyway scripts and validated by Hibernate, a clock fixed at {@link AppointmentEvents#NOW}, and the scheduling
 * settings in memory ({@link FixedCalendars}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = AppointmentProjectionTest.Configuration.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@interface AppointmentProjectionTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class,
        TransactionAutoConfiguration.class
    })
    @EntityScan(basePackageClasses = AppointmentView.class)
    @EnableJpaRepositories(basePackageClasses = AppointmentView.class)
    @Import({AppointmentViewsProjection.class, AppointmentQueries.class, ScheduleQueries.class,
        AppointmentRatesQueries.class, AppointmentViewMapperImpl.class})
    class Configuration {
        @Bean
        Clock clock() {
            return Clock.fixed(AppointmentEvents.NOW, ZoneOffset.UTC);
        }

        @Bean
        FixedCalendars calendars() {
            return new FixedCalendars(AppointmentEvents.LONDON);
        }
    }
}
