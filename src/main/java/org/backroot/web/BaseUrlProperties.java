package org.backroot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code backroot.base-url} (BACKROOT_BASE_URL): the address people use to reach Backroot, such as
 * {@code https://backroot.example.org}. Redirects are built from it, or are relative when it is not set; never from
 * the request's Host header.
 */
@ConfigurationProperties("backroot")
record BaseUrlProperties(String baseUrl) {
}
