package vn.hotline1022.knowledge.indexing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.knowledge.search.LuceneSearchEngine;
import vn.hotline1022.knowledge.search.SearchEngine;

@Configuration(proxyBeanMethods = false)
class SearchConfig {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine() {
        return new LuceneSearchEngine();
    }
}
