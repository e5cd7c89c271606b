// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Loads YAML config into records: bundled defaults, then the user's file, then {@code key=value}
 * overrides, each layer deep-merged over the previous one.
 *
 * <p>Everything is checked before any work starts: an unknown key, a wrong type or an
 * out-of-range value is a {@link ConfigException} whose message starts with the file name and the
 * dotted key, for example {@code conf/my.yaml: extract.max_payload_bytes: must be > 0, got -1}.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * @param defaults YAML with every key and its default value (a classpath resource)
   * @param file the user's YAML file, or null for defaults only
   * @param overrides {@code dotted.key=value} pairs, values parsed as YAML scalars
   */
  public static <T> T load(
      InputStream defaults, Path file, List<String> overrides, Class<T> type) {
    if (file == null) {
      return load(defaults, null, null, overrides, type);
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such config file");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    return load(defaults, file.toString(), text, overrides, type);
  }

  /**
   * @param defaults YAML with every key and its default value (a classpath resource)
   * @param origin name of the user's config in error messages, or null for defaults only
   * @param yaml the user's config text, or null
   * @param overrides {@code dotted.key=value} pairs, values parsed as YAML scalars
   */
  public static <T> T load(
      InputStream defaults, String origin, String yaml, List<String> overrides, Class<T> type) {
    ObjectNode merged;
    try {
      merged = asObject(Mappers.YAML.readTree(defaults), "bundled defaults");
    } catch (IOException e) {
      throw new ConfigException("cannot read bundled default config: " + e.getMessage(), e);
    }
    String where = "bundled defaults";
    if (yaml != null) {
      where = origin;
      JsonNode user;
      try {
        user = Mappers.YAML.readTree(yaml);
      } catch (JsonProcessingException e) {
        throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
      }
      if (user != null && !user.isMissingNode() && !user.isNull()) {
        merge(merged, asObject(user, origin));
      }
    }
    for (String override : overrides) {
      applyOverride(merged, override);
      where = where + " + --set " + override;
    }
    return bind(merged, type, where);
  }

  /** Binds an already merged tree; {@code origin} names where it came from in errors. */
  public static <T> T bind(JsonNode tree, Class<T> type, String origin) {
    try {
      return Mappers.YAML.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      TreeSet<String> known = new TreeSet<>();
      for (Object id : e.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      throw new ConfigException(
          origin + ": " + path(e) + ": unknown key (known keys here: " + String.join(", ", known) + ")",
          e);
    } catch (InvalidFormatException e) {
      throw new ConfigException(
          origin
              + ": "
              + path(e)
              + ": expected "
              + describe(e.getTargetType())
              + ", got '"
              + e.getValue()
              + "'",
          e);
    } catch (ValueInstantiationException e) {
      // Records validate with Check, whose messages already start with the full dotted key.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ConfigException(origin + ": " + cause.getMessage(), e);
    } catch (MismatchedInputException e) {
      JsonNode value = valueAt(tree, e);
      throw new ConfigException(
          origin
              + ": "
              + path(e)
              + ": expected "
              + describe(e.getTargetType())
              + (value == null ? "" : ", got '" + (value.isValueNode() ? value.asText() : value.toString()) + "'"),
          e);
    } catch (DatabindException e) {
      throw new ConfigException(origin + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(origin + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(c.toString().toLowerCase(java.util.Locale.ROOT));
      }
      return "one of " + names;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a " + type.getSimpleName() + " mapping";
  }

  private static JsonNode valueAt(JsonNode tree, JsonMappingException e) {
    JsonNode node = tree;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (node == null) {
        return null;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    return node;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static ObjectNode asObject(JsonNode node, String origin) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new ConfigException(origin + ": the top level must be a mapping of keys to values");
    }
    return (ObjectNode) node;
  }

  /** Deep merge: mappings merge key by key, anything else replaces. */
  static void merge(ObjectNode base, ObjectNode over) {
    Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = base.get(field.getKey());
      if (existing != null && existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, (ObjectNode) field.getValue());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private static void applyOverride(ObjectNode root, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException("--set " + override + ": expected key=value, e.g. extract.max_payload_bytes=1000000");
    }
    String[] keys = override.substring(0, eq).trim().split("\\.");
    JsonNode value;
    try {
      value = Mappers.YAML.readTree(override.substring(eq + 1));
    } catch (JsonProcessingException e) {
      throw new ConfigException("--set " + override + ": value is not valid YAML: " + e.getOriginalMessage());
    }
    ObjectNode node = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = node.get(keys[i]);
      if (child == null || !child.isObject()) {
        child = node.putObject(keys[i]);
      }
      node = (ObjectNode) child;
    }
    node.set(keys[keys.length - 1], value == null || value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value);
  }
}
