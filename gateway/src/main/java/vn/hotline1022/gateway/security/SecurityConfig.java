package vn.hotline1022.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.auth.AuthProperties;
import vn.hotline1022.access.Role;
import vn.hotline1022.access.AccessRules;
import vn.hotline1022.gateway.infra.Problems;

/**
 * Stateless bearer-token security for everything behind the gateway. No sessions and no cookies, hence no CSRF
 * token either. Static console files, Swagger UI and {@code /public/**} are open; {@code /api/**} follows
 * {@link AccessRules} (the table every service applies too); the actuator shows health to all and metrics only to trusted networks.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Requests the security firewall refuses (encoded slashes, CR/LF or NUL in the path, …) get problem+json like
     * every other 4xx, not the firewall's empty 400.
     */
    @Bean
    org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler problemOnRejectedExchange() {
        return (exchange, e) -> Problems.write(exchange, HttpStatus.BAD_REQUEST, "gateway.path-rejected");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityWebFilterChain securityChain(ServerHttpSecurity http, AuthProperties properties) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> {
                    ex.pathMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    ex.pathMatchers("/actuator/prometheus").access(new TrustedNetworks(properties.metricsNetworks()));
                    ex.pathMatchers("/actuator", "/actuator/**").denyAll();
                    ex.pathMatchers("/fallback/**").denyAll();
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        var spec = rule.method() == null ? ex.pathMatchers(rule.pattern()) : ex.pathMatchers(HttpMethod.valueOf(rule.method()), rule.pattern());
                        if (rule.isPublic()) {
                            spec.permitAll();
                        } else {
                            spec.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                        }
                    }
                    ex.pathMatchers("/api/**").denyAll();
                    ex.anyExchange().permitAll();
                })
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(authorities()))
                        .authenticationEntryPoint((exchange, e) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "gateway.unauthorized"))
                        .accessDeniedHandler((exchange, e) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                                "gateway.forbidden")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "gateway.unauthorized"))
                        .accessDeniedHandler((exchange, ex) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                                "gateway.forbidden")));
        return http.build();
    }

    /** Roles come from the {@code roles} claim (our tokens; map an OIDC issuer's roles to the same claim). */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> authorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
