package org.careledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limit of API requests in progress ({@link RequestAdmission}), checked before sign-in. */
@Configuration(proxyBeanMethods = false)
class RequestAdmissionConfig {

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(
            @Value("${careledger.http.max-concurrent-requests:128}") int limit, ObjectMapper json,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new RequestAdmission(limit, json, meters));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10); // which paths count, the filter decides
        return registration;
    }
}
