// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

/** A config file that cannot be used; the message names the file and the key. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
