package org.backroot.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors: token management (HTTP Basic or bearer), the rest of the JSON API (bearer tokens
 * only, stateless, no CSRF because no cookies are involved) and the web pages (form login, session
 * in the database, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/", "/login", "/register", "/css/**", "/js/**", "/img/**",
        "/webjars/**", "/favicon.ico", "/error", "/error/**", "/actuator/health", "/actuator/health/**", "/actuator/info"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm recorded in each hash so it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                        .anyRequest().authenticated());
        return http.build();
    }

    private static HttpSecurity statelessApi(HttpSecurity http, BearerTokenAuthenticationFilter bearer,
            ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(a -> a.requestMatchers("/error", "/error/**").permitAll());
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/settings/backups", "/settings/backups/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
