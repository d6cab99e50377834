package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body over {@link InputLimits#MOST_BODY_BYTES}: one that says it is larger is answered 413
 * before it is read; one that does not say (chunked) is cut off when it passes the limit, and answered
 * 413 too. A client's mistake, so nothing is logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    static String tooLarge(long most) {
        return most == InputLimits.MOST_BODY_BYTES
                ? "The request is larger than " + most / 1024
                        + " KB, the most this service accepts. Send less: every text and list has its own limit too."
                : "The file is larger than " + most / (1024 * 1024) + " MB, the most one import takes: split it.";
    }

    private final ObjectMapper json;

    RequestBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long most = mostFor(request);
        if (request.getContentLengthLong() > most) {
            tooLarge(response, json, most);
            return;
        }
        chain.doFilter(new Limited(request, most), response);
    }

    /** An extract's upload may be larger than any other request; every other request has the one limit. */
    static long mostFor(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && InputLimits.EXTRACT_UPLOADS.equals(request.getRequestURI())
                ? InputLimits.MOST_EXTRACT_BYTES
                : InputLimits.MOST_BODY_BYTES;
    }

    /** Answers 413 with a problem detail. */
    static void tooLarge(HttpServletResponse response, ObjectMapper json, long most) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(most));
        problem.setTitle("Request too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the client may still be sending: do not keep the connection for the rest of it
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Thrown by the body's stream when it passes the limit; the problem details answer it 413. */
    public static final class TooLarge extends IOException {

        private final long most;

        TooLarge(long most) {
            super("The request body passed " + most + " bytes");
            this.most = most;
        }

        long most() {
            return most;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long most;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long most) {
            super(request);
            this.most = most;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new CountingStream(super.getInputStream(), most);
            }
            return limited;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long most;
        private long read;

        CountingStream(ServletInputStream body, long most) {
            this.body = body;
            this.most = most;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        private void counted(int bytes) throws TooLarge {
            read += bytes;
            if (read > most) {
                throw new TooLarge(most);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
