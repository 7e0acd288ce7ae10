// The bind flow as an integrator writes it with the TypeScript client @hey-api/openapi-ts made from
// the served document (in src/generated): every call and every answer typed. Prints what it saw as
// one JSON line. Arguments: the server's base URL, and a mainland mobile number to bind.
import { client } from './generated/client.gen';
import {
  bindPhone,
  getNewAccessTokenByRefreshToken,
  getProfile,
  listDevelopmentSms,
  sendSms,
  signIn,
  signUp,
} from './generated/sdk.gen';

function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`${what} is missing`);
  }
  return value;
}

async function main(baseUrl: string, phone: string): Promise<void> {
  client.setConfig({ baseUrl });
  const username = `generated-ts-${Math.random().toString(36).slice(2, 10)}`;
  const password = 'correct-horse-42';
  const clientId = 'generated-typescript-client';

  const created = await signUp({
    throwOnError: true,
    body: { connection: 'PASSWORD', passwordPayload: { username, password } },
  });
  const signedIn = await signIn({
    throwOnError: true,
    body: {
      connection: 'PASSWORD',
      passwordPayload: { account: username, password },
      options: { scope: 'openid profile offline_access' },
      client_id: clientId,
    },
  });
  const tokens = present(signedIn.data.data, 'sign-in tokens');
  const bearer = { Authorization: `Bearer ${present(tokens.access_token, 'access_token')}` };

  await sendSms({
    throwOnError: true,
    body: { channel: 'CHANNEL_BIND_PHONE', phoneNumber: phone, phoneCountryCode: '+86' },
  });
  const sent = await listDevelopmentSms({
    throwOnError: true, query: { phone: `+86${phone}` } });
  const text = present(sent.data[0]?.text, 'the code message');
  const code = present(/\b(\d{4,10})\b/.exec(text)?.[1], 'a code in the message');

  const bound = await bindPhone({
    throwOnError: true,
    body: { phoneNumber: phone, phoneCountryCode: '+86', passCode: code },
    headers: bearer,
  });
  const profile = present((await getProfile({ headers: bearer, throwOnError: true })).data.data, 'the profile');
  const refreshed = await getNewAccessTokenByRefreshToken({
    throwOnError: true,
    body: {
      grant_type: 'refresh_token',
      refresh_token: present(tokens.refresh_token, 'refresh_token'),
      client_id: clientId,
    },
  });
  const afterRefresh = present(
    (
      await getProfile({
        throwOnError: true,
        headers: {
          Authorization: `Bearer ${present(refreshed.data.access_token, 'new access_token')}`,
        },
      })
    ).data.data,
    'the profile after the refresh',
  );

  const userId = present(created.data.data?.userId, 'the new user');
  console.log(
    JSON.stringify({
      userId,
      phone: profile.phone,
      phoneVerified: bound.data.data?.phoneVerified === true && profile.phoneVerified === true,
      refreshed:
        afterRefresh.userId === userId && refreshed.data.refresh_token !== tokens.refresh_token,
    }),
  );
}

main(process.argv[2], process.argv[3]).catch((failure: unknown) => {
  console.error(failure);
  process.exit(1);
});
