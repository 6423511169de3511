package org.backroot.account;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Three doors: token management (HTTP Basic or bearer), the rest of the JSON API (bearer tokens
 * only, stateless, no CSRF because no cookies are involved) and the web pages (form login, session
 * in the database, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/", "/login", "/register", "/password/**", "/account-deleted", "/css/**", "/js/**", "/img/**",
        "/webjars/**", "/favicon.ico", "/error", "/error/**", "/actuator/health", "/actuator/health/**", "/actuator/info"};

    /**
     * Argon2id for new hashes (no 72-byte limit, unlike bcrypt, so all 128 characters count). Every hash names its
     * algorithm, so the bcrypt hashes written before still verify, and {@link AccountUserDetailsService} re-hashes
     * them with Argon2id when their owner next signs in.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties argon2) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2, new Argon2PasswordEncoder(16, 32, argon2.parallelism(), argon2.memoryKib(), argon2.iterations()));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    private static final String ARGON2 = "argon2";

    /** The one way in with a password, shared by the login form and HTTP Basic, throttled per account and address. */
    @Bean
    AuthenticationProvider passwordSignIn(AccountUserDetailsService users, PasswordEncoder encoder, SignInGuard guard) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        // Only after the password matched: whether an account is switched off is told to its owner, not to a guesser.
        passwords.setPostAuthenticationChecks(users::refuseDisabled);
        return new ThrottledAuthenticationProvider(passwords, guard);
    }

    @Bean
    BearerTokenAuthenticationFilter bearerTokenFilter(AccessTokenService tokens, ProblemAuthenticationEntryPoint entryPoint) {
        return new BearerTokenAuthenticationFilter(tokens, entryPoint);
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenApi(HttpSecurity http, BearerTokenAuthenticationFilter bearer, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        statelessApi(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"), bearer, entryPoint)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, BearerTokenAuthenticationFilter bearer, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        statelessApi(http.securityMatcher("/api/**"), bearer, entryPoint)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/accounts").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        // The care team: people invite and manage their team, clinicians redeem codes and read.
                        .requestMatchers("/api/v1/care/invitations", "/api/v1/care/invitations/**", "/api/v1/care/team",
                                "/api/v1/care/team/**").hasRole("PERSON")
                        .requestMatchers("/api/v1/care/links", "/api/v1/care/links/**", "/api/v1/care/people",
                                "/api/v1/care/people/**").hasRole("CLINICIAN")
                        .requestMatchers("/api/v1/care/alerts/**").hasRole("CLINICIAN")
                        .anyRequest().authenticated());
        return http.build();
    }

    private static HttpSecurity statelessApi(HttpSecurity http, BearerTokenAuthenticationFilter bearer,
            ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return privacyHeaders(http)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(a -> a.requestMatchers("/error", "/error/**").permitAll());
    }

    /**
     * No address of a Backroot page (they name a person's records) leaves in a Referer header, and no page may use the
     * camera, microphone, location or other device features it never needs.
     */
    private static HttpSecurity privacyHeaders(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
    }

    static final String PERMISSIONS_POLICY = "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInGuard guard) throws Exception {
        privacyHeaders(http).authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/settings/backups", "/settings/backups/**", "/settings/clinicians", "/settings/clinicians/**").hasRole("ADMIN")
                        .requestMatchers("/care-team", "/care-team/**").hasRole("PERSON")
                        .requestMatchers("/care", "/care/**").hasRole("CLINICIAN")
                        .anyRequest().authenticated())
                // No session until someone signs in or registers: the CSRF token lives in a cookie (double submit),
                // and nothing remembers the page an anonymous visitor asked for (sign-in always goes to /start).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        // Attempts on the account since its owner last signed in are shown first.
                        .successHandler((request, response, authentication) -> response.sendRedirect(request.getContextPath()
                                + (authentication.getPrincipal() instanceof CurrentUser user && guard.noticeFor(user.id()).isPresent()
                                        ? SignInNoticeController.PAGE : "/start")))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?"
                                + (e instanceof SignInThrottledException throttled ? "wait=" + throttled.retryAfterSeconds()
                                        + (throttled.locked() ? "&locked" : "")
                                        : e instanceof org.springframework.security.authentication.DisabledException ? "disabled" : "error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
