/**
 * The {@code payspec} command line ({@link io.payspec.cli.Main}): {@code demo}, {@code sandbox},
 * {@code list}, and a command for every operation of every installed provider, derived from the
 * generated metadata.
 */
package io.payspec.cli;
