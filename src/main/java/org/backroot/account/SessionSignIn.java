package org.backroot.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts an account into the web session: after sign-up, and again after the person changed their name, email or
 * password, so the session holds who they are now. Always with a fresh session id, so a session planted before
 * cannot be reused (session fixation).
 */
@Component
class SessionSignIn {

    private final AccountUserDetailsService userDetails;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AccountUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var user = userDetails.loadUserByUsername(email);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) request.changeSessionId();
        contextRepository.saveContext(context, request, response);
    }
}
