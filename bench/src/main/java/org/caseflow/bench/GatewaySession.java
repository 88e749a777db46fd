package org.caseflow.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the demo people signed in at the gateway as a browser signs in (OpenID Connect authorization code flow, the
 * identity provider's form), then working with the session's cookie and sending its CSRF header on every change, as
 * Tasklist and the API's users do. Safe to use from many threads at once.
 */
final class GatewaySession {

    private static final String DEMO_PASSWORD = "demo";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String gatewayUrl;
    private final HttpClient client;
    private final CookieManager cookies;

    private GatewaySession(String gatewayUrl, HttpClient client, CookieManager cookies) {
        this.gatewayUrl = gatewayUrl;
        this.client = client;
        this.cookies = cookies;
    }

    static GatewaySession signIn(String gatewayUrl, String person) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signInPage = send(browser, HttpRequest.newBuilder(URI.create(gatewayUrl + "/oauth2/authorization/caseflow")).build());
        Matcher csrf = CSRF_FIELD.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + signInPage.uri());
        }
        String form = "username=" + encode(person) + "&password=" + encode(DEMO_PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(signInPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (!signedIn.uri().toString().startsWith(gatewayUrl)) {
            throw new IllegalStateException(person + " was not signed in; the sign-in ended at " + signedIn.uri());
        }
        HttpClient api = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        GatewaySession session = new GatewaySession(gatewayUrl, api, cookies);
        session.get("/api/workflow/identity/me");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(client, request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(client, request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(30));
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("CASEFLOW-XSRF"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-CASEFLOW-XSRF", token));
        return request;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
