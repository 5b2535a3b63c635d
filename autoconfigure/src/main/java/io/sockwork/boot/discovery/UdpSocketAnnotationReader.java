package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.UdpSocketSettings;

/**
 * Reads the settings of a UDP socket from its {@link UdpSocket} annotation, resolving
 * {@code ${...}} placeholders.
 */
final class UdpSocketAnnotationReader {

	private final AttributeResolver attributes;

	UdpSocketAnnotationReader(AttributeResolver attributes) {
		this.attributes = attributes;
	}

	/**
	 * The settings the annotation gives.
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	UdpSocketSettings read(UdpSocket annotation, String name, String source) {
		UdpSocketSettings settings = new UdpSocketSettings(name, source);
		settings.setHost(this.attributes.text(annotation.host()));
		settings.setPort(this.attributes.integer(annotation.port(), "port"));
		List<String> groups = new ArrayList<>();
		for (String group : annotation.groups()) {
			String resolved = this.attributes.text(group);
			if (resolved != null) {
				groups.add(resolved);
			}
		}
		settings.setMulticastGroups(groups);
		settings.setMulticastInterface(this.attributes.text(annotation.multicastInterface()));
		settings.setMulticastSource(this.attributes.text(annotation.source()));
		settings.setMulticastTtl(this.attributes.integer(annotation.multicastTtl(), "multicastTtl"));
		settings.setMulticastLoopback(this.attributes.bool(annotation.multicastLoopback(), "multicastLoopback"));
		return settings;
	}

}
