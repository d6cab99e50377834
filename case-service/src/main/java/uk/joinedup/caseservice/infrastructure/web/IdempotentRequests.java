package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.joinedup.caseservice.infrastructure.web.IdempotencyKeys.Answer;
import uk.joinedup.caseservice.infrastructure.web.IdempotencyKeys.Claim;

/**
 * A POST with an {@code Idempotency-Key} header is carried out once per user and key. The key is claimed
 * first (an insert on {@code _id}); the answer is kept with it. A repeat with the same method, path and
 * body gets the kept answer (same status, {@code Location} and body) and does nothing; with anything else,
 * 422 {@code idempotency-key-reused}. A repeat while the first is still running waits for it a little, then
 * gets 409 {@code request-in-progress}. An answer of 5xx is not kept: the key is released for a retry.
 * Runs after Spring Security: the user is the token's subject, and unauthenticated requests never get here.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final long WAIT_MILLIS = 5_000;
    private static final long POLL_MILLIS = 50;

    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, null, "An Idempotency-Key is 1 to 100 visible ASCII characters");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyLimit.TooLarge tooLarge) {
            RequestBodyLimit.tooLarge(response, json, tooLarge.most());
            return;
        }
        String id = user.getName() + "\n" + key;
        String hash = hash(request, body);

        Optional<Claim> earlier = keys.claim(id, hash);
        if (earlier.isPresent()) {
            answerAgain(id, hash, earlier.get(), response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new Replayed(request, body), answer);
            if (answer.getStatus() < 500) {
                keys.answered(
                        id,
                        new Answer(
                                answer.getStatus(),
                                answer.getContentType(),
                                answer.getHeader(HttpHeaders.LOCATION),
                                answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(id);
            }
            answer.copyBodyToResponse();
        }
    }

    private void answerAgain(String id, String hash, Claim claim, HttpServletResponse response) throws IOException {
        if (!claim.requestHash().equals(hash)) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request: use a new key for a new request");
            return;
        }
        Claim waited = claim;
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (waited != null && waited.answer() == null && System.currentTimeMillis() < deadline) {
            sleep();
            waited = keys.find(id).orElse(null);
        }
        if (waited == null || waited.answer() == null) {
            problem(
                    response,
                    HttpStatus.CONFLICT,
                    "request-in-progress",
                    "A request with this Idempotency-Key is still being carried out: try again shortly");
            return;
        }
        Answer answer = waited.answer();
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body());
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : "The request breaks a rule");
        if (code != null) {
            problem.setProperty("code", code);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request as the key stands for it: method, path and body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(
                    (request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request with its body, already read for the hash, to be read again. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
