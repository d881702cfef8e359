package org.careledger.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo organization created at first start of the default profile. {@code password}, when set
 * (environment variable {@code CARELEDGER_DEMO_PASSWORD}), is given to every demo user so scripted
 * demos can sign in; otherwise each user gets a generated password, printed once.
 */
@ConfigurationProperties("careledger.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("Demo Clinic") String organization,
        String password) {}
