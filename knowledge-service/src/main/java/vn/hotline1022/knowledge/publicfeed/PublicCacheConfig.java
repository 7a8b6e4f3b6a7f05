package vn.hotline1022.knowledge.publicfeed;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETag + 304 for the public feed, so the portal and fanpage tools poll cheaply. */
@Configuration(proxyBeanMethods = false)
class PublicCacheConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/public/*");
        return bean;
    }
}
