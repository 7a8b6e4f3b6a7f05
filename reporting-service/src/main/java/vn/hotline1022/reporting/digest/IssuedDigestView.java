package vn.hotline1022.reporting.digest;

import vn.hotline1022.reporting.digest.domain.Digest;

/** The answer to issuing a digest: its number line, what it counts, and where to read it. */
record IssuedDigestView(String unitCode, String date, String number, int questionCount, int callerCount, String docx,
                        String html) {

    static IssuedDigestView of(Digest digest, String path) {
        return new IssuedDigestView(digest.unitCode(), digest.date().toString(), digest.numberLine(),
                digest.questionCount(), digest.callerCount(), path + ".docx", path + ".html");
    }
}
