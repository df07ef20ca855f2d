/**
 * The {@code payspec} command line ({@link io.payspec.cli.Main}): {@code demo}, {@code sandbox},
 * {@code list}, {@code generate-completion}, and a command for every operation of every installed
 * provider, derived from the generated metadata. {@code CommandTree} builds the picocli command tree
 * from the metadata; each command's options are {@code OptionSpec}s, which both its help page and
 * picocli's parser use.
 */
package io.payspec.cli;
