package vn.hotline1022.system.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Not a test: prints, for the cluster drill, every topic's partitions, replication factor, smallest in-sync
 * replica set and min.insync.replicas, so the run shows the durability it relies on. Argument: bootstrap servers.
 */
public final class ClusterState {

    private ClusterState() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000))) {
            System.out.println("[cluster] brokers: " + admin.describeCluster().nodes().get(20, TimeUnit.SECONDS).stream()
                    .map(n -> n.id() + "@" + n.port()).sorted().collect(Collectors.joining(", ")));
            List<String> names = admin.listTopics().names().get(20, TimeUnit.SECONDS).stream().sorted().toList();
            Map<String, TopicDescription> topics = new TreeMap<>(admin.describeTopics(names).allTopicNames().get(20, TimeUnit.SECONDS));
            List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(20, TimeUnit.SECONDS);
            java.util.TreeSet<String> minIsrs = new java.util.TreeSet<>();
            int smallestRf = Integer.MAX_VALUE;
            int smallestIsr = Integer.MAX_VALUE;
            long leaderless = 0;
            for (TopicDescription t : topics.values()) {
                int rf = t.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
                int isr = t.partitions().stream().mapToInt(p -> p.isr().size()).min().orElse(0);
                long none = t.partitions().stream().filter(p -> p.leader() == null).count();
                String minIsr = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t.name())).get("min.insync.replicas").value();
                smallestRf = Math.min(smallestRf, rf);
                smallestIsr = Math.min(smallestIsr, isr);
                leaderless += none;
                minIsrs.add(minIsr);
                if (t.name().startsWith("hotline.call.")) {
                    System.out.printf("[cluster] %-28s partitions %d  RF %d  smallest ISR %d  min.insync.replicas %s%n", t.name(),
                            t.partitions().size(), rf, isr, minIsr);
                }
            }
            System.out.printf("[cluster] all %d topics: smallest RF %d, smallest ISR %d, min.insync.replicas %s, partitions without a leader %d%n",
                    topics.size(), smallestRf, smallestIsr, minIsrs, leaderless);
        }
    }
}
