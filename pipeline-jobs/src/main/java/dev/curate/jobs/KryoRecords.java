// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Spark's Kryo serializer carry Java records, which the pipeline's RDDs hold (dedup's holders,
 * buckets and removals, the tokenizer's fragments and written shards).
 *
 * <p>Kryo 4 (Spark's) builds a {@code FieldSerializer} for a class it does not know, and that fails
 * on a record ("can't get field offset on a record class": the JDK refuses field offsets and field
 * writes on records), so a cluster configured with {@code
 * spark.serializer=org.apache.spark.serializer.KryoSerializer} failed the dedup stage. Every record
 * gets {@link RecordSerializer} instead: its components in order, read back through the canonical
 * constructor, as Java serialization does for records. {@link Sessions} adds this registrator to
 * whatever {@code spark.kryo.registrator} the user has; it is only loaded when Kryo is in use.
 *
 * <p>For the same reason the JDK's unmodifiable lists, sets and maps ({@code List.of}, {@code
 * Stream.toList}, {@code Collections.unmodifiableList}...) get serializers that read them back as
 * unmodifiable collections: Kryo 4 rebuilds a collection by adding to an empty one of its class.
 */
public final class KryoRecords implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, RecordSerializer.class);
    // Kryo 4 rebuilds a collection by adding to an empty instance of its class, which the JDK's
    // unmodifiable collections refuse (records hold them: List.of, Stream.toList, ...).
    for (Object example : List.of(List.of(), List.of(1), List.of(1, 2, 3), Stream.of(1).toList(),
        Collections.unmodifiableList(new ArrayList<>()), Collections.unmodifiableList(new LinkedList<>()),
        Collections.emptyList(), Collections.singletonList(1))) {
      kryo.register(example.getClass(), new ListSerializer());
    }
    for (Object example : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3), Collections.unmodifiableSet(new HashSet<>()),
        Collections.emptySet(), Collections.singleton(1))) {
      kryo.register(example.getClass(), new SetSerializer());
    }
    for (Object example : List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2), Collections.unmodifiableMap(new HashMap<>()),
        Collections.emptyMap(), Collections.singletonMap(1, 1))) {
      kryo.register(example.getClass(), new MapSerializer());
    }
  }

  /** An unmodifiable list, read back as an unmodifiable list (nulls allowed). */
  static final class ListSerializer extends ElementsSerializer<List<?>> {
    @Override
    List<?> unmodifiable(List<Object> elements) {
      return Collections.unmodifiableList(elements);
    }
  }

  /** An unmodifiable set, read back as an unmodifiable set in the same iteration order. */
  static final class SetSerializer extends ElementsSerializer<Set<?>> {
    @Override
    Set<?> unmodifiable(List<Object> elements) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(elements));
    }
  }

  /** A collection as its size and elements in iteration order. */
  abstract static class ElementsSerializer<C extends Collection<?>> extends Serializer<C> {
    ElementsSerializer() {
      setImmutable(true);
    }

    abstract C unmodifiable(List<Object> elements);

    @Override
    public void write(Kryo kryo, Output out, C elements) {
      out.writeInt(elements.size(), true);
      for (Object x : elements) {
        kryo.writeClassAndObject(out, x);
      }
    }

    @Override
    public C read(Kryo kryo, Input in, Class<C> type) {
      int n = in.readInt(true);
      List<Object> elements = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        elements.add(kryo.readClassAndObject(in));
      }
      return unmodifiable(elements);
    }
  }

  /** An unmodifiable map, read back as an unmodifiable map in the same iteration order. */
  static final class MapSerializer extends Serializer<Map<?, ?>> {
    MapSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output out, Map<?, ?> map) {
      out.writeInt(map.size(), true);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        kryo.writeClassAndObject(out, e.getKey());
        kryo.writeClassAndObject(out, e.getValue());
      }
    }

    @Override
    public Map<?, ?> read(Kryo kryo, Input in, Class<Map<?, ?>> type) {
      int n = in.readInt(true);
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Object k = kryo.readClassAndObject(in);
        map.put(k, kryo.readClassAndObject(in));
      }
      return Collections.unmodifiableMap(map);
    }
  }

  /** Components in declaration order, each with its class. */
  public static final class RecordSerializer<T extends Record> extends Serializer<T> {
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    public RecordSerializer(Kryo kryo, Class<T> type) {
      setImmutable(true);
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      accessors = new MethodHandle[components.length];
      try {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
        }
        constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
            .asSpreader(Object[].class, types.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot serialize record " + type.getName() + " with Kryo", e);
      }
    }

    @Override
    public void write(Kryo kryo, Output out, T record) {
      for (MethodHandle accessor : accessors) {
        kryo.writeClassAndObject(out, invoke(accessor, record)); // primitives boxed: a byte more each
      }
    }

    @Override
    public T read(Kryo kryo, Input in, Class<T> type) {
      Object[] args = new Object[accessors.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = kryo.readClassAndObject(in);
      }
      return type.cast(invoke(constructor, args));
    }

    private static Object invoke(MethodHandle h, Object arg) {
      try {
        return h.invoke(arg);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
