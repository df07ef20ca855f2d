package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedOptionsTest {
  private static final List<OptionSpec> ACCEPTED = List.of(
      OptionSpec.value("--amount", "DECIMAL", "a"),
      OptionSpec.value("--api-key", "SECRET", "k"),
      OptionSpec.flag("--json", "j"));

  @Test
  void readsSpacedAndEqualsValuesAndFlags() {
    ParsedOptions options = ParsedOptions.parse(List.of("--amount", "-5", "--api-key=a=b", "--json"), ACCEPTED);

    assertEquals("-5", options.value("--amount").orElseThrow());
    assertEquals("a=b", options.value("--api-key").orElseThrow());
    assertTrue(options.has("--json"));
    assertFalse(options.value("--json").orElseThrow().length() > 0);
  }

  @Test
  void refusesWhatTheCommandDoesNotTakeNamingOnlyTheOption() {
    assertEquals("unknown option --api-kee; see --help",
        assertThrows(UsageException.class, () -> ParsedOptions.parse(List.of("--api-kee=hidden"), ACCEPTED)).getMessage());
    assertEquals("--amount needs a value (DECIMAL); see --help",
        assertThrows(UsageException.class, () -> ParsedOptions.parse(List.of("--amount"), ACCEPTED)).getMessage());
    assertEquals("--json takes no value; see --help",
        assertThrows(UsageException.class, () -> ParsedOptions.parse(List.of("--json=hidden"), ACCEPTED)).getMessage());
    assertEquals("--api-key is given twice; see --help",
        assertThrows(UsageException.class,
            () -> ParsedOptions.parse(List.of("--api-key", "hidden", "--api-key", "hidden"), ACCEPTED)).getMessage());
    assertEquals("unexpected argument 'stray'; see --help",
        assertThrows(UsageException.class, () -> ParsedOptions.parse(List.of("stray"), ACCEPTED)).getMessage());
  }

  @Test
  void findsHelpAnywhere() {
    assertTrue(ParsedOptions.wantsHelp(List.of("--amount", "1", "--help")));
    assertTrue(ParsedOptions.wantsHelp(List.of("-h")));
    assertFalse(ParsedOptions.wantsHelp(List.of("--amount", "1")));
  }
}
