package vn.hotline1022.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.List;

/**
 * Metrics are read by Prometheus from inside the cluster (hotline.security.metrics-networks, HOTLINE_METRICS_NETWORKS);
 * a request that came through a proxy (X-Forwarded-For, Forwarded) is from outside, whatever its address.
 */
final class ScrapeNetworks {

    private final List<IpAddressMatcher> networks;

    ScrapeNetworks(List<String> cidrs) {
        this.networks = cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    boolean allows(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        String remote = request.getRemoteAddr();
        return remote != null && networks.stream().anyMatch(n -> n.matches(remote));
    }
}
