package vn.hotline1022.support.boot;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every process of the platform is: a Boot application that binds its typed {@code @ConfigurationProperties}
 * records found in its own packages and runs scheduled jobs (outbox relays, scans, rebuilds). One declaration, so a
 * service cannot start without one of them — a relay that never runs looks healthy and loses nothing but time.
 * Component and properties scanning start from the package of the class carrying it, as with
 * {@code @SpringBootApplication} itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public @interface HotlineApplication {
}
