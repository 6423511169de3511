package org.backroot.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what Backroot is, for people who are not signed in; their next step for those who are. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Principal principal) {
        return principal == null ? "index" : "redirect:/start";
    }
}
