package vn.hotline1022.intake.reference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.hotline1022.intake.IntakeProperties;

/** Lets slice tests in other packages load the real reference data (ReferenceDataConfig is package-private). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
@Import(ReferenceDataConfig.class)
public class ReferenceDataConfigAccess {
}
