package io.phonebinding.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AliyunSignatureTest {

  /** The worked example of Alibaba Cloud's "Signature mechanism" page for RPC APIs. */
  @Test
  void signsTheDocumentationExample() {
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("AccessKeyId", "testid");
    parameters.put("Action", "DescribeRegions");
    parameters.put("Format", "XML");
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    parameters.put("SignatureVersion", "1.0");
    parameters.put("Timestamp", "2016-02-23T12:46:24Z");
    parameters.put("Version", "2014-05-26");

    assertEquals(
        "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1"
            + "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
            + "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26",
        AliyunSignature.canonicalQuery(parameters));
    assertEquals(
        "OLeaidS1JvxuMvnyHOwuJ+uX5qY=", AliyunSignature.sign("GET", parameters, "testsecret"));
  }

  @Test
  void percentEncodingFollowsRfc3986() {
    assertEquals("a%20b%2Ac~d%2F%3A", AliyunSignature.percentEncode("a b*c~d/:"));
    assertEquals("%E9%AA%8C", AliyunSignature.percentEncode("验"));
  }
}
