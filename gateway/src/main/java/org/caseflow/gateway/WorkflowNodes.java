package org.caseflow.gateway;

import io.micrometer.observation.ObservationRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The workflow-service nodes the gateway spreads the workflow routes over ({@code lb://workflow-service}):
 * the addresses in {@code WORKFLOW_SERVICE_URL}, one or several separated by commas, become the
 * instances of Spring Cloud's simple discovery client.
 * <ul>
 *   <li>A node is passed over while its liveness check fails (a node killed, stopped or not yet
 *       started), and taken back when it answers again. Liveness, not readiness: the nodes share
 *       one database, so a database outage is every node's at once, and each node answers it
 *       itself with a 503 and {@code Retry-After}.</li>
 *   <li>A node that refuses a connection is passed over at once, for one health-check interval,
 *       without waiting for its next check: the route's {@code Retry} filter sends the refused
 *       request on, and it must find another node, even for a browser whose cookie names this one.</li>
 *   <li>A browser keeps to the node that first answered it, by a cookie naming the node (an
 *       opaque id, not its address). Tasklist, Cockpit and Admin keep their sign-in and their
 *       CSRF token in the node's HTTP session, which the other nodes do not have; the engine REST
 *       API and Caseflow's own API are stateless, and any node answers them alike. When the
 *       browser's node has gone, the cookie names no live node, the next request goes to another
 *       and the cookie is set anew.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClient(name = WorkflowNodes.SERVICE_ID, configuration = WorkflowNodes.LiveAndSticky.class)
class WorkflowNodes {

    static final String SERVICE_ID = "workflow-service";

    /** Reads each address of {@code WORKFLOW_SERVICE_URL} as a node (the list is split at the commas first). */
    @Bean
    @ConfigurationPropertiesBinding
    static NodeAddress nodeAddress() {
        return new NodeAddress();
    }

    @Bean
    NodeCookie workflowNodeCookie(@Value("${spring.cloud.loadbalancer.sticky-session.instance-id-cookie-name}") String cookieName) {
        return new NodeCookie(cookieName);
    }

    @Bean
    RefusedNodes refusedWorkflowNodes(@Value("${spring.cloud.loadbalancer.health-check.interval}") Duration healthCheckInterval) {
        return new RefusedNodes(healthCheckInterval);
    }

    @Bean
    RefusalWatch workflowNodeRefusals(RefusedNodes refused) {
        return new RefusalWatch(refused);
    }

    static final class NodeAddress implements Converter<String, DefaultServiceInstance> {

        @Override
        public DefaultServiceInstance convert(String address) {
            URI uri = URI.create(address.trim());
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("Not the address of a node: " + address);
            }
            boolean secure = "https".equals(uri.getScheme());
            int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
            DefaultServiceInstance node = new DefaultServiceInstance(nodeId(uri), null, uri.getHost(), port, secure);
            node.setUri(uri);
            return node;
        }

        /** Stable across gateway restarts, so a browser keeps its node; says nothing of the address. */
        static String nodeId(URI address) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The workflow nodes' load balancer (its own child context, so not a component of the gateway's):
     * the configured nodes, less those failing their health check, and the browser's own node when
     * its cookie names one of those.
     */
    static class LiveAndSticky {

        @Bean
        ServiceInstanceListSupplier workflowNodeList(ConfigurableApplicationContext context, WebClient.Builder webClients) {
            // the gateway's own client (its connections end with the gateway), unobserved: the gateway's
            // metrics are of the requests it passes on, not of these checks
            WebClient checks = webClients.clone().observationRegistry(ObservationRegistry.NOOP).build();
            RefusedNodes refused = context.getBean(RefusedNodes.class);
            return ServiceInstanceListSupplier.builder().withDiscoveryClient().withHealthChecks(checks)
                    .with((ignored, live) -> new PassingOverRefused(live, refused))
                    .withRequestBasedStickySession().build(context);
        }
    }

    /** The nodes that refused a connection lately, each passed over until a health-check interval has gone by. */
    static final class RefusedNodes {

        private final Duration passOverFor;
        private final Map<String, Instant> refusedAt = new ConcurrentHashMap<>();

        RefusedNodes(Duration passOverFor) {
            this.passOverFor = passOverFor;
        }

        void refused(ServiceInstance node) {
            refusedAt.put(node.getInstanceId(), Instant.now());
        }

        boolean passedOver(ServiceInstance node) {
            Instant at = refusedAt.get(node.getInstanceId());
            return at != null && Instant.now().isBefore(at.plus(passOverFor));
        }
    }

    /** The live nodes less those that refused a connection lately. */
    static final class PassingOverRefused extends DelegatingServiceInstanceListSupplier {

        private final RefusedNodes refused;

        PassingOverRefused(ServiceInstanceListSupplier live, RefusedNodes refused) {
            super(live);
            this.refused = refused;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return delegate.get().map(nodes -> nodes.stream().filter(node -> !refused.passedOver(node)).toList());
        }
    }

    /** Notes each workflow node that refuses a connection, as the request it refused goes back to be retried. */
    static final class RefusalWatch implements GlobalFilter, Ordered {

        private final RefusedNodes refused;

        RefusalWatch(RefusedNodes refused) {
            this.refused = refused;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            Response<ServiceInstance> chosen = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
            if (chosen == null || !chosen.hasServer() || !SERVICE_ID.equals(chosen.getServer().getServiceId())) {
                return chain.filter(exchange);
            }
            return chain.filter(exchange).doOnError(ConnectException.class::isInstance, error -> refused.refused(chosen.getServer()));
        }

        /** Just after the load balancer has chosen the node. */
        @Override
        public int getOrder() {
            return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
        }
    }

    /** Tells the browser which workflow node answered it, when its cookie does not say so already. */
    static final class NodeCookie implements GlobalFilter, Ordered {

        private final String cookieName;

        NodeCookie(String cookieName) {
            this.cookieName = cookieName;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            Response<ServiceInstance> chosen = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
            if (chosen != null && chosen.hasServer() && SERVICE_ID.equals(chosen.getServer().getServiceId())) {
                String node = chosen.getServer().getInstanceId();
                HttpCookie sent = exchange.getRequest().getCookies().getFirst(cookieName);
                if (node != null && (sent == null || !node.equals(sent.getValue()))) {
                    // set, not added: a request sent on from a node that refused it names only the node that answered
                    exchange.getResponse().getCookies().set(cookieName, ResponseCookie.from(cookieName, node).path("/")
                            .httpOnly(true).sameSite("Lax").secure("https".equals(exchange.getRequest().getURI().getScheme()))
                            .build());
                }
            }
            return chain.filter(exchange);
        }

        /** Just after the load balancer has chosen the node. */
        @Override
        public int getOrder() {
            return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
        }
    }
}
