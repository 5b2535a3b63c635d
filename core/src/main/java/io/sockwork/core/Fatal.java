package io.sockwork.core;

/**
 * Errors no handler can recover from. A {@link VirtualMachineError} (out of memory, a
 * stack overflow) is rethrown wherever handler failures are caught instead of being
 * counted and handed to the {@code error} handler, as Netty and Spring do.
 */
final class Fatal {

	private Fatal() {
	}

	/**
	 * Rethrows {@code failure} if it is a {@link VirtualMachineError}, and returns
	 * otherwise.
	 */
	static void rethrow(Throwable failure) {
		if (failure instanceof VirtualMachineError error) {
			throw error;
		}
	}

}
