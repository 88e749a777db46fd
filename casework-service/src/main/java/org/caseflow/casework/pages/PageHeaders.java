package org.caseflow.casework.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What may load into a page: its one inline stylesheet, named by a nonce new to each answer, and
 * nothing else. No script runs, no image or font loads, a form posts only back here, and no other
 * site may frame it. The pages need nothing more, so anything more that found its way in (a name
 * that smuggled markup past the escaping) could do nothing.
 */
public final class PageHeaders {

    private static final SecureRandom NONCES = new SecureRandom();

    private PageHeaders() {
    }

    /** Sets the page's security policy on {@code response}; returns the nonce its stylesheet must carry. */
    public static String secure(HttpServletResponse response) {
        byte[] bytes = new byte[16];
        NONCES.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        return nonce;
    }
}
