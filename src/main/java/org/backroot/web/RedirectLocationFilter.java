package org.backroot.web;

import java.io.IOException;

import org.backroot.web.domain.RedirectLocation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every redirect and Location header, from the pages, the API and Spring Security alike, goes through
 * {@link RedirectLocation}: a forged Host header cannot send a person to another site. Tomcat is told to keep relative
 * redirects relative ({@code server.tomcat.use-relative-redirects}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RedirectLocationFilter extends OncePerRequestFilter {

    private final RedirectLocation locations;

    RedirectLocationFilter(BaseUrlProperties properties) {
        this.locations = RedirectLocation.of(properties.baseUrl());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(locations.rewrite(location, host));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? locations.rewrite(value, host) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? locations.rewrite(value, host) : value);
            }
        });
    }
}
