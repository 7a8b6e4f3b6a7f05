package vn.hotline1022.gateway.edge;

import vn.hotline1022.contracts.text.Messages;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.hotline1022.support.http.PercentDecoding;
import vn.hotline1022.support.http.ProblemJson;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Sits right behind Netty's HTTP codec and answers, in problem+json, the requests that would otherwise get an empty
 * 400/413/414/431 from the server before any filter runs: a request line or headers Netty could not decode or found
 * too long, a target that is not a URI, or percent-encodings that are not UTF-8. It logs them with digits masked,
 * never the caller number Netty's own "Decoding failed" line would print.
 */
class MalformedRequestGuard extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestGuard.class);

    private boolean discarding;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            int status = refusal(request);
            if (status != 0) {
                discarding = true;
                boolean english = String.valueOf(request.headers().get("Accept-Language")).toLowerCase().startsWith("en");
                log.info("refused malformed request ({}): {}", status, PhoneMask.mask(String.valueOf(request.uri())));
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(problem(status, english)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            discarding = false;
        } else if (discarding && msg instanceof HttpContent) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    static int refusal(HttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            Throwable cause = result.cause();
            return cause instanceof TooLongHttpLineException ? 414
                    : cause instanceof TooLongHttpHeaderException ? 431
                    : cause instanceof TooLongFrameException ? 413 : 400;
        }
        return wellFormed(request.uri()) ? 0 : 400;
    }

    static boolean wellFormed(String target) {
        if (target == null || target.isEmpty()) {
            return false;
        }
        int q = target.indexOf('?');
        // clients send from[]=1 in queries (the services then name the field); a path never holds such characters
        String uri = q < 0 ? target : target.substring(0, q) + target.substring(q).replace("[", "%5B")
                .replace("]", "%5D").replace("|", "%7C").replace("^", "%5E");   // {} are refused: Spring cannot parse them
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        return PercentDecoding.decodes(uri);
    }

    private static FullHttpResponse problem(int status, boolean english) {
        String title = Messages.text("gateway.title." + (status == 413 || status == 414 || status == 431 ? status : 400),
                english);
        String code = status == 400 ? "malformed-request" : "request-too-large";
        String detail = Messages.text(status == 400 ? "gateway.malformed-request" : "gateway.request-too-large", english);
        byte[] body = ProblemJson.of(status, title, code, detail, null).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
