package io.sockwork.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The socket files of Unix domain socket listeners. Closing a server channel removes its
 * file; a file left by a process that died is removed before binding, so that the
 * listener can start again.
 */
final class UnixSocketFiles {

	private UnixSocketFiles() {
	}

	/**
	 * Removes a socket file left at {@code path}; a regular file or a directory there is
	 * kept, and the bind fails.
	 */
	static void removeStale(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (attributes.isOther()) {
				Files.deleteIfExists(path);
			}
		}
		catch (NoSuchFileException ex) {
			// Nothing left over.
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove the stale socket file " + path, ex);
		}
	}

}
