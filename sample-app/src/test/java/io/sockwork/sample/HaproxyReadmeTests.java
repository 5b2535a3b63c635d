package io.sockwork.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HAProxy configuration the README shows is the one {@code ClusterTests} runs, with a
 * user's addresses instead of the test's.
 */
class HaproxyReadmeTests {

	@Test
	void theReadmeShowsTheConfigurationTheClusterTestsRun() throws IOException {
		String config = Haproxy.config(":9000", Path.of("/run/haproxy/admin.sock"),
				List.of(new Haproxy.Server("node1", "10.0.0.11:9000", 8080),
						new Haproxy.Server("node2", "10.0.0.12:9000", 8080)));
		assertThat(Files.readString(Path.of("../README.md"))).contains("```\n" + config + "```\n");
	}

}
