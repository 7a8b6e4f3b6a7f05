package vn.hotline1022.intake.telephony;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which desk user is behind what the switchboard sends: the extension that answered a call in, the calling user of a
 * call out. Kept by the admin on the users screen; {@code hotline.intake.cti.extensions} only seeds it.
 */
@Service
@RequiredArgsConstructor
class Extensions {

    // what PBXs send: an extension ("101"), a SIP user ("sip:101@pbx"), an e-mail-like login or a person's name
    private static final Pattern EXTENSION = Pattern.compile("[\\p{L}\\p{N} ._@:+\\-]{1,64}");
    private static final Pattern LOGIN = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{2,63}");

    private final ExtensionStore store;
    private final CtiProperties properties;
    private final Clock clock;

    @EventListener(ApplicationReadyEvent.class)
    void seedFromConfiguration() {
        properties.extensions().forEach((extension, login) -> store.seed(extension.strip(), login, clock.instant()));
    }

    Optional<String> loginFor(String sent) {
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        return store.loginFor(sent.strip());
    }

    List<ExtensionStore.Mapping> all() {
        return store.active();
    }

    ExtensionStore.Mapping assign(String extension, String login, String by) {
        String key = extension(extension);
        if (login == null || !LOGIN.matcher(login.strip()).matches()) {
            throw new InvalidValueException("login", "intake.cti.extension.login");
        }
        store.put(key, login.strip(), by, clock.instant());
        return new ExtensionStore.Mapping(key, login.strip(), by, clock.instant());
    }

    void remove(String extension, String by) {
        store.put(extension(extension), null, by, clock.instant());
    }

    private static String extension(String raw) {
        String key = raw == null ? "" : raw.strip();
        if (!EXTENSION.matcher(key).matches()) {
            throw new InvalidValueException("extension", "intake.cti.extension.invalid");
        }
        return key;
    }
}
