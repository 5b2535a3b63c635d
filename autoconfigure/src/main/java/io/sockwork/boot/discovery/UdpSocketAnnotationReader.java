package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.UdpSocketSettings;

import org.springframework.boot.context.properties.PropertyMapper;

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
		PropertyMapper map = PropertyMapper.get();
		map.from(this.attributes.text(annotation.host())).to(settings::setHost);
		map.from(this.attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(annotation.groups()).as(this::texts).to(settings::setMulticastGroups);
		map.from(this.attributes.text(annotation.multicastInterface())).to(settings::setMulticastInterface);
		map.from(this.attributes.text(annotation.source())).to(settings::setMulticastSource);
		map.from(this.attributes.integer(annotation.multicastTtl(), "multicastTtl")).to(settings::setMulticastTtl);
		map.from(this.attributes.bool(annotation.multicastLoopback(), "multicastLoopback"))
			.to(settings::setMulticastLoopback);
		DispatchAttributes.read(this.attributes, annotation.dispatch(), annotation.executor(),
				annotation.dispatchQueueHighWaterMark(), annotation.dispatchQueueLowWaterMark(), settings);
		return settings;
	}

	/**
	 * The resolved values that are not empty.
	 */
	private List<String> texts(String[] values) {
		List<String> texts = new ArrayList<>();
		for (String value : values) {
			String resolved = this.attributes.text(value);
			if (resolved != null) {
				texts.add(resolved);
			}
		}
		return texts;
	}

}
