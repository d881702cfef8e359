package org.careledger.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.InvalidValue;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A controller on MockMvc as the app would serve it: the signed-in viewer, the app's JSON and its problem codes. */
public final class WebTestSetup {

    private WebTestSetup() {}

    public static MockMvc mvc(Object controller, Actor viewer) {
        return MockMvcBuilders.standaloneSetup(controller)
                .setCustomArgumentResolvers(new SignedInViewer(viewer))
                .setControllerAdvice(new AppLikeProblems())
                .setMessageConverters(new StringHttpMessageConverter(),
                        new MappingJackson2HttpMessageConverter(bootLikeObjectMapper()))
                .build();
    }

    // Spring Boot's ObjectMapper as application.yml sets it: ISO-8601 dates, nulls left out.
    static ObjectMapper bootLikeObjectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Stands in for the app's resolver of the signed-in user. */
    private record SignedInViewer(Actor viewer) implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                WebDataBinderFactory binderFactory) {
            return viewer;
        }
    }

    /** Stands in for the app's ProblemDetailsAdvice, for the exceptions these controllers raise. */
    @RestControllerAdvice
    static class AppLikeProblems {
        @ExceptionHandler(InvalidValue.class)
        ProblemDetail onInvalidValue(InvalidValue e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        }

        @ExceptionHandler(ClinicalException.class)
        ProblemDetail onClinical(ClinicalException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            problem.setType(URI.create("https://careledger.org/problems/" + e.code().slug()));
            problem.setProperty("code", e.code().name());
            return problem;
        }
    }
}
