package vn.hotline1022.reporting.digest;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.security.ForbiddenException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.reporting.digest.domain.Digest;
import vn.hotline1022.reporting.digest.render.DocxDigestRenderer;
import vn.hotline1022.reporting.digest.render.HtmlDigestRenderer;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A unit's daily digest as DOCX or HTML. Reading shows the issued letter (or a draft without number before
 * 17:00); POST issues it on demand. A UNIT user sees only its own unit's digest.
 */
@RestController
@RequestMapping("/api/reports/digests")
@RequiredArgsConstructor
class DigestController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DigestService digests;
    private final DocxDigestRenderer docx;
    private final HtmlDigestRenderer html;
    private final CurrentUserResolver users;

    @GetMapping("/{unitCode}/{date}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String unitCode,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Digest digest = digests.view(checked(unitCode), date);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tong-hop-" + unitCode + "-" + date + ".docx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(docx.render(digest));
    }

    @GetMapping(value = "/{unitCode}/{date}.html", produces = "text/html;charset=UTF-8")
    String html(@PathVariable String unitCode,
                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return html.render(digests.view(checked(unitCode), date));
    }

    @PostMapping("/{unitCode}/{date}")
    ResponseEntity<IssuedDigestView> issue(@PathVariable String unitCode,
                                           @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                           LocalDate date) {
        Digest digest = digests.issue(checked(unitCode), date);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(IssuedDigestView.of(digest, "/api/reports/digests/" + unitCode + "/" + date));
    }

    private String checked(String unitCode) {
        if (!unitCode.matches("^[A-Z][A-Z0-9_]*$")) {
            throw new InvalidFieldException("unitCode", "reporting.unit.code.invalid");
        }
        CurrentUser user = users.current();
        if (user.hasRole("UNIT") && !user.hasRole("SUPERVISOR") && !user.hasRole("ADMIN")
                && !unitCode.equals(user.unitCode())) {
            throw new ForbiddenException("reporting.digest.own-unit-only");
        }
        return unitCode;
    }
}
