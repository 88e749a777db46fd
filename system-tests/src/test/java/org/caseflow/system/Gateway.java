package org.caseflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP to the gateway, as the people of Caseflow send it: each demo person signs in once at
 * the identity provider through the gateway (OpenID Connect authorization code flow, as a browser
 * would), then works with the session cookie, sending the CSRF header on every change. A null
 * person sends no credentials at all.
 */
final class Gateway {

    static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final String identityProviderUrl;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String baseUrl, String identityProviderUrl) {
        this.baseUrl = baseUrl;
        this.identityProviderUrl = identityProviderUrl;
    }

    Response get(String path, String person) {
        return send(person, request(path).GET());
    }

    Response get(String path, String person, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(person, request);
    }

    Response post(String path, String person, String json) {
        return send(person, request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A change with the person's session but without the page's CSRF token, as a forged request would come. */
    Response postWithoutCsrfToken(String path, String person, String json) {
        Session session = sessions.computeIfAbsent(person, this::signIn);
        return new Response(call(session.client(), request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()));
    }

    /** A caller that brings its own access token rather than a session. */
    Response getWithToken(String path, String token) {
        return new Response(call(anonymous, request(path).header("Authorization", "Bearer " + token).GET().build()));
    }

    Response put(String path, String person, String json) {
        return send(person, request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path, String person) {
        return send(person, request(path).DELETE());
    }

    /** A BPMN file sent as Camunda's REST API takes a deployment: a multipart form. */
    Response deploy(String person, String fileName, String bpmn) {
        String boundary = "caseflow-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nred-team\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return send(person, request("/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A change through the webapps' own copy of the engine's API ({@code /camunda/api/engine/...}),
     * as Tasklist sends it: with the webapps' CSRF token, which a webapp page sets as a cookie.
     */
    Response postToWebapps(String path, String person, String json) {
        get("/camunda/app/tasklist/default/", person);
        Session session = sessions.get(person);
        String webappCsrf = session.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("Tasklist set no CSRF cookie"));
        return send(person, request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", webappCsrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Asks the identity provider, in the person's signed-in browser session, for what it gives the
     * gateway's client ({@code caseflow-gateway}, the local secret): the provider's answer to the
     * authorization request, not followed.
     */
    Response authorizeAsTheGateway(String person, String redirectUri) {
        Session session = sessions.computeIfAbsent(person, this::signIn);
        String authorize = identityProviderUrl + "/oauth2/authorize?response_type=code&client_id=caseflow-gateway"
                + "&scope=openid%20profile&state=red-team&nonce=red-team&redirect_uri=" + encode(redirectUri);
        return new Response(call(session.client(), HttpRequest.newBuilder(URI.create(authorize)).GET().build()));
    }

    /** The access and ID tokens the gateway's client gets for the person (authorization code flow). */
    JsonNode tokensAsTheGateway(String person) {
        String redirect = baseUrl + "/login/oauth2/code/caseflow";
        Response authorized = authorizeAsTheGateway(person, redirect);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(String.valueOf(authorized.header("Location")));
        if (!code.find()) {
            throw new IllegalStateException("No authorization code: " + authorized.status() + " " + authorized.header("Location"));
        }
        HttpRequest token = HttpRequest.newBuilder(URI.create(identityProviderUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("caseflow-gateway:gateway-local".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                        + "&redirect_uri=" + encode(redirect)))
                .build();
        return new Response(call(anonymous, token)).json();
    }

    /** One sign-in at the provider's form with this password, as a browser would; where it ended. */
    Response tryToSignIn(String username, String password) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new Response(signInAtTheProvider(browserWith(cookies), username, password));
    }

    /** A service account's own access token (client credentials), as Prometheus gets one. */
    String serviceToken(String client, String secret) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityProviderUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return new Response(call(anonymous, request)).json().get("access_token").asText();
    }

    /** Polls until {@code check} passes or the time is up; services behind the feed catch up within seconds. */
    static <T> T eventually(Supplier<T> attempt, Predicate<T> check, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = attempt.get();
        while (!check.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = attempt.get();
        }
        return last;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private Response send(String person, HttpRequest.Builder request) {
        if (person == null) {
            return new Response(call(anonymous, request.build()));
        }
        Session session = sessions.computeIfAbsent(person, this::signIn);
        session.csrfToken().ifPresent(token -> request.header("X-CASEFLOW-XSRF", token));
        return new Response(call(session.client(), request.build()));
    }

    /**
     * Signs the person out as a browser would (following every redirect), and forgets their
     * session. Returns where the browser ended and the session's old cookies, to try again with.
     */
    SignedOut signOut(String person) {
        Session session = sessions.remove(person);
        // followed here, not by the client: the round trip through the provider is more redirects than it follows
        HttpResponse<String> landed = call(session.client(), request("/logout").header("Accept", "text/html").build());
        for (int hop = 0; hop < 10 && landed.statusCode() / 100 == 3; hop++) {
            URI next = landed.uri().resolve(landed.headers().firstValue("Location").orElseThrow());
            landed = call(session.client(), HttpRequest.newBuilder(next).header("Accept", "text/html").build());
        }
        return new SignedOut(new Response(landed), new Response(call(session.client(), request("/api/workflow/identity/me").build())));
    }

    /** Where signing out ended, and what the old session's cookies get afterwards. */
    record SignedOut(Response landed, Response withOldSession) {
    }

    /** What a browser does: start at the gateway, sign in at the provider, come back with a session. */
    private Session signIn(String person) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpResponse<String> signedIn = signInAtTheProvider(browserWith(cookies), person, DEMO_PASSWORD);
        if (!signedIn.uri().toString().startsWith(baseUrl)) {
            throw new IllegalStateException(person + " was not signed in; ended at " + signedIn.uri());
        }
        HttpClient api = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new Session(api, cookies);
    }

    private static HttpClient browserWith(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** From the gateway to the provider's sign-in form, filled in and sent; where the browser ended. */
    private HttpResponse<String> signInAtTheProvider(HttpClient browser, String username, String password) {
        HttpResponse<String> signInPage = call(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/caseflow")).build());
        Matcher csrf = CSRF_FIELD.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + signInPage.uri() + ": " + signInPage.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return call(browser, HttpRequest.newBuilder(signInPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Session(HttpClient client, CookieManager cookies) {

        java.util.Optional<String> csrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("CASEFLOW-XSRF"))
                    .map(HttpCookie::getValue)
                    .findFirst();
        }
    }

    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + raw.body(), e);
            }
        }
    }
}
