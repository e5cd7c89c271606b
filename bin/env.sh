# Sourced by bin/curate and bin/test: the JDK and the JVM flags Spark needs.
# Temurin 25 is required; the machine's default java is 17.
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ ! -x "$JAVA_HOME/bin/java" ]]; then
  echo "curate: Temurin 25 not found at $JAVA_HOME; install it or set JAVA_HOME to a JDK 25" >&2
  exit 2
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Spark's module flags (the list in Spark's JavaModuleOptions), plus native access for Java 25.
# Kept in sync with <spark.jvm.flags> in pom.xml, which surefire uses.
SPARK_JVM_FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
export SPARK_JVM_FLAGS
