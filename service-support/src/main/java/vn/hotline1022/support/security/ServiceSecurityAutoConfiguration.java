package vn.hotline1022.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UrlPathHelper;
import vn.hotline1022.access.AccessRules;
import vn.hotline1022.support.net.ScrapeNetworks;
import vn.hotline1022.support.web.ProblemWriter;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every service verifies the gateway's JWT itself (HS256 with HOTLINE_JWT_SECRET, or an OIDC issuer's when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set) and applies the same role table as the
 * gateway ({@link AccessRules}): a service reached on its own port decides exactly as the gateway would. Object
 * rules (own call, own unit) stay with the data, in the services. The actuator answers health to anyone (without
 * details) and metrics only to the scrape networks. Stateless: no session, no cookie, hence no CSRF token.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ServiceSecurityAutoConfiguration.Properties.class)
public class ServiceSecurityAutoConfiguration {

    @ConfigurationProperties("hotline.security")
    public record Properties(String jwtSecret, String issuer, List<String> metricsNetworks) {
        public Properties {
            issuer = issuer == null ? "hotline-1022" : issuer;
            metricsNetworks = metricsNetworks == null ? List.of("127.0.0.0/8", "::1/128") : List.copyOf(metricsNetworks);
        }
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, Properties properties) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) ->
                ProblemWriter.write(request, response, 401, "unauthorized", null);
        AccessDeniedHandler denied = (request, response, e) ->
                ProblemWriter.write(request, response, 403, "forbidden", null);
        ScrapeNetworks scrapers = new ScrapeNetworks(properties.metricsNetworks());
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable()).formLogin(f -> f.disable()).logout(l -> l.disable())
                .anonymous(a -> { })
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .access((auth, ctx) -> new AuthorizationDecision(scrapes(scrapers, ctx.getRequest())))
                        .requestMatchers("/actuator", "/actuator/**").denyAll()
                        .requestMatchers("/api/**", "/public/**").access(roleTable())
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o.jwt(j -> { }).authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied));
        return http.build();
    }

    private static boolean scrapes(ScrapeNetworks networks, HttpServletRequest request) {
        return networks.allows(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null);
    }

    /** The gateway's table, decided here for the path as the service sees it. */
    static AuthorizationManager<RequestAuthorizationContext> roleTable() {
        UrlPathHelper paths = UrlPathHelper.defaultInstance;
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication,
                                                   RequestAuthorizationContext context) {
                HttpServletRequest request = context.getRequest();
                AccessRules.Rule rule = AccessRules.match(request.getMethod(), paths.getPathWithinApplication(request));
                if (rule == null) {
                    return new AuthorizationDecision(false);
                }
                if (rule.isPublic()) {
                    return new AuthorizationDecision(true);
                }
                Authentication auth = authentication.get();
                if (!(auth instanceof JwtAuthenticationToken token)) {
                    return new AuthorizationDecision(false);
                }
                return new AuthorizationDecision(rule.allows(CurrentUserResolver.of(token.getToken()).knownRoles()));
            }
        };
    }

    @Bean
    @ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isEmpty()")
    JwtDecoder jwtDecoder(Properties properties) {
        byte[] secret = properties.jwtSecret() == null ? new byte[0] : properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("hotline.security.jwt-secret (HOTLINE_JWT_SECRET) must be at least 32 bytes");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                new JwtIssuerValidator(properties.issuer())));
        return decoder;
    }

    @Bean
    CurrentUserResolver currentUserResolver(HttpServletRequest request, ObjectProvider<JwtDecoder> decoder) {
        return new CurrentUserResolver(request, decoder);
    }

}
