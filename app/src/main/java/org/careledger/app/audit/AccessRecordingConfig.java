package org.careledger.app.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request passes the access recorder; {@link PatientAccessCoverage} decides which ones read a record. */
@Configuration
class AccessRecordingConfig implements WebMvcConfigurer {
    private final AccessRecorder recorder;

    AccessRecordingConfig(AccessRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessRecordingInterceptor(recorder)).addPathPatterns("/**");
    }
}
