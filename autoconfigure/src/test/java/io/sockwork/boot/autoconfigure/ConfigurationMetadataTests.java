package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.sockwork.boot.config.SocketPropertyKeys;
import io.sockwork.boot.metrics.SockworkMeters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the configuration metadata the build generates and merges with
 * {@code additional-spring-configuration-metadata.json}: it carries the hints and the
 * health property written by hand, and every property name the README shows, in its text
 * or its YAML, is in the metadata or is a key of a socket under one of its documented
 * maps.
 */
class ConfigurationMetadataTests {

	private static final Pattern NAME = Pattern
		.compile("(?<![\\w.-])((?:sockwork|management)\\.[a-z0-9<>*.\\[\\]_-]*[a-z0-9>*\\]])");

	private static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

	private final DocumentContext metadata;

	ConfigurationMetadataTests() throws IOException {
		this.metadata = JsonPath
			.parse(Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json").toFile());
	}

	@Test
	void theHandWrittenMetadataIsMerged() {
		assertThat(this.metadata.<List<String>>read("$.properties[*].name"))
			.contains("management.health.sockets.enabled", "sockwork.tcp.listeners", "sockwork.engine.transport");
		assertThat(
				this.metadata.<List<String>>read("$.hints[?(@.name == 'sockwork.engine.transport')].values[*].value"))
			.containsExactly("auto", "nio", "epoll", "io_uring");
	}

	@Test
	void everyPropertyTheReadmeShowsIsInTheMetadataOrAKeyOfASocket() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		Set<String> names = readmeNames(readme);
		assertThat(names).contains("sockwork.engine.threads", "sockwork.tcp.listeners.shout.idle-timeout",
				"sockwork.tcp.listeners.chat.framing.max-length", "management.health.sockets.enabled");
		List<String> unknown = names.stream().filter((name) -> !isDocumented(name)).toList();
		assertThat(unknown).isEmpty();
	}

	@Test
	void aMisspelledKeyOfASocketIsNotDocumented() {
		assertThat(isDocumented("sockwork.tcp.listeners.<name>.framing.maxlen")).isFalse();
		assertThat(isDocumented("sockwork.engine.thread")).isFalse();
		assertThat(isDocumented("sockwork.udp.sockets.<name>.multicast.interface")).isTrue();
	}

	/**
	 * The {@code sockwork.*} names and the {@code management.*} names of sockets that the
	 * README shows, meter names left out: those in its text (trailing {@code .*} and
	 * {@code =value} dropped) and the keys of its YAML blocks, flattened.
	 */
	private static Set<String> readmeNames(String readme) {
		Set<String> names = new TreeSet<>();
		Matcher text = NAME.matcher(readme);
		while (text.find()) {
			names.add(text.group(1).replaceAll("\\.\\*$", ""));
		}
		Matcher yaml = YAML.matcher(readme);
		while (yaml.find()) {
			for (Object document : new Yaml().loadAll(yaml.group(1))) {
				flatten("", document, names);
			}
		}
		Set<String> meters = Arrays.stream(SockworkMeters.values())
			.map(SockworkMeters::getName)
			.collect(Collectors.toSet());
		names.removeIf((name) -> meters.contains(name)
				|| !name.startsWith("sockwork") && !(name.startsWith("management.") && name.contains("socket")));
		return names;
	}

	private static void flatten(String prefix, @Nullable Object value, Set<String> names) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> flatten(prefix + key + ".", nested, names));
		}
		else if (!prefix.isEmpty()) {
			names.add(prefix.substring(0, prefix.length() - 1));
		}
	}

	/**
	 * Whether the name is a property or a group of the metadata, or below a map of the
	 * metadata whose values are a kind of socket, a key of that kind (or a group of its
	 * keys) after the socket's name.
	 */
	private boolean isDocumented(String name) {
		List<String> documented = new ArrayList<>(this.metadata.read("$.properties[*].name"));
		documented.addAll(this.metadata.read("$.groups[*].name"));
		if (documented.contains(name)) {
			return true;
		}
		List<Map<String, String>> maps = this.metadata.read("$.properties[?(@.type =~ /java.util.Map<.*/)]");
		for (Map<String, String> map : maps) {
			String root = map.get("name") + ".";
			if (name.startsWith(root)) {
				String key = name.substring(root.length())
					.replaceFirst("^[^.]+\\.?", "")
					// an index or map key in brackets belongs to the key before it
					.replaceAll("\\.?\\[[^]]*]", "");
				List<String> keys = SocketPropertyKeys.of(valueType(map.get("type")));
				return key.isEmpty()
						|| keys.stream().anyMatch((known) -> known.equals(key) || known.startsWith(key + "."));
			}
		}
		return false;
	}

	private static Class<?> valueType(String mapType) {
		String value = mapType.substring(mapType.indexOf(',') + 1, mapType.length() - 1);
		return ResolvableType.forClass(ClassUtils.resolveClassName(value, null)).toClass();
	}

}
