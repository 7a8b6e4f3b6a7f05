package vn.hotline1022.gateway.infra;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }
}
