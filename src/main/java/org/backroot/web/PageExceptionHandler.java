package org.backroot.web;

import org.backroot.shared.ConflictException;
import org.backroot.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Missing pages and refused actions on the web pages get a calm page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        page.addObject("notFound", true);
        return page;
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
        page.addObject("status", 409);
        page.addObject("notFound", false);
        page.addObject("message", e.getMessage());
        return page;
    }
}
