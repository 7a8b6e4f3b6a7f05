package vn.hotline1022.reporting.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The province's gazetteer and topic list, the same files intake validates calls against (HOTLINE_GAZETTEER,
 * HOTLINE_TOPICS), so reports name districts and topics exactly as the desk does.
 */
@ConfigurationProperties("hotline.reporting.reference")
public record ReferenceProperties(Resource gazetteer, Resource topics) {
}
