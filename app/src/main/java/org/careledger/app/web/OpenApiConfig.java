package org.careledger.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and how clients sign in (served at /v3/api-docs). */
@Configuration
class OpenApiConfig {
    private static final String BASIC = "basic";

    @Bean
    OpenAPI careLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("CareLedger API").version("v1")
                        .description("Patients, their care teams, vital signs with NEWS2 and check-ins. "
                                + "Errors are RFC 9457 problem documents; reads lag writes slightly. See docs/api.md."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
