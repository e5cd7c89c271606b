// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.util.Iterator;
import java.util.function.Function;

/** Iterator helpers for {@code mapPartitions}: a partition is never held whole in memory. */
public final class LazyIterators {
  private LazyIterators() {}

  /** {@code f} of each element, computed as the consumer pulls. */
  public static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
