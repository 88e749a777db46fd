package org.caseflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Authorization requests the provider must refuse itself, with a 400 that sends the browser
 * nowhere and shows nothing of the provider's insides, whether or not the browser is signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class AuthorizationRequestErrorsTest {

    static final String GATEWAY = "/oauth2/authorize?response_type=code&client_id=caseflow-gateway&scope=openid&state=s";
    /** The gateway's own redirect address ({@link Browser#GATEWAY_REDIRECT}). */
    static final String REGISTERED = "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Flogin%2Foauth2%2Fcode%2Fcaseflow";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            // a redirect address no one registered
            GATEWAY + "&redirect_uri=https%3A%2F%2Felsewhere.example%2Fcallback",
            GATEWAY + "&redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Flogin%2Foauth2%2Fcode%2Fcaseflow",
            GATEWAY + "&redirect_uri=not%20an%20address",
            // none at all, which OpenID Connect requires
            GATEWAY,
            // a service account, which signs no one in: with someone else's address, another site's, or none
            "/oauth2/authorize?response_type=code&client_id=kpi-service&scope=openid&state=s" + REGISTERED,
            "/oauth2/authorize?response_type=code&client_id=kpi-service&scope=openid&state=s&redirect_uri=https%3A%2F%2Felsewhere.example%2F",
            "/oauth2/authorize?response_type=code&client_id=metrics&state=s",
            // an unknown client, a response type the provider does not offer, none, and a repeated parameter
            "/oauth2/authorize?response_type=code&client_id=nobody&scope=openid&state=s" + REGISTERED,
            "/oauth2/authorize?response_type=token&client_id=caseflow-gateway&scope=openid&state=s" + REGISTERED,
            "/oauth2/authorize?client_id=caseflow-gateway&scope=openid&state=s" + REGISTERED,
            GATEWAY + REGISTERED + "&state=again"})
    void aSignedInBrowserGetsA400ThatRevealsNothingAndGoesNowhere(String request) {
        Browser browser = new Browser(port);
        assertThat(Browser.codeFrom(browser.signIn("north.worker", "demo"))).as("signed in").isPresent();

        assertRefusedPlainly(browser.open(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            GATEWAY + "&redirect_uri=https%3A%2F%2Felsewhere.example%2Fcallback",
            "/oauth2/authorize?response_type=code&client_id=kpi-service&state=s",
            "/oauth2/authorize?response_type=code&client_id=kpi-service&state=s&redirect_uri=https%3A%2F%2Felsewhere.example%2F"})
    void soDoesABrowserThatIsNotSignedIn(String request) {
        assertRefusedPlainly(new Browser(port).open(request));
    }

    private static void assertRefusedPlainly(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":400")
                .doesNotContain("Exception", "exception", "\tat ", "java.", "org.springframework");
    }
}
