package io.sockwork.boot.config;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the README's table of annotation attributes and properties lists every
 * attribute of each annotation and every property of its kind, and nothing else.
 */
class ReadmeAttributeTableTests {

	private static final Pattern HEADER = Pattern.compile("^\\| `@(\\w+)` \\| `sockwork\\.[a-z.]+\\.<name>\\.` \\|");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Map<String, Class<?>> ANNOTATIONS = Map.of("TcpListener", TcpListener.class, "TcpClient",
			TcpClient.class, "UdpSocket", UdpSocket.class);

	private static final Map<String, Class<?>> PROPERTIES = Map.of("TcpListener", TcpListenerProperties.class,
			"TcpClient", TcpClientProperties.class, "UdpSocket", UdpSocketProperties.class);

	@ParameterizedTest
	@ValueSource(strings = { "TcpListener", "TcpClient", "UdpSocket" })
	void theTableListsEveryAttributeOfTheAnnotation(String annotation) throws IOException {
		Set<String> attributes = Arrays.stream(ANNOTATIONS.get(annotation).getDeclaredMethods())
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> listed = new TreeSet<>();
		rows(annotation).forEach((row) -> listed.addAll(code(row[0])));
		assertThat(listed).isEqualTo(attributes);
	}

	@ParameterizedTest
	@ValueSource(strings = { "TcpListener", "TcpClient", "UdpSocket" })
	void theTableListsEveryPropertyOfTheKind(String annotation) throws IOException {
		Set<String> listed = new TreeSet<>();
		rows(annotation).forEach((row) -> listed.addAll(code(row[1])));
		listed.remove("<name>");
		assertThat(listed).isEqualTo(new TreeSet<>(SocketPropertyKeys.of(PROPERTIES.get(annotation))));
	}

	/**
	 * The rows of the annotation's table, as cells, header and separator left out.
	 */
	private static List<String[]> rows(String annotation) throws IOException {
		Map<String, List<String[]>> tables = new LinkedHashMap<>();
		List<String[]> current = null;
		for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
			Matcher header = HEADER.matcher(line);
			if (header.find()) {
				current = tables.computeIfAbsent(header.group(1), (name) -> new ArrayList<>());
			}
			else if (current != null && line.startsWith("| ")) {
				current.add(Arrays.stream(line.split("\\|")).skip(1).map(String::trim).toArray(String[]::new));
			}
			else if (!line.startsWith("|")) {
				current = null;
			}
		}
		assertThat(tables).containsKey(annotation);
		return tables.get(annotation);
	}

	private static List<String> code(String cell) {
		return CODE.matcher(cell).results().map((match) -> match.group(1)).toList();
	}

}
