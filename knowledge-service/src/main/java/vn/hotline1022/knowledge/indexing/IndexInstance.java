package vn.hotline1022.knowledge.indexing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Every replica indexes every knowledge change, so each needs a consumer group of its own; the name is stable per
 * instance (host and port, or hotline.knowledge.instance-id) so that a restart rejoins its group instead of leaving
 * an orphan group with growing lag behind. Only an instance on a random port (tests) gets a throwaway name.
 */
@Component("indexInstance")
public class IndexInstance {

    private final String id;

    IndexInstance(@Value("${hotline.knowledge.instance-id:}") String configured, @Value("${server.port:0}") int port) {
        this.id = !configured.isBlank() ? configured.replaceAll("[^A-Za-z0-9._-]", "-")
                : port > 0 ? host() + "-" + port : "ephemeral-" + UUID.randomUUID();
    }

    public String id() {
        return id;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.replaceAll("[^A-Za-z0-9._-]", "-");
        }
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
