// Drives this server with Authing's Node SDK, unchanged: sign-in, send-sms, bind-phone and
// get-profile. Usage: node drive-sdk.js <baseUrl> <username> <password> <nationalPhone>
// Prints one JSON line with what it saw; exits non-zero on the first answer that is not a success.
const { AuthenticationClient } = require("authing-node-sdk");

const [baseUrl, username, password, phone] = process.argv.slice(2);

function expectSuccess(step, answer) {
  if (!answer || answer.statusCode !== 200) {
    throw new Error(step + " answered " + JSON.stringify(answer));
  }
  return answer;
}

async function latestCode(e164) {
  const response = await fetch(baseUrl + "/api/dev/sms?phone=" + encodeURIComponent(e164));
  const messages = await response.json();
  const match = /(?:code is|验证码是) (\d+)/.exec(messages[0].text);
  if (!match) {
    throw new Error("no code in " + JSON.stringify(messages[0]));
  }
  return match[1];
}

async function main() {
  const client = new AuthenticationClient({
    appId: "node-sdk-it",
    appSecret: "node-sdk-secret",
    appHost: baseUrl,
  });
  const signedIn = expectSuccess(
    "signin",
    await client.signInByAccountPassword({ account: username, password })
  );
  client.setAccessToken(signedIn.data.access_token);

  expectSuccess(
    "send-sms",
    await client.sendSms({
      channel: "CHANNEL_BIND_PHONE",
      phoneNumber: phone,
      phoneCountryCode: "+86",
    })
  );
  expectSuccess(
    "bind-phone",
    await client.bindPhone({
      phoneNumber: phone,
      phoneCountryCode: "+86",
      passCode: await latestCode("+86" + phone),
    })
  );
  const profile = expectSuccess("get-profile", await client.getProfile({}));
  console.log(
    JSON.stringify({
      username: profile.data.username,
      phone: profile.data.phone,
      phoneVerified: profile.data.phoneVerified,
    })
  );
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
