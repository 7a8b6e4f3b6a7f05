package vn.hotline1022.gateway.edge;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Puts {@link MalformedRequestGuard} behind the HTTP codec of every connection. */
@Configuration(proxyBeanMethods = false)
class MalformedRequestConfig {

    @Bean
    NettyServerCustomizer malformedRequestGuard() {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "hotline.malformedRequestGuard",
                        new MalformedRequestGuard());
            }
        });
    }
}
