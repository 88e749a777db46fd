package org.caseflow.identity.signin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form. Spring Security's generated page can only say "Invalid credentials", and a
 * person who has been throttled must be told to wait rather than to check their password. Neither
 * message says whether the username exists.
 */
@Controller
public class SignInPage {

    public static final String PATH = "/login";
    static final String WRONG = "The username or password is not right.";
    static final String THROTTLED = "Too many sign-in attempts have been made. Please wait, then try again later.";
    static final String SIGNED_OUT = "You have signed out.";

    /** Where a failed sign-in goes: back to the form, with the message that fits. */
    public static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(PATH + "?error");
        handler.setExceptionMappings(Map.of(TooManySignInAttempts.class.getName(), PATH + "?throttled"));
        return handler;
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled, @RequestParam(required = false) String logout) {
        String message = throttled != null ? THROTTLED : error != null ? WRONG : logout != null ? SIGNED_OUT : null;
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html(message, csrf));
    }

    private static String html(String message, CsrfToken csrf) {
        String alert = message == null ? "" : "<p class=\"alert\" role=\"alert\">" + HtmlUtils.htmlEscape(message) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in to Caseflow</title>
                  <style>
                    body { font-family: sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
                    label, input, button { display: block; width: 100%%; box-sizing: border-box; margin-bottom: .75rem; }
                    input, button { padding: .5rem; font-size: 1rem; }
                    .alert { border-left: 4px solid #b10e1e; padding: .5rem .75rem; background: #fdf2f2; }
                  </style>
                </head>
                <body>
                  <main>
                    <h1>Sign in to Caseflow</h1>
                    %s
                    <form method="post" action="%s">
                      <label for="username">Username</label>
                      <input type="text" id="username" name="username" autocomplete="username" required autofocus>
                      <label for="password">Password</label>
                      <input type="password" id="password" name="password" autocomplete="current-password" required>
                      <input type="hidden" name="%s" value="%s">
                      <button type="submit">Sign in</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(alert, PATH, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
