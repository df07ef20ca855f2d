package io.payspec.docs.page;

/**
 * Something on a page the reader could not take as written (a row with missing cells, a cut example),
 * reported next to the differences rather than failing the page.
 *
 * @param line the line (1-based)
 * @param message what is wrong, one line
 */
public record PageNote(int line, String message) {}
