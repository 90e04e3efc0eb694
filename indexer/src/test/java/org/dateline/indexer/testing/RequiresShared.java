package org.dateline.indexer.testing;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Marks a test class that needs a part of {@code ../shared}. Without it every test of the class is
 * reported as skipped, one by one with the reason, and the class's {@code @BeforeAll} does not run
 * (a failed assumption there would hide the tests from the report instead).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresShared.Condition.class)
public @interface RequiresShared {

  /** The path under {@code shared/} the tests read, e.g. {@code corpora/time}. */
  String value();

  /** Disables the class when the shared path is absent. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String needed =
          AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RequiresShared.class)
              .map(RequiresShared::value)
              .orElse("");
      Path root = SharedCorpora.root();
      boolean present = root != null && Files.exists(root.resolve(needed));
      if (present) {
        return enabled("shared/" + needed + " is present");
      }
      return disabled("skipped: ../shared/" + needed + " is absent (it is not part of a clone)");
    }
  }
}
