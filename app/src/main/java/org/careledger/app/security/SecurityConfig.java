package org.careledger.app.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.careledger.api.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. HTTP Basic against the user accounts, no sessions; coarse role rules per
 * endpoint live here, while the record-level rules (organization, care team, own record) live in
 * the aggregates and the query handlers, so a missing rule here cannot leak a record.
 */
@Configuration
class SecurityConfig implements WebMvcConfigurer {
    private static final String PATIENT = "/api/v1/patients/*";
    private static final String ALERT = "/api/v1/alerts/*";
    private static final String CLINICIAN = "/api/v1/clinicians/*";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    @ConditionalOnWebApplication // the replay job (careledger.roles=replay) runs without a web server
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        // Spring's error page renders failures of requests that were already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // A live stream (SSE) ends in an async dispatch of a request authorized when it began.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(GET, "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/admin/projections", "/api/v1/admin/projections/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/organization", "/api/v1/organization/**").hasRole("ADMIN")
                        // Verifying the event chain reads no event content (docs/integrity.md).
                        .requestMatchers(GET, "/api/v1/audit/integrity", "/api/v1/audit/integrity/**")
                        .hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(POST, "/api/v1/patients").hasAnyRole("ADMIN", "NURSE", "CLINICIAN")
                        .requestMatchers(PUT, PATIENT + "/demographics").hasAnyRole("ADMIN", "NURSE", "CLINICIAN")
                        .requestMatchers(PUT, PATIENT + "/contact-details")
                        .hasAnyRole("ADMIN", "NURSE", "CLINICIAN", "PATIENT")
                        .requestMatchers(POST, PATIENT + "/care-team").hasRole("ADMIN")
                        .requestMatchers(DELETE, PATIENT + "/care-team/*").hasRole("ADMIN")
                        .requestMatchers(POST, PATIENT + "/vital-signs")
                        .hasAnyRole("NURSE", "CLINICIAN", "DEVICE", "PATIENT")
                        .requestMatchers(POST, PATIENT + "/check-ins").hasAnyRole("NURSE", "CLINICIAN", "PATIENT")
                        .requestMatchers(POST, PATIENT + "/discharge").hasAnyRole("ADMIN", "CLINICIAN")
                        .requestMatchers(POST, "/api/v1/alerts").hasAnyRole("NURSE", "CLINICIAN")
                        .requestMatchers(POST, ALERT + "/acknowledgements", ALERT + "/escalations", ALERT + "/notes")
                        .hasAnyRole("NURSE", "CLINICIAN")
                        .requestMatchers(POST, ALERT + "/resolution").hasRole("CLINICIAN")
                        .requestMatchers(POST, ALERT + "/cancellation").hasAnyRole("NURSE", "CLINICIAN", "ADMIN")
                        .requestMatchers(GET, "/api/v1/patients", "/api/v1/patients/**")
                        .hasAnyRole("ADMIN", "AUDITOR", "NURSE", "CLINICIAN", "PATIENT")
                        .requestMatchers(GET, "/api/v1/alerts/metrics")
                        .hasAnyRole("ADMIN", "AUDITOR", "NURSE", "CLINICIAN")
                        .requestMatchers(GET, "/api/v1/alerts", "/api/v1/alerts/**")
                        .hasAnyRole("ADMIN", "AUDITOR", "NURSE", "CLINICIAN", "PATIENT")
                        // appointment writes: staff book and work appointments, a patient requests and cancels their own
                        .requestMatchers(POST, "/api/v1/appointments").hasAnyRole("NURSE", "CLINICIAN", "ADMIN")
                        .requestMatchers(POST, "/api/v1/appointment-requests").hasRole("PATIENT")
                        .requestMatchers(POST, "/api/v1/appointments/*/cancellation")
                        .hasAnyRole("NURSE", "CLINICIAN", "ADMIN", "PATIENT")
                        .requestMatchers(POST, "/api/v1/appointments/*/confirmation", "/api/v1/appointments/*/reschedule",
                                "/api/v1/appointments/*/check-in", "/api/v1/appointments/*/completion",
                                "/api/v1/appointments/*/no-show", "/api/v1/appointments/*/entered-in-error")
                        .hasAnyRole("NURSE", "CLINICIAN", "ADMIN")
                        // appointment reads and scheduling settings (docs/appointments-views.md)
                        .requestMatchers(PUT, CLINICIAN + "/working-hours").hasAnyRole("ADMIN", "CLINICIAN")
                        .requestMatchers(DELETE, CLINICIAN + "/working-hours", CLINICIAN + "/absences/*")
                        .hasAnyRole("ADMIN", "CLINICIAN")
                        .requestMatchers(POST, CLINICIAN + "/absences").hasAnyRole("ADMIN", "CLINICIAN")
                        .requestMatchers(GET, CLINICIAN + "/working-hours", CLINICIAN + "/absences",
                                CLINICIAN + "/schedule", CLINICIAN + "/upcoming-appointments", CLINICIAN + "/calendar.ics")
                        .hasAnyRole("ADMIN", "NURSE", "CLINICIAN")
                        .requestMatchers(GET, "/api/v1/appointments/rates").hasAnyRole("ADMIN", "NURSE", "CLINICIAN")
                        .requestMatchers(GET, "/api/v1/appointments", "/api/v1/appointments/**")
                        .hasAnyRole("ADMIN", "NURSE", "CLINICIAN", "PATIENT")
                        .requestMatchers(GET, "/api/v1/audit/**").hasRole("AUDITOR")
                        // analytics: an organization's figures for its administrators and auditors; a patient's
                        // for whoever may see the patient (the query decides, 404 otherwise)
                        .requestMatchers(GET, "/api/v1/analytics/organization/**").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers(GET, "/api/v1/analytics/patients/**")
                        .hasAnyRole("ADMIN", "AUDITOR", "NURSE", "CLINICIAN", "PATIENT")
                        .anyRequest().denyAll())
                .build();
    }

    /** bcrypt for stored passwords; a match is remembered for a while, so HTTP Basic pays bcrypt once per client. */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${careledger.security.verified-password-ttl:PT10M}") Duration verifiedPasswordTtl,
            @Value("${careledger.security.verified-password-entries:10000}") int verifiedPasswordEntries,
            Clock clock) {
        return new VerifiedPasswords(new BCryptPasswordEncoder(), verifiedPasswordTtl, verifiedPasswordEntries, clock);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
