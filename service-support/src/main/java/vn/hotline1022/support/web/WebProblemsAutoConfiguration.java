package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** One error mapping for every service: the advice, the request filter and the container's own error pages. */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebProblemsAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(HttpServletRequest request) {
        return new ProblemResponses(request);
    }

    @Bean
    ApiProblems apiProblems(ProblemResponses responses) {
        return new ApiProblems(responses);
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<RequestSanityFilter> requestSanityFilter() {
        FilterRegistrationBean<RequestSanityFilter> registration = new FilterRegistrationBean<>(new RequestSanityFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);   // before security, metrics and anything reading parameters
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
            return factory -> {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                });
                // clients send from[]=1 and the like; let them reach the API, which names the field, instead of a
                // bare 400 from the connector (paths stay strict: such characters are never part of an id)
                factory.addConnectorCustomizers(connector -> connector.setProperty("relaxedQueryChars", "[]|{}^\\`\"<>"));
            };
        }
    }
}
