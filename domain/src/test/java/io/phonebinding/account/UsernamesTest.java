package io.phonebinding.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class UsernamesTest {

  @Test
  void caseWidthAndLookAlikesShareOneKey() {
    assertEquals(Usernames.key("alice"), Usernames.key("ALICE"));
    assertEquals(Usernames.key("alice"), Usernames.key("ａｌｉｃｅ"));
    assertEquals(Usernames.key("alice"), Usernames.key("\u0430lice"));
    assertNotEquals(Usernames.key("alice"), Usernames.key("alicia"));
  }

  @Test
  void namesShapedLikeAnotherIdentifierOrMixingScriptsAreRefused() {
    for (String name :
        new String[] {
          "18812345678", "+8618812345678", "a@b.co", "p\u0430ypal", "ab", "has space"
        }) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> Usernames.checked(name), name);
      assertEquals(ErrorKind.USERNAME_INVALID, refused.kind(), name);
    }
  }

  @Test
  void ordinaryNamesInOneScriptAreKept() {
    assertEquals("alice_01", Usernames.checked(" alice_01 "));
    assertEquals("张三丰", Usernames.checked("张三丰"));
    assertEquals("alice", Usernames.checked("ａｌｉｃｅ"));
  }
}
