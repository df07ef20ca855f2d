package io.payspec.processor.read;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Every diagnostic of the processor goes through here, always with the offending element, and with
 * a stable tag such as {@code [payspec:duplicate-wire-name]} so that messages can be searched for.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on an element. */
  public void error(Element element, String tag, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, format(tag, message), element);
  }

  /** Reports an error on an annotation of an element, so that the position is the annotation's. */
  public void error(Element element, AnnotationMirror annotation, String tag, String message) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, format(tag, message), element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, format(tag, message), element, annotation);
    }
  }

  /** Errors reported so far; a reader compares counts to know whether what it read is sound. */
  public int errorCount() {
    return errors;
  }

  private static String format(String tag, String message) {
    return "[payspec:" + tag + "] " + message;
  }
}
