package org.caseflow.casework.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.caseflow.casework.access.ChildNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of the pages, as pages: a person in a browser reads a sentence and a way on, not a
 * problem document. Ahead of the problem-details advice, and only for {@link RenderedPage} controllers.
 *
 * <p>A child nobody has and a child whose record is closed to the person get the one page, which
 * echoes only the id they asked for, exactly as the JSON reads answer both alike: a different page
 * would tell them that the child is known to the council.
 */
@ControllerAdvice(annotations = RenderedPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final PageWords words;

    PageErrors(PageWords words) {
        this.words = words;
    }

    @ExceptionHandler(ChildNotFound.class)
    ModelAndView childNotFound(ChildNotFound notFound, HttpServletResponse response) {
        ModelAndView page = page("child-not-found", HttpStatus.NOT_FOUND, response);
        page.addObject("laChildId", notFound.laChildId());
        return page;
    }

    @ExceptionHandler(BadPageInput.class)
    ModelAndView badInput(BadPageInput bad, HttpServletResponse response) {
        ModelAndView page = page("bad-request", HttpStatus.BAD_REQUEST, response);
        page.addObject("problem", bad.getMessage());
        return page;
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("nonce", PageHeaders.secure(response));
        page.addObject("words", words);
        return page;
    }
}
