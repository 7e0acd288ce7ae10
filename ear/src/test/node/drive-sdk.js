// Drives this server with Authing's Node SDK, unchanged: sign-in, send-sms, bind-phone,
// get-profile, then a phone change and an unbind, each followed by get-profile with the same token.
// Usage: node drive-sdk.js <baseUrl> <username> <password> <nationalPhone> <nextNationalPhone>
// Prints one JSON line with what it saw; exits non-zero on the first answer that is not a success.
const { AuthenticationClient } = require("authing-node-sdk");

const [baseUrl, username, password, phone, nextPhone] = process.argv.slice(2);

function expectSuccess(step, answer) {
  if (!answer || answer.statusCode !== 200) {
    throw new Error(step + " answered " + JSON.stringify(answer));
  }
  return answer;
}

async function latestCode(e164) {
  const response = await fetch(baseUrl + "/api/dev/sms?phone=" + encodeURIComponent(e164));
  const messages = await response.json();
  const match = /@\S+ #(\d+)/.exec(messages[0].text); // the autofill line
  if (!match) {
    throw new Error("no code in " + JSON.stringify(messages[0]));
  }
  return match[1];
}

async function sendCode(client, channel, nationalPhone) {
  expectSuccess(
    "send-sms " + channel,
    await client.sendSms({ channel, phoneNumber: nationalPhone, phoneCountryCode: "+86" })
  );
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

  await sendCode(client, "CHANNEL_UNBIND_PHONE", phone);
  await sendCode(client, "CHANNEL_BIND_PHONE", nextPhone);
  const verified = expectSuccess(
    "verify-update-phone-request",
    await client.verifyUpdatePhoneRequest({
      verifyMethod: "PHONE_PASSCODE",
      phonePassCodePayload: {
        oldPhoneNumber: phone,
        oldPhoneCountryCode: "+86",
        oldPhonePassCode: await latestCode("+86" + phone),
        newPhoneNumber: nextPhone,
        newPhoneCountryCode: "+86",
        newPhonePassCode: await latestCode("+86" + nextPhone),
      },
    })
  );
  expectSuccess(
    "update-phone",
    await client.updatePhone({ updatePhoneToken: verified.data.updatePhoneToken })
  );
  const changed = expectSuccess("get-profile after update-phone", await client.getProfile({}));

  await sendCode(client, "CHANNEL_UNBIND_PHONE", nextPhone);
  expectSuccess(
    "unbind-phone",
    await client.unbindPhone({ passCode: await latestCode("+86" + nextPhone) })
  );
  const unbound = expectSuccess("get-profile after unbind-phone", await client.getProfile({}));
  console.log(
    JSON.stringify({
      username: profile.data.username,
      phone: profile.data.phone,
      phoneVerified: profile.data.phoneVerified,
      changedPhone: changed.data.phone,
      phoneAfterUnbind: unbound.data.phone,
    })
  );
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
