package org.caseflow.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signs people in against the Caseflow user directory, which workflow-service holds (the Camunda
 * identity service). It asks {@code GET /api/workflow/identity/me} with the caller's own
 * credentials: a 200 names the user and their groups, a 401 means the credentials are wrong.
 *
 * <p>Answers are kept for a short while so that a burst of requests costs one look-up. Only a
 * hash of the credentials is kept, never the password.
 */
public class DirectoryClient {

    public static final String WHO_AM_I_PATH = "/api/workflow/identity/me";

    private final URI whoAmI;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Cache<String, CaseflowUser> recentlyVerified;

    public DirectoryClient(URI directoryBaseUrl, Duration rememberFor) {
        this.whoAmI = directoryBaseUrl.resolve(WHO_AM_I_PATH);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        this.recentlyVerified = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(10_000).build();
    }

    /**
     * The user these credentials belong to, or empty when the directory rejects them.
     *
     * @throws DirectoryUnavailableException when the directory does not answer
     */
    public Optional<CaseflowUser> authenticate(String username, String password) {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        String key = sha256(authorization);
        CaseflowUser known = recentlyVerified.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CaseflowUser> user = ask(authorization);
        user.ifPresent(found -> recentlyVerified.put(key, found));
        return user;
    }

    private Optional<CaseflowUser> ask(String authorization) {
        HttpRequest request = HttpRequest.newBuilder(whoAmI)
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(json.readValue(response.body(), CaseflowUser.class));
                case 401, 403 -> Optional.empty();
                default -> throw new DirectoryUnavailableException(
                        "The user directory answered " + response.statusCode(), null);
            };
        } catch (IOException e) {
            throw new DirectoryUnavailableException("The user directory at " + whoAmI + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while asking the user directory", e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
