package vn.hotline1022.reporting.infra.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Defence in depth: the service verifies the gateway's JWT itself (HS256, the secret shared through
 * HOTLINE_JWT_SECRET) or an external OIDC issuer's when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * is set. {@code /api/**} needs a valid token; finer rules (roles, own unit) stay in the controllers via
 * {@link CurrentUserResolver}. Stateless: no session, no cookie, hence no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(ServiceSecurity.Properties.class)
public class ServiceSecurity {

    @ConfigurationProperties("hotline.security")
    public record Properties(String jwtSecret, String issuer, List<String> publicPaths) {
        public Properties {
            issuer = issuer == null ? "hotline-1022" : issuer;
            publicPaths = publicPaths == null
                    ? List.of("/public/**", "/api/reports/wallboard", "/api/reports/webjars/**") : List.copyOf(publicPaths);
        }
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, Properties properties) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "Chưa đăng nhập hoặc phiên đã hết hạn.");
        AccessDeniedHandler denied = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "Tài khoản của bạn không có quyền thực hiện thao tác này.");
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable()).formLogin(f -> f.disable()).logout(l -> l.disable())
                .authorizeHttpRequests(a -> {
                    properties.publicPaths().forEach(p -> a.requestMatchers(p).permitAll());
                    a.requestMatchers("/api/**").authenticated();
                    a.anyRequest().permitAll();
                })
                .oauth2ResourceServer(o -> o.jwt(j -> { }).authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied));
        return http.build();
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

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
