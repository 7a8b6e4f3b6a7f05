package vn.hotline1022.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the container forwards to {@code /error} (a request the security firewall refused, an error raised outside
 * Spring MVC) leaves as problem+json too, instead of Boot's JSON or its whitelabel HTML page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(attribute instanceof Integer)) {
            // asked for directly, not forwarded by the container: there is no such resource
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemWriter.json(404,
                    "no-such-path", ProblemMessages.text("no-such-path", ProblemMessages.english(request)), null,
                    ProblemMessages.english(request)));
        }
        int status = (Integer) attribute >= 400 ? (Integer) attribute : 500;
        if (status >= 500) {
            log.error("request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        String code = ProblemWriter.codeOf(status);
        boolean english = ProblemMessages.english(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.json(status, code, ProblemMessages.text(code, english), null, english));
    }
}
