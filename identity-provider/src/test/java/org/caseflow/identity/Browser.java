package org.caseflow.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser at the provider, over real HTTP, as the gateway sends people there: it keeps its
 * cookies and follows redirects only while they stay at the provider, so that where the provider
 * sends it back to the gateway (with a code, or an error) can be read.
 */
public final class Browser {

    /** One of the gateway's registered redirect addresses. */
    public static final String GATEWAY_REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/caseflow";
    /** The gateway's authorization request, as it starts a sign-in. */
    public static final String AUTHORIZE = "/oauth2/authorize?response_type=code&client_id=caseflow-gateway"
            + "&scope=openid%20profile&state=s&redirect_uri=" + encode(GATEWAY_REDIRECT);

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("role=\"alert\">([^<]*)<");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String provider;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Browser(int port) {
        this.provider = "http://localhost:" + port;
    }

    /** Opens an address at the provider and follows its redirects while they stay there. */
    public HttpResponse<String> open(String path) {
        return follow(send(HttpRequest.newBuilder(URI.create(provider + path)).header("Accept", "text/html").GET()));
    }

    /**
     * Starts the gateway's sign-in and sends the form with this username and password. Returns
     * where the provider ended: a redirect back to the gateway when signed in, else a page.
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> signInPage = open(AUTHORIZE);
        Matcher csrf = CSRF_FIELD.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + signInPage.uri() + ": " + signInPage.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return follow(send(HttpRequest.newBuilder(signInPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /** The authorization code, when the provider sent the browser back to the gateway with one. */
    public static Optional<String> codeFrom(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            return Optional.empty();
        }
        String location = response.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        return location.startsWith(GATEWAY_REDIRECT) && code.find() ? Optional.of(code.group(1)) : Optional.empty();
    }

    /** The message the sign-in page shows, if any. */
    public static Optional<String> alertOn(HttpResponse<String> page) {
        Matcher alert = ALERT.matcher(page.body());
        return alert.find() ? Optional.of(alert.group(1)) : Optional.empty();
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!next.toString().startsWith(provider)) {
                return response;
            }
            response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
